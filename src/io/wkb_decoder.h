#pragma once
// Well-known binary (WKB, as GDAL's Arrow batches carry geometry) decoded straight into flat
// columns, without building GDAL geometry objects: the simple types only (points, lines,
// polygons and their multi forms, in 2D, Z, M or ZM, either byte order, ISO codes or GDAL's old
// 2.5D flag).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "core/geometry.h"

namespace bashu {

/// What a WKB geometry turned out to be.
struct WkbShape {
    enum class Outcome {
        Kind,       // a point, line or polygon geometry: `kind` says which, nothing appended yet
        Empty,      // no coordinates at all
        NotSimple,  // a type left to GDAL (collections, curves, surfaces, TINs)
        Malformed,  // too short for what it declares, or an unknown type
    };
    Outcome outcome = Outcome::Malformed;
    GeometryKind kind = GeometryKind::Point;
    uint32_t type = 0;  // the ISO type code (e.g. 3 Polygon, 1006 MultiPolygon Z)
};

/// Looks at a WKB geometry without decoding its coordinates: its kind, or why it is not one.
WkbShape inspectWkb(std::span<const uint8_t> wkb);

/// The box of a simple WKB geometry's coordinates (x and y; a NaN one is left out): none when it
/// is empty, malformed or not a simple type.
std::optional<Extent> wkbExtent(std::span<const uint8_t> wkb);

/// Appends a geometry that inspectWkb found to be of `column.kind` (same rules as reading
/// GDAL's objects: a ring or part per WKB ring or part, points of a multi-point that are empty
/// left out). Returns false, appending nothing, when a coordinate is NaN or infinite.
bool appendWkb(std::span<const uint8_t> wkb, GeometryColumn& column);

}  // namespace bashu
