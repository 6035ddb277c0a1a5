#include "tessellate/detail_levels.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "tessellate/float_range.h"
#include "tessellate/spatial_order.h"

namespace bashu {

namespace {

// Layers with fewer vertices than this draw fast enough whole at any scale. The built-in map's
// 124,000 vertices are not: drawn whole, their outlines took 50-70 ms of a 100 ms frame on
// software OpenGL, most of their segments shorter than a pixel.
constexpr size_t kMinimumVertices = 20'000;
constexpr int kLevels = 7;           // dot sizes extent/64 .. extent/4096
constexpr double kGridPerDot = 8.0;  // a shape kept at a level spans at least 8 grid cells

DotMesh dotsOf(const GeometryColumn& g, const std::vector<uint32_t>& dotted, double originX, double originY) {
    DotMesh dots;
    dots.originX = originX;
    dots.originY = originY;
    // In spatial order, a chunk per cell, so dots out of view are skipped like the shapes. The
    // centres are a plain array, not a column of points: at 10^6 dots the offsets a column keeps
    // were 12 MB more at the peak of an export.
    std::vector<double> centres;
    std::vector<float> sizes;
    std::vector<uint32_t> shown;
    centres.reserve(2 * dotted.size());
    sizes.reserve(dotted.size());
    shown.reserve(dotted.size());
    for (uint32_t f : dotted) {
        const Extent e = g.featureExtent(f);
        const double size = std::max(e.width(), e.height());
        // A dot needs a float position and size, as every vertex of a mesh does (float_range.h).
        if (!fitsFloat(e.centerX() - originX) || !fitsFloat(e.centerY() - originY) || !fitsFloat(size))
            continue;
        shown.push_back(f);
        centres.push_back(e.centerX());
        centres.push_back(e.centerY());
        sizes.push_back(float(size));
    }
    const SpatialOrder order = spatialOrderOfPoints(centres);
    dots.positions.reserve(centres.size());
    dots.sizes.reserve(sizes.size());
    dots.featureIds.reserve(shown.size());
    for (size_t cell = 0; cell + 1 < order.cellStarts.size(); ++cell) {
        const size_t first = dots.dotCount();
        for (uint32_t k = order.cellStarts[cell]; k < order.cellStarts[cell + 1]; ++k) {
            const uint32_t d = order.features[k];
            dots.positions.push_back(float(centres[2 * d] - originX));
            dots.positions.push_back(float(centres[2 * d + 1] - originY));
            dots.sizes.push_back(sizes[d]);
            dots.featureIds.push_back(shown[d]);
        }
        if (dots.dotCount() > first)
            dots.chunks.push_back(chunkExtent(std::span<const float>(dots.positions).subspan(2 * first),
                                              uint32_t(first), uint32_t(dots.dotCount() - first)));
    }
    return dots;
}

}  // namespace

GeometryColumn snapToGrid(const GeometryColumn& g, double grid, double dotBelow, double originX,
                          double originY, std::vector<uint32_t>& dotted) {
    GeometryColumn out;
    out.kind = g.kind;
    out.xy.reserve(g.xy.size() / 2);
    std::vector<double> ring;
    for (size_t f = 0; f < g.featureCount(); ++f) {
        const Extent e = g.featureExtent(f);
        if (!e.empty() && std::max(e.width(), e.height()) < dotBelow) {
            dotted.push_back(uint32_t(f));
            out.endFeature();
            continue;
        }
        for (uint32_t p = g.featureOffsets[f]; p < g.featureOffsets[f + 1]; ++p) {
            const size_t ringsBefore = out.ringCount();
            for (uint32_t r = g.partOffsets[p]; r < g.partOffsets[p + 1]; ++r) {
                ring.clear();
                for (uint32_t v = g.ringOffsets[r]; v < g.ringOffsets[r + 1]; ++v) {
                    const double x = originX + std::round((g.xy[2 * size_t(v)] - originX) / grid) * grid;
                    const double y = originY + std::round((g.xy[2 * size_t(v) + 1] - originY) / grid) * grid;
                    if (ring.size() >= 2 && ring[ring.size() - 2] == x && ring.back() == y) continue;
                    // Out and straight back (A B A), as snapping makes of narrow inlets and spits:
                    // a spike of no area, which only forces the slow tessellator; B goes.
                    if (ring.size() >= 4 && ring[ring.size() - 4] == x && ring[ring.size() - 3] == y) {
                        ring.resize(ring.size() - 2);
                        continue;
                    }
                    ring.push_back(x);
                    ring.push_back(y);
                }
                // The closing vertex repeats the first: one copy is enough for the tessellator.
                while (ring.size() >= 4 && ring[0] == ring[ring.size() - 2] && ring[1] == ring.back())
                    ring.resize(ring.size() - 2);
                // Spikes across the ring's start: the last vertex and the second are the same.
                while (ring.size() >= 6 && ring[ring.size() - 2] == ring[2] && ring.back() == ring[3]) {
                    ring.erase(ring.begin(), ring.begin() + 2);
                    ring.resize(ring.size() - 2);
                }
                if (ring.size() < 6) {
                    if (r == g.partOffsets[p]) break;  // no outer ring: the part is gone
                    continue;
                }
                for (size_t i = 0; i < ring.size(); i += 2) out.addVertex(ring[i], ring[i + 1]);
                out.endRing();
            }
            if (out.ringCount() > ringsBefore) out.endPart();
        }
        out.endFeature();
    }
    return out;
}

namespace {

// The layer's largest side when it gets detail levels at all, else 0.
double levelledSize(const GeometryColumn& g) {
    if (g.kind != GeometryKind::Polygon || g.vertexCount() < kMinimumVertices) return 0.0;
    const Extent e = g.extent();
    const double size = std::max(e.width(), e.height());
    return size > 0.0 && std::isfinite(size) ? size : 0.0;
}

double levelDotBelow(double size, int j) { return size / (64.0 * std::pow(2.0, j)); }

// Level j of the layer, or none where it would have more than half the layer's vertices.
std::optional<DetailLevel> buildLevel(const GeometryColumn& g, double dotBelow, double originX,
                                      double originY, size_t* vertices, bool outlines = true) {
    std::vector<uint32_t> dotted;
    DetailLevel level;
    {
        // Gone before the dots are made: at 10^6 features its offsets alone are 4 MB of the peak.
        const GeometryColumn snapped =
            snapToGrid(g, dotBelow / kGridPerDot, dotBelow, originX, originY, dotted);
        *vertices = snapped.vertexCount() + dotted.size();
        // Past half the layer's vertices a level saves too little to keep (checked before
        // tessellating, the costly step).
        if (2 * *vertices > g.vertexCount()) return std::nullopt;
        level.dotBelow = dotBelow;
        level.fill = tessellatePolygons(snapped, originX, originY);
        if (outlines) level.lines = buildLineMesh(snapped, originX, originY);
        level.allDots = snapped.vertexCount() == 0;
    }
    level.dots = dotsOf(g, dotted, originX, originY);
    return level;
}

}  // namespace

std::vector<DetailLevel> buildDetailLevels(const GeometryColumn& g, double originX, double originY) {
    std::vector<DetailLevel> levels;
    const double size = levelledSize(g);
    if (size == 0.0) return levels;
    size_t coarserVertices = 0;
    for (int j = 0; j < kLevels; ++j) {
        size_t vertices = 0;
        std::optional<DetailLevel> level = buildLevel(g, levelDotBelow(size, j), originX, originY, &vertices);
        // Finer levels only grow: none after this one is kept either.
        if (!level) break;
        // A level drawing the same as the coarser one (every feature a dot in both) adds nothing
        // but memory: the coarser one's view range moves down to it.
        if (!levels.empty() && vertices == coarserVertices && level->allDots) levels.pop_back();
        coarserVertices = vertices;
        levels.push_back(std::move(*level));
    }
    return levels;
}

std::vector<DetailLevel> buildDetailLevelFor(const GeometryColumn& g, double originX, double originY,
                                             double unitsPerPixel, bool outlines) {
    std::vector<DetailLevel> levels;
    const double size = levelledSize(g);
    if (size == 0.0) return levels;
    // The coarsest level chooseDetailLevel accepts at this scale; coarser ones are kept whenever
    // it is, so it is the one buildDetailLevels' set would give (or one drawing the same).
    for (int j = 0; j < kLevels; ++j) {
        const double dotBelow = levelDotBelow(size, j);
        if (chooseDetailLevel(std::span<const double>(&dotBelow, 1), unitsPerPixel) != 0) continue;
        size_t vertices = 0;
        if (std::optional<DetailLevel> level = buildLevel(g, dotBelow, originX, originY, &vertices, outlines))
            levels.push_back(std::move(*level));
        break;
    }
    return levels;
}

int chooseDetailLevel(std::span<const double> dotBelow, double unitsPerPixel, double dotPixels) {
    // Coarsest first: the first level whose dots are small enough on screen.
    for (size_t i = 0; i < dotBelow.size(); ++i)
        if (dotBelow[i] <= dotPixels * unitsPerPixel) return int(i);
    return -1;
}

std::vector<double> levelDotSizes(std::span<const DetailLevel> levels) {
    std::vector<double> sizes;
    for (const DetailLevel& level : levels) sizes.push_back(level.dotBelow);
    return sizes;
}

}  // namespace bashu
