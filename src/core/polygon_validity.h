#pragma once
// Which polygons break the rules of a valid polygon (OGC simple features), found on the flat
// arrays in a fraction of the time GEOS takes: the reader counts and names them, and the map
// draws them as they are (the tessellator fills self-overlapping rings by the even-odd rule).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/geometry.h"

namespace bashu {

/// The first rule a polygon feature breaks, in the order they are checked.
enum class PolygonFault : uint8_t {
    None,
    TooFewPoints,      // a ring with fewer than 3 distinct vertices (encloses nothing)
    SelfIntersection,  // a ring crosses or touches itself, or doubles back along itself
    RingsCross,        // two rings of the feature (of one part or two) cross or run along each other
    HoleOutside,       // a hole lies outside its part's outer ring
    NestedParts,       // a part lies inside another part's area (not in one of its holes)
};

/// An invalid feature: the rule it breaks and a vertex at or near the fault.
struct PolygonFinding {
    size_t feature = 0;
    PolygonFault fault = PolygonFault::None;
    double x = 0.0, y = 0.0;
};

/// The fault of one feature of a polygon column (None when valid or without geometry).
/// Crossings and touches are found by comparing the segments whose boxes overlap (a sweep along
/// the feature's longer side); a ring may touch another ring at single points, as OGC allows.
/// Comparisons are made in double precision without GEOS's robust arithmetic, so a fault within
/// rounding of a vertex may be missed or found where GEOS would decide otherwise.
PolygonFinding checkPolygonFeature(const GeometryColumn& geometry, size_t feature);

/// The invalid features of a polygon column in feature order, checked on every core; empty for
/// other kinds.
std::vector<PolygonFinding> findInvalidPolygons(const GeometryColumn& geometry);

/// "self-intersection", "ring with fewer than 3 distinct points", ...
const char* polygonFaultText(PolygonFault fault);

}  // namespace bashu
