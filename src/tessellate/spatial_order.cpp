#include "tessellate/spatial_order.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bashu {

namespace {

// Features by grid cell of their centres (interleaved x, y; NaN: none), `vertices` in all.
SpatialOrder orderByCell(std::span<const double> centres, size_t vertices, size_t verticesPerCell) {
    SpatialOrder order;
    const size_t features = centres.size() / 2;
    double minX = std::numeric_limits<double>::infinity(), minY = minX, maxX = -minX, maxY = -minX;
    for (size_t f = 0; f < features; ++f) {
        const double x = centres[2 * f], y = centres[2 * f + 1];
        if (std::isnan(x) || std::isnan(y)) continue;
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    }
    const double cells = double(vertices) / double(std::max<size_t>(verticesPerCell, 1));
    const size_t side = std::clamp<size_t>(size_t(std::ceil(std::sqrt(cells))), 1, 256);
    const double width = maxX > minX ? maxX - minX : 1.0, height = maxY > minY ? maxY - minY : 1.0;
    // The cell along one axis. Coordinates near a double's limit can make the division infinite
    // or NaN; such a feature goes to an end cell, which only affects culling, never what is drawn.
    auto along = [&](double v, double lo, double span) -> size_t {
        const double t = (v - lo) / span * double(side);
        if (!(t > 0.0)) return 0;
        return t >= double(side - 1) ? side - 1 : size_t(t);
    };
    auto cellOf = [&](size_t f) -> size_t {
        const double x = centres[2 * f], y = centres[2 * f + 1];
        if (std::isnan(x) || std::isnan(y)) return 0;
        return along(y, minY, height) * side + along(x, minX, width);
    };
    // A counting sort by cell keeps the features' own order within each cell.
    order.cellStarts.assign(side * side + 1, 0);
    for (size_t f = 0; f < features; ++f) ++order.cellStarts[cellOf(f) + 1];
    for (size_t c = 0; c < side * side; ++c) order.cellStarts[c + 1] += order.cellStarts[c];
    std::vector<uint32_t> next(order.cellStarts.begin(), order.cellStarts.end() - 1);
    order.features.resize(features);
    for (size_t f = 0; f < features; ++f) order.features[next[cellOf(f)]++] = uint32_t(f);
    return order;
}

}  // namespace

SpatialOrder spatialOrder(const GeometryColumn& g, size_t verticesPerCell) {
    const size_t features = g.featureCount();
    // The centre of each feature's extent.
    std::vector<double> centres(2 * features, std::numeric_limits<double>::quiet_NaN());
    for (size_t f = 0; f < features; ++f) {
        const uint32_t first = g.ringOffsets[g.partOffsets[g.featureOffsets[f]]];
        const uint32_t last = g.ringOffsets[g.partOffsets[g.featureOffsets[f + 1]]];
        double x0 = std::numeric_limits<double>::infinity(), y0 = x0, x1 = -x0, y1 = -x0;
        for (uint32_t v = first; v < last; ++v) {
            const double x = g.xy[2 * size_t(v)], y = g.xy[2 * size_t(v) + 1];
            if (!std::isfinite(x) || !std::isfinite(y)) continue;
            x0 = std::min(x0, x);
            x1 = std::max(x1, x);
            y0 = std::min(y0, y);
            y1 = std::max(y1, y);
        }
        if (x0 > x1) continue;
        // Halves first: the sum of two coordinates near a double's limit would overflow.
        centres[2 * f] = 0.5 * x0 + 0.5 * x1;
        centres[2 * f + 1] = 0.5 * y0 + 0.5 * y1;
    }
    return orderByCell(centres, g.vertexCount(), verticesPerCell);
}

SpatialOrder spatialOrderOfPoints(std::span<const double> xy, size_t verticesEach, size_t verticesPerCell) {
    return orderByCell(xy, xy.size() / 2 * verticesEach, verticesPerCell);
}

MeshChunk chunkExtent(std::span<const float> xy, uint32_t first, uint32_t count) {
    MeshChunk chunk;
    chunk.first = first;
    chunk.count = count;
    if (xy.size() < 2) return chunk;
    chunk.minX = chunk.maxX = xy[0];
    chunk.minY = chunk.maxY = xy[1];
    for (size_t i = 2; i + 1 < xy.size(); i += 2) {
        chunk.minX = std::min(chunk.minX, xy[i]);
        chunk.maxX = std::max(chunk.maxX, xy[i]);
        chunk.minY = std::min(chunk.minY, xy[i + 1]);
        chunk.maxY = std::max(chunk.maxY, xy[i + 1]);
    }
    return chunk;
}

}  // namespace bashu
