#include "spatial/contiguity_weights.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bashu {

namespace {

struct Segment {
    double x0, y0, x1, y1;
    uint32_t feature;
};

// A grid over the layer: each cell lists the segments whose box, grown by the tolerance, meets it.
class SegmentGrid {
public:
    SegmentGrid(const std::vector<Segment>& segments, double cell, double grow) : cell_(cell) {
        for (uint32_t s = 0; s < segments.size(); ++s) {
            const Segment& g = segments[s];
            const int64_t cx0 = index(std::min(g.x0, g.x1) - grow), cx1 = index(std::max(g.x0, g.x1) + grow);
            const int64_t cy0 = index(std::min(g.y0, g.y1) - grow), cy1 = index(std::max(g.y0, g.y1) + grow);
            for (int64_t cy = cy0; cy <= cy1; ++cy)
                for (int64_t cx = cx0; cx <= cx1; ++cx) cells_[key(cx, cy)].push_back(s);
        }
    }
    const std::vector<uint32_t>* at(double x, double y) const {
        const auto found = cells_.find(key(index(x), index(y)));
        return found == cells_.end() ? nullptr : &found->second;
    }

private:
    int64_t index(double v) const { return int64_t(std::floor(v / cell_)); }
    static uint64_t key(int64_t cx, int64_t cy) { return (uint64_t(cx) << 32) ^ uint64_t(uint32_t(cy)); }
    double cell_;
    std::unordered_map<uint64_t, std::vector<uint32_t>> cells_;
};

double squaredDistanceToSegment(double px, double py, const Segment& s) {
    const double dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((px - s.x0) * dx + (py - s.y0) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = s.x0 + t * dx - px, ey = s.y0 + t * dy - py;
    return ex * ex + ey * ey;
}

// A touch: the pair of units (lower index first) and the vertex where one meets the other.
struct Touch {
    uint64_t pair;
    double x, y;
    bool operator<(const Touch& o) const {
        return pair != o.pair ? pair < o.pair : x != o.x ? x < o.x : y < o.y;
    }
    bool operator==(const Touch& o) const { return pair == o.pair && x == o.x && y == o.y; }
};

}  // namespace

Result<SpatialWeights> contiguityWeights(const GeometryColumn& g, Contiguity kind, double tolerance) {
    if (g.kind != GeometryKind::Polygon)
        return Error{"contiguity needs polygons; this layer has " + std::string(geometryKindName(g.kind)) +
                     "s"};
    if (!(tolerance >= 0) || !std::isfinite(tolerance))
        return Error{"the snapping tolerance must be a distance of 0 or more, not " +
                     std::to_string(tolerance)};
    const size_t n = g.featureCount();

    // Every ring's segments, closed, tagged with their unit.
    std::vector<Segment> segments;
    segments.reserve(g.vertexCount());
    double lengths = 0;
    for (uint32_t f = 0; f < n; ++f)
        for (uint32_t part = g.featureOffsets[f]; part < g.featureOffsets[f + 1]; ++part)
            for (uint32_t ring = g.partOffsets[part]; ring < g.partOffsets[part + 1]; ++ring) {
                const auto xy = g.ring(ring);
                const size_t count = xy.size() / 2;
                for (size_t v = 0; v < count; ++v) {
                    const size_t w = (v + 1) % count;
                    const Segment s{xy[2 * v], xy[2 * v + 1], xy[2 * w], xy[2 * w + 1], f};
                    if (!std::isfinite(s.x0) || !std::isfinite(s.y0) || !std::isfinite(s.x1) ||
                        !std::isfinite(s.y1))
                        continue;
                    if (s.x0 == s.x1 && s.y0 == s.y1 && count > 1) continue;
                    segments.push_back(s);
                    lengths += std::hypot(s.x1 - s.x0, s.y1 - s.y0);
                }
            }
    std::vector<std::vector<uint32_t>> neighbours(n);
    if (segments.empty()) return binaryWeights(std::move(neighbours));

    // Cells about as large as a segment (or the tolerance, when larger): a segment lies in few
    // cells and a cell holds few segments.
    const double typical = lengths / double(segments.size());
    const Extent e = g.extent();
    const double floorCell = std::max(e.width(), e.height()) * 1e-9;
    const SegmentGrid grid(segments, std::max({typical, 2 * tolerance, floorCell}), tolerance);
    const double tolerance2 = tolerance * tolerance;

    // Each vertex of each unit against the segments of other units near it.
    std::vector<Touch> touches;
    std::vector<uint32_t> seen;
    for (const Segment& s : segments) {
        const auto* near = grid.at(s.x0, s.y0);
        if (!near) continue;
        seen.clear();
        for (uint32_t other : *near) {
            const Segment& t = segments[other];
            if (t.feature == s.feature) continue;
            if (std::find(seen.begin(), seen.end(), t.feature) != seen.end()) continue;
            if (squaredDistanceToSegment(s.x0, s.y0, t) > tolerance2) continue;
            seen.push_back(t.feature);
            const uint32_t a = std::min(s.feature, t.feature), b = std::max(s.feature, t.feature);
            touches.push_back({(uint64_t(a) << 32) | b, s.x0, s.y0});
        }
    }
    std::sort(touches.begin(), touches.end());
    touches.erase(std::unique(touches.begin(), touches.end()), touches.end());

    // Queen: a pair with a touch; rook: a pair with touches at two points more than the tolerance
    // apart (two units meeting at a corner touch at its vertex of each, which may differ by that).
    for (size_t i = 0; i < touches.size();) {
        size_t j = i;
        bool apart = false;
        while (j < touches.size() && touches[j].pair == touches[i].pair) {
            const double dx = touches[j].x - touches[i].x, dy = touches[j].y - touches[i].y;
            apart = apart || dx * dx + dy * dy > tolerance2;
            ++j;
        }
        if (kind == Contiguity::Queen || apart) {
            const uint32_t a = uint32_t(touches[i].pair >> 32), b = uint32_t(touches[i].pair & 0xffffffffu);
            neighbours[a].push_back(b);
            neighbours[b].push_back(a);
        }
        i = j;
    }
    return binaryWeights(std::move(neighbours));
}

}  // namespace bashu
