#pragma once
// Triangulation of a layer's polygons into one GPU-ready mesh (no GL here).
#include <cstdint>
#include <vector>

#include "core/geometry.h"
#include "tessellate/spatial_order.h"

namespace bashu {

/// Triangles of all polygon features of a layer. Positions are floats relative to `originX/Y`
/// (double), so large projected coordinates keep their precision on the GPU.
struct PolygonMesh {
    double originX = 0.0, originY = 0.0;
    std::vector<float> positions;      // x, y per vertex, relative to the origin
    std::vector<uint32_t> featureIds;  // feature index per vertex
    std::vector<uint32_t> indices;     // 3 per triangle
    std::vector<MeshChunk> chunks;     // runs of `indices` by grid cell (spatial_order.h)
    size_t failedParts = 0;            // parts that could not be triangulated (counted, skipped)
    size_t fallbackParts = 0;          // parts handed to GLU (see tessellatePolygons)

    size_t triangleCount() const { return indices.size() / 3; }
};

/// Triangulates every polygon part, feature by feature in spatial order (cell by cell of
/// spatialOrder, one chunk per cell); (outer ring minus holes; either orientation; the closing
/// vertex may repeat the first). Self-intersecting rings are filled by the odd-even rule
/// rather than rejected; degenerate rings produce no triangles. Never throws on bad input.
///
/// Each part is ear clipped first (tessellate/ear_clipping.h: fast, exact for simple polygons).
/// The result is kept only when the ear clipper vouches for it and the triangles' total area
/// matches the part's (polygonPartArea) within 1e-7 relative; otherwise, as for bow-ties and
/// other self-intersections, the part is tessellated by GLU with the odd-even rule instead and
/// counted in `fallbackParts` (and in `failedParts` too if GLU fails). Valid polygons, such as
/// those the vector reader repairs, should never need GLU. Triangles are counter-clockwise
/// either way (as stored: slivers that rounding to float flattens or turns over are dropped).
/// Parts with a NaN or infinite coordinate, or one beyond float range from the origin, reach
/// neither and are counted in `failedParts`.
PolygonMesh tessellatePolygons(const GeometryColumn& geometry, double originX, double originY);

}  // namespace bashu
