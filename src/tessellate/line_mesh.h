#pragma once
// Line work (linestrings and polygon rings) as segments, expanded to screen-space width
// on the GPU.
#include <cstdint>
#include <vector>

#include "core/geometry.h"
#include "tessellate/spatial_order.h"

namespace bashu {

/// Each segment is stored once: its two end points (floats relative to the origin) and the
/// feature it belongs to. The renderer expands each segment into a quad of a pixel width.
struct LineMesh {
    double originX = 0.0, originY = 0.0;
    std::vector<float> segments;       // x0, y0, x1, y1 per segment
    std::vector<uint32_t> featureIds;  // feature index per segment
    std::vector<MeshChunk> chunks;     // runs of segments by grid cell (spatial_order.h)
    // Line layers only (empty for polygon outlines, which are drawn solid): the distance in map
    // units along its line, from the line's first vertex, at which each segment starts; dash
    // patterns are laid out by it.
    std::vector<float> along;

    size_t segmentCount() const { return featureIds.size(); }
};

/// Segments of every ring of a Line or Polygon layer, feature by feature in spatial order (one
/// chunk per cell of spatialOrder; polygon rings are closed: a segment from
/// the last vertex back to the first is added when the ring does not repeat it). Zero-length
/// segments, and segments with a NaN or infinite end or one beyond float range from the origin,
/// are dropped. Line layers also get `along`, which counts the dropped segments' lengths too.
/// A `tolerance` (map units) above 0 drops the vertices Douglas-Peucker would, ring by ring: for
/// a view where it is a fraction of a pixel, the lines look the same with far fewer segments
/// (and `along` still measures the line as it was).
LineMesh buildLineMesh(const GeometryColumn& geometry, double originX, double originY,
                       double tolerance = 0.0);

/// Points of a Point layer: one entry per vertex (multi-points give several).
struct PointMesh {
    double originX = 0.0, originY = 0.0;
    std::vector<float> positions;      // x, y per point relative to the origin
    std::vector<uint32_t> featureIds;  // feature index per point

    size_t pointCount() const { return featureIds.size(); }
};

/// Every vertex of every feature as a point (for a Point layer: one per point), tagged with its
/// feature; points with a NaN or infinite coordinate, or beyond float range from the origin,
/// are skipped.
PointMesh buildPointMesh(const GeometryColumn& geometry, double originX, double originY);

}  // namespace bashu
