#include "tessellate/line_mesh.h"

#include "tessellate/douglas_peucker.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

#include "tessellate/float_range.h"

namespace bashu {

namespace {

// Whether a vertex can be stored relative to the origin (NaN, infinite and far-off ones cannot).
bool fitsMesh(double x, double y, double originX, double originY) {
    return fitsFloat(x - originX) && fitsFloat(y - originY);
}

// `along`: where the segment starts along its line, for meshes that keep it (null: not kept).
void addSegment(LineMesh& mesh, const double* a, const double* b, uint32_t feature, const double* along) {
    // Zero-length segments draw nothing and would give the renderer a zero direction to
    // normalise; segments with an end that has no float position cannot be drawn either.
    if (a[0] == b[0] && a[1] == b[1]) return;
    if (!fitsMesh(a[0], a[1], mesh.originX, mesh.originY) ||
        !fitsMesh(b[0], b[1], mesh.originX, mesh.originY))
        return;
    mesh.segments.push_back(static_cast<float>(a[0] - mesh.originX));
    mesh.segments.push_back(static_cast<float>(a[1] - mesh.originY));
    mesh.segments.push_back(static_cast<float>(b[0] - mesh.originX));
    mesh.segments.push_back(static_cast<float>(b[1] - mesh.originY));
    mesh.featureIds.push_back(feature);
    if (along) mesh.along.push_back(static_cast<float>(*along));
}

}  // namespace

LineMesh buildLineMesh(const GeometryColumn& geometry, double originX, double originY, double tolerance) {
    LineMesh mesh;
    mesh.originX = originX;
    mesh.originY = originY;
    // Every vertex starts at most one segment, plus one closing segment per polygon ring.
    const bool closeRings = geometry.kind == GeometryKind::Polygon;
    const size_t maxSegments = geometry.vertexCount() + (closeRings ? geometry.ringCount() : 0);
    mesh.segments.reserve(4 * maxSegments);
    mesh.featureIds.reserve(maxSegments);
    const bool keepAlong = geometry.kind == GeometryKind::Line;
    if (keepAlong) mesh.along.reserve(maxSegments);

    const double* xy = geometry.xy.data();
    std::vector<char> keep;
    std::vector<std::pair<size_t, size_t>> stack;
    // Cell by cell, so the renderer can skip the cells out of view (spatial_order.h).
    const SpatialOrder order = spatialOrder(geometry);
    for (size_t cell = 0; cell + 1 < order.cellStarts.size(); ++cell) {
        const size_t cellSegments = mesh.segmentCount();
        for (uint32_t k = order.cellStarts[cell]; k < order.cellStarts[cell + 1]; ++k) {
            const uint32_t id = order.features[k];
            const uint32_t firstRing = geometry.partOffsets[geometry.featureOffsets[id]];
            const uint32_t lastRing = geometry.partOffsets[geometry.featureOffsets[id + 1]];
            for (uint32_t ring = firstRing; ring < lastRing; ++ring) {
                const size_t begin = geometry.ringOffsets[ring];
                const size_t end = geometry.ringOffsets[ring + 1];
                if (end - begin < 2) continue;
                double along = 0.0;
                if (tolerance > 0.0) keptVertices(xy, begin, end, tolerance, keep, stack);
                // From each kept vertex to the next; `along` still counts every vertex between.
                size_t from = begin;
                double alongFrom = 0.0;
                for (size_t v = begin; v + 1 < end; ++v) {
                    const double* a = xy + 2 * v;
                    const double* b = a + 2;
                    const double length = std::hypot(b[0] - a[0], b[1] - a[1]);
                    if (keepAlong && std::isfinite(length)) along += length;
                    if (tolerance > 0.0 && !keep[v + 1 - begin]) continue;
                    addSegment(mesh, xy + 2 * from, b, id, keepAlong ? &alongFrom : nullptr);
                    from = v + 1;
                    alongFrom = along;
                }
                // When the ring repeats its first vertex the closing segment is zero-length and
                // dropped here, so the closing edge is never drawn twice.
                if (closeRings) addSegment(mesh, xy + 2 * (end - 1), xy + 2 * begin, id, nullptr);
            }
        }
        if (mesh.segmentCount() > cellSegments)
            mesh.chunks.push_back(chunkExtent(std::span<const float>(mesh.segments).subspan(4 * cellSegments),
                                              uint32_t(cellSegments),
                                              uint32_t(mesh.segmentCount() - cellSegments)));
    }
    return mesh;
}

PointMesh buildPointMesh(const GeometryColumn& geometry, double originX, double originY) {
    PointMesh mesh;
    mesh.originX = originX;
    mesh.originY = originY;
    mesh.positions.reserve(geometry.xy.size());
    mesh.featureIds.reserve(geometry.vertexCount());
    const double* xy = geometry.xy.data();
    for (size_t feature = 0; feature < geometry.featureCount(); ++feature) {
        const auto id = static_cast<uint32_t>(feature);
        const uint32_t firstVertex =
            geometry.ringOffsets[geometry.partOffsets[geometry.featureOffsets[feature]]];
        const uint32_t lastVertex =
            geometry.ringOffsets[geometry.partOffsets[geometry.featureOffsets[feature + 1]]];
        for (size_t v = firstVertex; v < lastVertex; ++v) {
            // A point with a NaN, infinite or far-off coordinate has nowhere to be drawn.
            if (!fitsMesh(xy[2 * v], xy[2 * v + 1], originX, originY)) continue;
            mesh.positions.push_back(static_cast<float>(xy[2 * v] - originX));
            mesh.positions.push_back(static_cast<float>(xy[2 * v + 1] - originY));
            mesh.featureIds.push_back(id);
        }
    }
    return mesh;
}

}  // namespace bashu
