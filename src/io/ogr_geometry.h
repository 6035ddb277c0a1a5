#pragma once
// GDAL's geometry objects into flat columns: what reading a feature's geometry means, shared by
// the feature reader and by the WKB decoder for the types it leaves to GDAL (curves, surfaces).
#include <ogr_geometry.h>

#include <optional>
#include <vector>

#include "core/geometry.h"

namespace bashu {

/// The kind a layer of this declared type holds, or none (unknown, mixed, or no geometry).
std::optional<GeometryKind> kindOfType(OGRwkbGeometryType type);

/// The kind of a geometry of this dimension (0 points, 1 lines, 2 polygons).
std::optional<GeometryKind> kindOfDimension(int dimension);

/// Appends a geometry's parts of the column's kind to it (members of another dimension in a
/// collection are left out; curves and surfaces as their linear approximation).
class GeometryAppender {
public:
    explicit GeometryAppender(GeometryColumn& column) : column_(column) {}

    /// Whether every coordinate was finite; if not, nothing of the geometry is kept.
    bool append(const OGRGeometry& geometry);

private:
    void appendAny(const OGRGeometry& g);
    void appendRing(const OGRSimpleCurve& ring);
    void addVertex(double x, double y);

    GeometryColumn& column_;
    std::vector<OGRRawPoint> buffer_;
    bool finite_ = true;
};

}  // namespace bashu
