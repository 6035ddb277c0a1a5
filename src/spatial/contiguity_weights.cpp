#include "spatial/contiguity_weights.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace bashu {

namespace {

struct Segment {
    double x0, y0, x1, y1;
    uint32_t feature;
};

// A grid over the layer: each cell lists the segments whose box, grown by the tolerance, meets it
// (one array of segment numbers, cell by cell, and each cell's start in it).
class SegmentGrid {
public:
    SegmentGrid(const std::vector<Segment>& segments, const Extent& extent, double cell, double grow)
        : x0_(extent.minX - grow), y0_(extent.minY - grow), cell_(cell) {
        columns_ = std::max<int64_t>(1, int64_t((extent.width() + 2 * grow) / cell) + 1);
        rows_ = std::max<int64_t>(1, int64_t((extent.height() + 2 * grow) / cell) + 1);
        starts_.assign(size_t(columns_ * rows_ + 1), 0);
        auto each = [&](const Segment& g, const auto& visit) {
            const int64_t cx0 = column(std::min(g.x0, g.x1) - grow),
                          cx1 = column(std::max(g.x0, g.x1) + grow);
            const int64_t cy0 = row(std::min(g.y0, g.y1) - grow), cy1 = row(std::max(g.y0, g.y1) + grow);
            for (int64_t cy = cy0; cy <= cy1; ++cy)
                for (int64_t cx = cx0; cx <= cx1; ++cx) visit(size_t(cy * columns_ + cx));
        };
        for (const Segment& g : segments) each(g, [&](size_t c) { ++starts_[c + 1]; });
        for (size_t c = 1; c < starts_.size(); ++c) starts_[c] += starts_[c - 1];
        items_.resize(starts_.back());
        std::vector<uint32_t> fill(starts_.begin(), starts_.end() - 1);
        for (uint32_t s = 0; s < segments.size(); ++s)
            each(segments[s], [&](size_t c) { items_[fill[c]++] = s; });
    }

    // The segments listed in the cell of (x, y).
    std::span<const uint32_t> at(double x, double y) const {
        return cellItems(size_t(row(y) * columns_ + column(x)));
    }

    // The cells a segment's box meets.
    template <typename Visit>
    void along(const Segment& g, const Visit& visit) const {
        const int64_t cx0 = column(std::min(g.x0, g.x1)), cx1 = column(std::max(g.x0, g.x1));
        const int64_t cy0 = row(std::min(g.y0, g.y1)), cy1 = row(std::max(g.y0, g.y1));
        for (int64_t cy = cy0; cy <= cy1; ++cy)
            for (int64_t cx = cx0; cx <= cx1; ++cx) visit(cellItems(size_t(cy * columns_ + cx)));
    }

private:
    std::span<const uint32_t> cellItems(size_t c) const {
        return {items_.data() + starts_[c], items_.data() + starts_[c + 1]};
    }
    int64_t column(double x) const {
        return std::clamp<int64_t>(int64_t(std::floor((x - x0_) / cell_)), 0, columns_ - 1);
    }
    int64_t row(double y) const {
        return std::clamp<int64_t>(int64_t(std::floor((y - y0_) / cell_)), 0, rows_ - 1);
    }

    double x0_, y0_, cell_;
    int64_t columns_ = 1, rows_ = 1;
    std::vector<uint32_t> starts_, items_;
};

double squaredDistanceToSegment(double px, double py, const Segment& s) {
    const double dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((px - s.x0) * dx + (py - s.y0) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = s.x0 + t * dx - px, ey = s.y0 + t * dy - py;
    return ex * ex + ey * ey;
}

// Where two segments cross (borders that overlap, drawn over each other), if they do.
bool crossing(const Segment& a, const Segment& b, double& x, double& y) {
    const double rx = a.x1 - a.x0, ry = a.y1 - a.y0, sx = b.x1 - b.x0, sy = b.y1 - b.y0;
    const double denominator = rx * sy - ry * sx;
    if (denominator == 0) return false;  // parallel: a shared stretch is found by its vertices
    const double qx = b.x0 - a.x0, qy = b.y0 - a.y0;
    const double t = (qx * sy - qy * sx) / denominator, u = (qx * ry - qy * rx) / denominator;
    if (t < 0 || t > 1 || u < 0 || u > 1) return false;
    x = a.x0 + t * rx;
    y = a.y0 + t * ry;
    return true;
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
    // No more cells than about four per segment, however small the segments.
    const double floorCell = std::sqrt(std::max(e.width(), 1e-300) * std::max(e.height(), 1e-300) /
                                       (4.0 * double(segments.size())));
    const SegmentGrid grid(segments, e, std::max({typical, 2 * tolerance, floorCell}), tolerance);
    const double tolerance2 = tolerance * tolerance;

    // Each vertex of each unit against the segments of other units near it.
    std::vector<Touch> touches;
    std::vector<uint32_t> seen;
    for (const Segment& s : segments) {
        seen.clear();
        for (uint32_t other : grid.at(s.x0, s.y0)) {
            const Segment& t = segments[other];
            if (t.feature == s.feature) continue;
            if (std::find(seen.begin(), seen.end(), t.feature) != seen.end()) continue;
            if (squaredDistanceToSegment(s.x0, s.y0, t) > tolerance2) continue;
            seen.push_back(t.feature);
            const uint32_t a = std::min(s.feature, t.feature), b = std::max(s.feature, t.feature);
            touches.push_back({(uint64_t(a) << 32) | b, s.x0, s.y0});
        }
    }
    // Borders drawn over each other (slivers of overlap) cross where no vertex lies near the other
    // border: each crossing is a touch.
    std::vector<uint32_t> candidates;
    std::vector<uint32_t> stamp(segments.size(), UINT32_MAX);  // the segment that last listed each
    for (uint32_t index = 0; index < segments.size(); ++index) {
        const Segment& s = segments[index];
        candidates.clear();
        grid.along(s, [&](std::span<const uint32_t> cell) {
            for (uint32_t other : cell)
                if (other > index && stamp[other] != index && segments[other].feature != s.feature) {
                    stamp[other] = index;
                    candidates.push_back(other);
                }
        });
        for (uint32_t other : candidates) {
            double x = 0, y = 0;
            if (!crossing(s, segments[other], x, y)) continue;
            const uint32_t a = std::min(s.feature, segments[other].feature),
                           b = std::max(s.feature, segments[other].feature);
            touches.push_back({(uint64_t(a) << 32) | b, x, y});
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
