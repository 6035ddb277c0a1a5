#pragma once
// Geometry cut where a map of the globe is cut: the meridian opposite the map's centre (the
// antimeridian on a map centred on Greenwich). Drawn as it is, a ring across that meridian joins
// the map's two edges in a band across the whole map (Fiji and Chukotka in the world atlas), and
// a line across it a stroke from edge to edge.
#include <cstddef>
#include <optional>

#include "core/geometry.h"

namespace bashu {

struct SeamCut {
    size_t featuresCut = 0;  // features whose parts were cut or moved to the map's side
    size_t polarRings = 0;   // rings round a pole, closed along it
};

/// Cuts the lines and polygons of `geometry` (longitude, latitude in degrees) that cross the
/// meridian `centralMeridian` + 180 into a part on each side, and brings every part within 180
/// degrees of `centralMeridian`, so that a projection centred there draws each side at its own
/// edge. Points are left alone.
///
/// How edges are read: an edge whose ends lie more than 180 degrees of longitude apart is read
/// the short way round, across +-180 (data made for drawing on the sphere, as the world-atlas
/// TopoJSON is: Fiji goes from 179.36 to -180), unless both ends lie on +-180 itself. A ring or
/// line with such an edge is read the short way throughout (its edges from 180 to -180 then have
/// no length). So is one whose only long edges run from 180 to -180 while all its other vertices
/// lie on one side (a Fiji island's shore along 180, written 180 and -180), or a ring that, read
/// so, goes once round a pole (Antarctica in the 110 m world atlas: its coast from -180 to 180,
/// closed by an edge from 180 to -180 at 84.7 S). Others are read as written, as planar data is
/// (a world's outline from -180 to 180). A ring read the short way that goes once round a pole
/// is closed along the pole on the side of its mean latitude (Natural Earth's Antarctica, which
/// runs along the pole from 180 to -180 itself, comes out the same). Untouched when nothing
/// crosses, without copying.
/// `poleLatitude`: where a ring round a pole is closed (below 90 for a map that cannot show the
/// pole, as Mercator's).
SeamCut cutAtSeam(GeometryColumn& geometry, double centralMeridian, double poleLatitude = 90.0);

/// A polygon column in longitude/latitude with its rings written for the sphere across +-180
/// (read the short way, as cutAtSeam reads them) in continuous longitudes, a ring round a pole
/// closed along it, and each part's rings on the turn of the globe of its outer ring: the rings
/// as they lie on the globe, for checking their validity (Fiji's ring from -180 to 179.36 does
/// not cross itself). None when no ring is read so, or the coordinates are not longitude and
/// latitude (outside -180..180, -90..90).
std::optional<GeometryColumn> unwrappedForChecking(const GeometryColumn& geometry);

}  // namespace bashu
