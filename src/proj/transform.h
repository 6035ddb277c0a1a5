#pragma once
// Coordinate transformations between CRSs (PROJ), in x = east/longitude, y = north/latitude order.
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "core/extent.h"
#include "core/result.h"

namespace bashu {

/// A transformation from one CRS to another. Any definition PROJ accepts works on either side:
/// "EPSG:4544", a PROJ string, WKT, PROJJSON. Axis order is normalised for maps: x is
/// longitude/easting and y latitude/northing, whatever the CRS's official axis order.
class Transform {
public:
    static Result<Transform> create(const std::string& from, const std::string& to);

    Transform(Transform&&) noexcept;
    Transform& operator=(Transform&&) noexcept;
    ~Transform();

    /// Transforms interleaved x, y pairs in place. Points that cannot be transformed become NaN
    /// and are counted in the return value.
    size_t transformInPlace(std::span<double> xy) const;

    /// The bounding box of interleaved x, y points after transformation, from the points
    /// themselves: a box's transformed corners can lie far outside the data (0.6 degrees for a
    /// province in Gauss-Kruger). Above `maxPoints` an even sample of that many is transformed
    /// (a box from inside, for choosing a projection). Empty when nothing could be transformed.
    Extent transformedExtentOf(std::span<const double> xy, size_t maxPoints = SIZE_MAX) const;

    /// True when source and target are the same CRS (the transform does nothing).
    bool isIdentity() const { return identity_; }

private:
    struct State;
    explicit Transform(std::unique_ptr<State> state, bool identity);
    std::unique_ptr<State> state_;
    bool identity_ = false;
};

/// Checks that PROJ understands a CRS definition; the error names the definition.
Status validateCrs(const std::string& definition);

/// A human-readable name of a CRS definition (e.g. "WGS 84"), or the definition itself.
std::string crsName(const std::string& definition);

/// Whether coordinates in this CRS are longitude and latitude in degrees (a geographic CRS,
/// possibly bound or compound); false for projected CRSs and for definitions PROJ rejects.
bool isLonLatCrs(const std::string& definition);

/// The meridian a map in this CRS is centred on, in degrees east of Greenwich: its projection's
/// longitude of origin (0 where it has none, and for longitude/latitude). A world map is cut at
/// the meridian opposite (core/seam_cut.h).
double centralMeridianOf(const std::string& definition);

/// Equal Earth (Savric, Patterson and Jenny, 2018) centred on `centralMeridian`: the equal-area
/// projection of world atlases, for data reaching round much of the globe, where a conic fitted
/// to the whole world stretches it out of shape.
std::string equalEarthFor(double centralMeridian);

/// An Albers equal-area conic fitted to a lon/lat extent: central meridian at its middle,
/// standard parallels at 1/6 and 5/6 of its latitude range (the usual rule for regional maps);
/// a Lambert azimuthal equal-area projection for extents centred on the equator.
std::string equalAreaConicFor(const Extent& lonLat);

}  // namespace bashu
