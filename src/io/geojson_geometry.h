#pragma once
// One GeoJSON geometry as parsed (x, y of every position with the nesting of its arrays), what
// GDAL makes of it (kind, type name, the layer's declared type) and how it goes into flat columns.
#include <ogr_core.h>

#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace bashu::geojson {

enum class GeometryType : uint8_t { Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon };

struct ParsedGeometry {
    GeometryType type = GeometryType::Point;
    // Positions nest this deep in "coordinates" (0: it is one position); -1 before the first.
    int depth = -1;
    bool hasZ = false;  // positions have a third number (all or none: GDAL types the rest its own way)
    // An array of positions ends elsewhere than it starts: a line, or a ring GDAL warns about.
    bool someUnclosed = false;
    std::vector<double> xy;
    std::vector<uint32_t> innerEnds;  // vertex count at the end of each array of positions
    std::vector<uint32_t> outerEnds;  // innerEnds count at the end of each array of those

    void clear();
    /// Whether the nesting is the one `type` has (Point 0, LineString and MultiPoint 1, Polygon
    /// and MultiLineString 2, MultiPolygon 3).
    bool nestingFits() const;
    /// Appends the geometry as parts, rings and vertices (as GeometryAppender does for GDAL's
    /// geometry), without ending the feature.
    void appendTo(GeometryColumn& column) const;
    /// Parts, rings and vertices appendTo adds.
    size_t partCount() const;
};

GeometryKind kindOf(GeometryType type);

/// GDAL's type of the geometry as read, 3D when its positions have a z.
OGRwkbGeometryType ogrTypeOf(const ParsedGeometry& geometry);

/// The layer geometry type GDAL's GeoJSON driver declares, from the features' geometries in file
/// order (OGRGeoJSONUpdateLayerGeomType): the first one's type, raised to 3D by a later 3D one of
/// the same type, unknown once two types differ. A type repeated changes nothing, so a stretch of
/// features can keep only where its types change and hand them on in order.
class LayerTypeTracker {
public:
    void add(OGRwkbGeometryType type);
    OGRwkbGeometryType type() const { return type_; }

private:
    bool first_ = true;
    OGRwkbGeometryType type_ = wkbUnknown;
};

}  // namespace bashu::geojson
