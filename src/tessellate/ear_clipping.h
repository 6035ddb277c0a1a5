#pragma once
// Ear-clipping triangulation of one polygon with holes, in the manner of Mapbox's earcut: the
// rings become one circular linked list (each hole bridged to the outer ring, holes taken from
// left to right), ears are cut off one by one, and polygons of more than 80 vertices find the
// vertices near a candidate ear through a z-order curve instead of walking the whole ring.
// When no ear is left, collinear and repeated vertices are filtered out, then small local
// self-intersections are cut off, then the remainder is split along a diagonal and each half
// is clipped on its own.
//
// Exact for simple polygons (rings may touch at vertices, holes may touch the outer ring) and
// far faster than a sweep-line tessellator on long rings. Self-intersecting input is not
// filled by any particular rule: callers that need one must detect it and use something else.
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace bashu {

/// Reusable triangulator: its scratch memory is kept between calls, so triangulating many
/// polygons in a row allocates only while the largest one so far grows.
class EarClipper {
public:
    EarClipper();
    ~EarClipper();
    EarClipper(const EarClipper&) = delete;
    EarClipper& operator=(const EarClipper&) = delete;
    EarClipper(EarClipper&&) noexcept;
    EarClipper& operator=(EarClipper&&) noexcept;

    /// Triangulates one polygon. `xy` holds the vertices of all its rings as interleaved x, y
    /// (finite values); `ringEnds[r]` is one past the last vertex of ring r, so ring r spans
    /// vertices [ringEnds[r - 1], ringEnds[r]). Ring 0 is the outer ring, the others are holes.
    /// Rings may run either way and need not repeat their first vertex.
    ///
    /// Appends three vertex indices (into xy / 2) per triangle to `triangles`, none of them
    /// clockwise. Collinear and repeated vertices may appear in no triangle. Rings of fewer than
    /// three vertices, or with all vertices on one line, give no triangles.
    ///
    /// Returns false when it cannot vouch for the result, which is then partial or empty: a
    /// ring whose direction of travel turns around more or less than exactly once (a pentagram,
    /// a bow-tie, a ring wound twice) or reverses on the spot (a spike), a hole it could not
    /// bridge, a remainder it could not split, or a search running far past what valid input
    /// needs (the split pass stalling on self-intersections, or over n^1.5 steps in all).
    /// Returns true otherwise; for a simple polygon the triangles then cover it exactly once.
    /// Other self-intersections are not detected: callers that must know compare the
    /// triangles' total area with the polygon's (they agree for simple polygons, to rounding).
    bool triangulate(std::span<const double> xy, std::span<const uint32_t> ringEnds,
                     std::vector<uint32_t>& triangles);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace bashu
