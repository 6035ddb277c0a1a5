#include "tessellate/mesh_append.h"

#include <vector>

namespace bashu {

namespace {

bool kept(std::span<const uint32_t> newIds, uint32_t feature) {
    return feature < newIds.size() && newIds[feature] != kFeatureLeftOut;
}

// `from`'s chunk moved by (dx, dy): its primitives are those appended from `first` on.
MeshChunk movedChunk(const MeshChunk& chunk, uint32_t first, uint32_t count, double dx, double dy) {
    return {first,
            count,
            float(double(chunk.minX) + dx),
            float(double(chunk.minY) + dy),
            float(double(chunk.maxX) + dx),
            float(double(chunk.maxY) + dy)};
}

void appendFill(PolygonMesh& to, const PolygonMesh& from, std::span<const uint32_t> newIds) {
    const double dx = from.originX - to.originX, dy = from.originY - to.originY;
    // Room for all of `from` (most of it is kept: a view's backdrop is what lies around the
    // view), so each vector grows once instead of through each doubling, old beside new.
    to.positions.reserve(to.positions.size() + from.positions.size());
    to.featureIds.reserve(to.featureIds.size() + from.featureIds.size());
    to.indices.reserve(to.indices.size() + from.indices.size());
    // Where each kept vertex of `from` lands in `to`.
    std::vector<uint32_t> at(from.featureIds.size(), UINT32_MAX);
    for (size_t v = 0; v < from.featureIds.size(); ++v) {
        if (!kept(newIds, from.featureIds[v])) continue;
        at[v] = uint32_t(to.featureIds.size());
        to.positions.push_back(float(double(from.positions[2 * v]) + dx));
        to.positions.push_back(float(double(from.positions[2 * v + 1]) + dy));
        to.featureIds.push_back(newIds[from.featureIds[v]]);
    }
    for (const MeshChunk& chunk : from.chunks) {
        const uint32_t first = uint32_t(to.indices.size());
        for (uint32_t i = chunk.first; i < chunk.first + chunk.count; i += 3) {
            // A triangle's three vertices are of one feature: the first says whether it is kept.
            if (at[from.indices[i]] == UINT32_MAX) continue;
            for (uint32_t k = 0; k < 3; ++k) to.indices.push_back(at[from.indices[i + k]]);
        }
        const uint32_t count = uint32_t(to.indices.size()) - first;
        if (count > 0) to.chunks.push_back(movedChunk(chunk, first, count, dx, dy));
    }
}

void appendLines(LineMesh& to, const LineMesh& from, std::span<const uint32_t> newIds) {
    const double dx = from.originX - to.originX, dy = from.originY - to.originY;
    const bool along = !from.along.empty() && to.along.size() == to.featureIds.size();
    to.segments.reserve(to.segments.size() + from.segments.size());
    to.featureIds.reserve(to.featureIds.size() + from.featureIds.size());
    if (along) to.along.reserve(to.along.size() + from.along.size());
    for (const MeshChunk& chunk : from.chunks) {
        const uint32_t first = uint32_t(to.featureIds.size());
        for (uint32_t s = chunk.first; s < chunk.first + chunk.count; ++s) {
            if (!kept(newIds, from.featureIds[s])) continue;
            for (int k = 0; k < 4; ++k)
                to.segments.push_back(float(double(from.segments[4 * s + k]) + (k % 2 == 0 ? dx : dy)));
            to.featureIds.push_back(newIds[from.featureIds[s]]);
            if (along) to.along.push_back(from.along[s]);
        }
        const uint32_t count = uint32_t(to.featureIds.size()) - first;
        if (count > 0) to.chunks.push_back(movedChunk(chunk, first, count, dx, dy));
    }
}

void appendPoints(PointMesh& to, const PointMesh& from, std::span<const uint32_t> newIds) {
    const double dx = from.originX - to.originX, dy = from.originY - to.originY;
    for (size_t p = 0; p < from.featureIds.size(); ++p) {
        if (!kept(newIds, from.featureIds[p])) continue;
        to.positions.push_back(float(double(from.positions[2 * p]) + dx));
        to.positions.push_back(float(double(from.positions[2 * p + 1]) + dy));
        to.featureIds.push_back(newIds[from.featureIds[p]]);
    }
}

}  // namespace

void appendMeshFeatures(LayerMeshes& to, const LayerMeshes& from, std::span<const uint32_t> newIds) {
    appendFill(to.fill, from.fill, newIds);
    appendLines(to.lines, from.lines, newIds);
    appendPoints(to.points, from.points, newIds);
}

}  // namespace bashu
