#include "spatial/distance_weights.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <queue>
#include <string>
#include <utility>

namespace bashu {

namespace {

constexpr double kEarthRadius = 6371008.8;  // metres, the mean radius (IUGG)

// Points in 3 dimensions (the plane has z = 0; the sphere's unit vectors times its radius), so
// that the straight-line (chord) distance orders pairs as the great-circle distance does.
using Point3 = std::array<double, 3>;

Point3 toPoint(const UnitCentre& c, DistanceMetric metric) {
    if (metric == DistanceMetric::Planar) return {c.x, c.y, 0.0};
    const double lon = c.x * std::numbers::pi / 180.0, lat = c.y * std::numbers::pi / 180.0;
    return {kEarthRadius * std::cos(lat) * std::cos(lon), kEarthRadius * std::cos(lat) * std::sin(lon),
            kEarthRadius * std::sin(lat)};
}

double squared(const Point3& a, const Point3& b) {
    const double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
    return dx * dx + dy * dy + dz * dz;
}

// A k-d tree over the points (indices into them), for nearest and within-radius queries.
class KdTree {
public:
    explicit KdTree(const std::vector<Point3>& points, std::vector<uint32_t> ids)
        : points_(points), ids_(std::move(ids)) {
        build(0, ids_.size(), 0);
    }

    // The k nearest to `q` other than `self`, nearest first.
    std::vector<uint32_t> nearest(const Point3& q, uint32_t self, size_t k) const {
        std::priority_queue<std::pair<double, uint32_t>> best;  // farthest on top
        nearest(q, self, k, 0, ids_.size(), 0, best);
        std::vector<uint32_t> out(best.size());
        for (size_t i = out.size(); i-- > 0; best.pop()) out[i] = best.top().second;
        return out;
    }

    // Every point within sqrt(radius2) of `q` other than `self`.
    void within(const Point3& q, uint32_t self, double radius2, std::vector<uint32_t>& out) const {
        within(q, self, radius2, 0, ids_.size(), 0, out);
    }

private:
    void build(size_t begin, size_t end, int axis) {
        if (end - begin <= 1) return;
        const size_t mid = begin + (end - begin) / 2;
        std::nth_element(ids_.begin() + std::ptrdiff_t(begin), ids_.begin() + std::ptrdiff_t(mid),
                         ids_.begin() + std::ptrdiff_t(end),
                         [&](uint32_t a, uint32_t b) { return points_[a][axis] < points_[b][axis]; });
        build(begin, mid, (axis + 1) % 3);
        build(mid + 1, end, (axis + 1) % 3);
    }

    void nearest(const Point3& q, uint32_t self, size_t k, size_t begin, size_t end, int axis,
                 std::priority_queue<std::pair<double, uint32_t>>& best) const {
        if (begin >= end) return;
        const size_t mid = begin + (end - begin) / 2;
        const uint32_t id = ids_[mid];
        if (id != self) {
            const double d = squared(q, points_[id]);
            if (best.size() < k)
                best.push({d, id});
            else if (d < best.top().first || (d == best.top().first && id < best.top().second)) {
                best.pop();
                best.push({d, id});
            }
        }
        const double diff = q[axis] - points_[id][axis];
        const int next = (axis + 1) % 3;
        const bool left = diff < 0;
        nearest(q, self, k, left ? begin : mid + 1, left ? mid : end, next, best);
        if (best.size() < k || diff * diff <= best.top().first)
            nearest(q, self, k, left ? mid + 1 : begin, left ? end : mid, next, best);
    }

    void within(const Point3& q, uint32_t self, double radius2, size_t begin, size_t end, int axis,
                std::vector<uint32_t>& out) const {
        if (begin >= end) return;
        const size_t mid = begin + (end - begin) / 2;
        const uint32_t id = ids_[mid];
        if (id != self && squared(q, points_[id]) <= radius2) out.push_back(id);
        const double diff = q[axis] - points_[id][axis];
        const int next = (axis + 1) % 3;
        if (diff <= 0 || diff * diff <= radius2) within(q, self, radius2, begin, mid, next, out);
        if (diff >= 0 || diff * diff <= radius2) within(q, self, radius2, mid + 1, end, next, out);
    }

