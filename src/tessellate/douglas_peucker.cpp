#include "tessellate/douglas_peucker.h"

#include <algorithm>
#include <cmath>

namespace bashu {

namespace {

// Squared distance from p to the segment a-b (to a where a and b coincide).
double squaredDistanceToSegment(const double* p, const double* a, const double* b) {
    const double dx = b[0] - a[0], dy = b[1] - a[1];
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a[0] + t * dx - p[0], ey = a[1] + t * dy - p[1];
    return ex * ex + ey * ey;
}

}  // namespace

void keptVertices(const double* xy, size_t begin, size_t end, double tolerance, std::vector<char>& keep,
                  std::vector<std::pair<size_t, size_t>>& stack) {
    const size_t n = end - begin;
    keep.assign(n, 0);
    for (size_t v = begin; v < end; ++v)
        if (!std::isfinite(xy[2 * v]) || !std::isfinite(xy[2 * v + 1])) {
            keep.assign(n, 1);
            return;
        }
    keep[0] = keep[n - 1] = 1;
    const double tolerance2 = tolerance * tolerance;
    stack.clear();
    stack.emplace_back(0, n - 1);
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double farthest2 = tolerance2;
        size_t farthest = 0;
        for (size_t i = first + 1; i < last; ++i) {
            const double d2 = squaredDistanceToSegment(xy + 2 * (begin + i), xy + 2 * (begin + first),
                                                       xy + 2 * (begin + last));
            if (d2 > farthest2) {
                farthest2 = d2;
                farthest = i;
            }
        }
        if (farthest == 0) continue;
        keep[farthest] = 1;
        stack.emplace_back(first, farthest);
        stack.emplace_back(farthest, last);
    }
}

GeometryColumn simplifyPolygons(const GeometryColumn& g, double tolerance) {
    GeometryColumn out;
    out.kind = g.kind;
    out.xy.reserve(g.xy.size() / 2);
    std::vector<char> keep;
    std::vector<std::pair<size_t, size_t>> stack;
    for (size_t f = 0; f < g.featureCount(); ++f) {
        for (uint32_t p = g.featureOffsets[f]; p < g.featureOffsets[f + 1]; ++p) {
            const size_t ringsBefore = out.ringCount();
            for (uint32_t r = g.partOffsets[p]; r < g.partOffsets[p + 1]; ++r) {
                const size_t begin = g.ringOffsets[r], end = g.ringOffsets[r + 1];
                if (end - begin < 3) {
                    if (r == g.partOffsets[p]) break;
                    continue;
                }
                keptVertices(g.xy.data(), begin, end, tolerance, keep, stack);
                const size_t vertexStart = out.vertexCount();
                for (size_t v = begin; v < end; ++v)
                    if (keep[v - begin]) out.addVertex(g.xy[2 * v], g.xy[2 * v + 1]);
                // Three vertices at least, not counting one that repeats the first.
                size_t distinct = out.vertexCount() - vertexStart;
                if (distinct > 1 && out.xy[2 * vertexStart] == out.xy[out.xy.size() - 2] &&
                    out.xy[2 * vertexStart + 1] == out.xy.back())
                    --distinct;
                if (distinct < 3) {
                    out.xy.resize(2 * vertexStart);
                    if (r == g.partOffsets[p]) break;  // no outer ring: the part is gone
                    continue;
                }
                out.endRing();
            }
            if (out.ringCount() > ringsBefore) out.endPart();
        }
        out.endFeature();
    }
    return out;
}

}  // namespace bashu