    const std::vector<Point3>& points_;
    std::vector<uint32_t> ids_;
};

// The centres as points of the metric's space, and the units that have one.
std::pair<std::vector<Point3>, std::vector<uint32_t>> placedCentres(const std::vector<UnitCentre>& centres,
                                                                    DistanceMetric metric) {
    std::vector<Point3> points(centres.size());
    std::vector<uint32_t> ids;
    for (uint32_t i = 0; i < centres.size(); ++i)
        if (centres[i].valid) {
            points[i] = toPoint(centres[i], metric);
            ids.push_back(i);
        }
    return {std::move(points), std::move(ids)};
}

}  // namespace

std::vector<UnitCentre> unitCentres(const GeometryColumn& g) {
    std::vector<UnitCentre> out(g.featureCount());
    for (size_t f = 0; f < g.featureCount(); ++f) {
        double sx = 0, sy = 0, weight = 0;  // area-weighted (polygons) or vertex sums
        double vx = 0, vy = 0;
        size_t vertices = 0;
        for (uint32_t part = g.featureOffsets[f]; part < g.featureOffsets[f + 1]; ++part)
            for (uint32_t ring = g.partOffsets[part]; ring < g.partOffsets[part + 1]; ++ring) {
                const auto xy = g.ring(ring);
                const size_t count = xy.size() / 2;
                for (size_t v = 0; v < count; ++v) {
                    vx += xy[2 * v];
                    vy += xy[2 * v + 1];
                    ++vertices;
                }
                if (g.kind != GeometryKind::Polygon) continue;
                // Signed: holes, wound against their outer ring, take their area away.
                for (size_t v = 0; v < count; ++v) {
                    const size_t w = (v + 1) % count;
                    const double cross = xy[2 * v] * xy[2 * w + 1] - xy[2 * w] * xy[2 * v + 1];
                    sx += (xy[2 * v] + xy[2 * w]) * cross;
                    sy += (xy[2 * v + 1] + xy[2 * w + 1]) * cross;
                    weight += cross;
                }
            }
        if (vertices == 0) continue;
        UnitCentre& c = out[f];
        if (g.kind == GeometryKind::Polygon && weight != 0) {
            // Each ring's orientation is its own: rings wound the other way (clockwise outer rings)
            // give the same centroid, as numerator and area change sign together.
            c.x = sx / (3.0 * weight);
            c.y = sy / (3.0 * weight);
        } else if (g.kind == GeometryKind::Point) {
            const auto xy = g.ring(g.partOffsets[g.featureOffsets[f]]);
            c.x = xy[0];
            c.y = xy[1];
        } else {
            c.x = vx / double(vertices);
            c.y = vy / double(vertices);
        }
        c.valid = std::isfinite(c.x) && std::isfinite(c.y);
    }
    return out;
}

double centreDistance(const UnitCentre& a, const UnitCentre& b, DistanceMetric metric) {
    if (metric == DistanceMetric::Planar) return std::hypot(a.x - b.x, a.y - b.y);
    const double rad = std::numbers::pi / 180.0;
    const double dLat = (b.y - a.y) * rad, dLon = (b.x - a.x) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.y * rad) * std::cos(b.y * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<SpatialWeights> nearestNeighbourWeights(const std::vector<UnitCentre>& centres, int k,
                                               DistanceMetric metric) {
    const auto [points, ids] = placedCentres(centres, metric);
    if (k < 1 || size_t(k) >= ids.size())
        return Error{"k nearest neighbours needs k from 1 to " +
                     std::to_string(ids.empty() ? 0 : ids.size() - 1) +
                     " (units with a centre less one), not " + std::to_string(k)};
    const KdTree tree(points, ids);
    std::vector<std::vector<uint32_t>> neighbours(centres.size());
    for (uint32_t i : ids) neighbours[i] = tree.nearest(points[i], i, size_t(k));
    return binaryWeights(std::move(neighbours));
}

Result<SpatialWeights> distanceBandWeights(const std::vector<UnitCentre>& centres, double band,
                                           DistanceMetric metric) {
    if (!(band > 0) || !std::isfinite(band))
        return Error{"a distance band must be above 0, not " + std::to_string(band)};
    const auto [points, ids] = placedCentres(centres, metric);
    // On the sphere the band is an arc: the chord it spans.
    const double chord =
        metric == DistanceMetric::Planar
            ? band
            : 2 * kEarthRadius * std::sin(std::min(band / (2 * kEarthRadius), std::numbers::pi / 2));
    const KdTree tree(points, ids);
    std::vector<std::vector<uint32_t>> neighbours(centres.size());
    for (uint32_t i : ids) tree.within(points[i], i, chord * chord * (1 + 1e-12), neighbours[i]);
    return binaryWeights(std::move(neighbours));
}

}  // namespace bashu
