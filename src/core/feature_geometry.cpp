#include "core/feature_geometry.h"

#include "core/run_on_threads.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <span>
#include <vector>

namespace bashu {

namespace {
// Squared: the minimum over a feature's segments is taken on squares and rooted once (hypot per
// segment was the costliest call of labelling a large map).
double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by) {
    const double dx = bx - ax, dy = by - ay;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = px - (ax + t * dx), ey = py - (ay + t * dy);
    return ex * ex + ey * ey;
}

// Positive inside the feature, negative outside: the quantity the pole maximises.
double signedDepth(const GeometryColumn& g, size_t feature, double x, double y) {
    const double d = distanceToFeature(g, feature, x, y);
    return featureContains(g, feature, x, y) ? d : -d;
}

struct Cell {
    double x, y, half, depth, best;  // best: the most depth any point in the cell can have
};
}  // namespace

bool featureContains(const GeometryColumn& g, size_t feature, double x, double y) {
    bool inside = false;  // even-odd over all rings of all parts: holes flip it back
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p)
        for (uint32_t r = g.partOffsets[p]; r < g.partOffsets[p + 1]; ++r) {
            const uint32_t first = g.ringOffsets[r], last = g.ringOffsets[r + 1];
            for (uint32_t i = first, j = last - 1; i < last; j = i++) {
                const double xi = g.xy[2 * i], yi = g.xy[2 * i + 1], xj = g.xy[2 * j], yj = g.xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
            }
        }
    return inside;
}

double distanceToFeature(const GeometryColumn& g, size_t feature, double x, double y) {
    double best = std::numeric_limits<double>::infinity();
    const bool closed = g.kind == GeometryKind::Polygon;
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p)
        for (uint32_t r = g.partOffsets[p]; r < g.partOffsets[p + 1]; ++r) {
            const uint32_t first = g.ringOffsets[r], last = g.ringOffsets[r + 1];
            if (last - first == 1) {
                const double ex = g.xy[2 * first] - x, ey = g.xy[2 * first + 1] - y;
                best = std::min(best, ex * ex + ey * ey);
            }
            for (uint32_t i = first; i + 1 < last; ++i)
                best = std::min(best, segmentDistanceSquared(x, y, g.xy[2 * i], g.xy[2 * i + 1],
                                                             g.xy[2 * i + 2], g.xy[2 * i + 3]));
            // A ring whose closing vertex is not repeated still has its closing edge.
            if (closed && last - first > 2)
                best = std::min(best,
                                segmentDistanceSquared(x, y, g.xy[2 * (last - 1)], g.xy[2 * (last - 1) + 1],
                                                       g.xy[2 * first], g.xy[2 * first + 1]));
        }
    return std::sqrt(best);
}

InteriorPoint poleOfInaccessibility(const GeometryColumn& g, size_t feature, double precision) {
    // The largest part's extent bounds the search.
    size_t largest = g.featureOffsets[feature];
    double largestArea = -1.0;
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p)
        if (const double area = polygonPartArea(g, p); area > largestArea) {
            largestArea = area;
            largest = p;
        }
    Extent extent;
    const uint32_t outer = g.partOffsets[largest];
    for (uint32_t i = g.ringOffsets[outer]; i < g.ringOffsets[outer + 1]; ++i)
        extent.include(g.xy[2 * i], g.xy[2 * i + 1]);
    if (extent.empty()) return {};
    const double size = std::min(extent.width(), extent.height());
    if (!(size > 0)) return {extent.centerX(), extent.centerY(), 0.0};
    precision = std::max(precision, size * 1e-4);  // bounded work whatever the caller asks

    auto makeCell = [&](double x, double y, double half) {
        const double depth = signedDepth(g, feature, x, y);
        return Cell{x, y, half, depth, depth + half * std::sqrt(2.0)};
    };
    auto worse = [](const Cell& a, const Cell& b) { return a.best < b.best; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(worse)> cells(worse);
    const double half = size / 2;
    for (double x = extent.minX; x < extent.maxX; x += size)
        for (double y = extent.minY; y < extent.maxY; y += size)
            cells.push(makeCell(x + half, y + half, half));
    Cell best = makeCell(extent.centerX(), extent.centerY(), 0);
    for (int visited = 0; !cells.empty() && visited < 20000; ++visited) {
        const Cell cell = cells.top();
        cells.pop();
        if (cell.depth > best.depth) best = cell;
        if (cell.best - best.depth <= precision) continue;  // nothing better inside
        const double h = cell.half / 2;
        for (double dx : {-h, h})
            for (double dy : {-h, h}) cells.push(makeCell(cell.x + dx, cell.y + dy, h));
    }
    return {best.x, best.y, std::max(best.depth, 0.0)};
}

bool isUprightRectangle(const GeometryColumn& geometry, size_t feature) {
    if (geometry.kind != GeometryKind::Polygon || feature >= geometry.featureCount()) return false;
    const uint32_t part = geometry.featureOffsets[feature];
    if (geometry.featureOffsets[feature + 1] != part + 1) return false;
    const uint32_t ring = geometry.partOffsets[part];
    if (geometry.partOffsets[part + 1] != ring + 1) return false;
    std::span<const double> xy = geometry.ring(ring);
    size_t n = xy.size() / 2;
    if (n == 5 && xy[0] == xy[8] && xy[1] == xy[9]) n = 4;
    if (n != 4) return false;
    // Each side along one axis: its ends share x or y, turn by turn.
    for (int start : {0, 1}) {
        bool upright = true;
        for (size_t i = 0; i < 4 && upright; ++i) {
            const size_t j = (i + 1) % 4;
            const bool alongX = (i + size_t(start)) % 2 == 0;
            upright = alongX ? xy[2 * i + 1] == xy[2 * j + 1] && xy[2 * i] != xy[2 * j]
                             : xy[2 * i] == xy[2 * j] && xy[2 * i + 1] != xy[2 * j + 1];
        }
        if (upright) return true;
    }
    return false;
}

double typicalFeatureSize(const GeometryColumn& geometry) {
    constexpr size_t kSample = 4096;
    const size_t features = geometry.featureCount(), step = std::max<size_t>(1, features / kSample);
    std::vector<double> sizes;
    for (size_t f = 0; f < features; f += step) {
        const Extent e = geometry.featureExtent(f);
        if (!e.empty()) sizes.push_back(std::max(e.width(), e.height()));
    }
    if (sizes.empty()) return 0.0;
    std::nth_element(sizes.begin(), sizes.begin() + std::ptrdiff_t(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

Extent featureViewExtent(const GeometryColumn& geometry, size_t feature, double mapWidth) {
    const Extent all = geometry.featureExtent(feature);
    if (all.empty() || all.width() <= mapWidth / 2.0) return all;
    struct Part {
        Extent box;
        double weight = 0.0;
    };
    std::vector<Part> parts;
    for (size_t p = geometry.featureOffsets[feature]; p < geometry.featureOffsets[feature + 1]; ++p) {
        Part part;
        for (uint32_t r = geometry.partOffsets[p]; r < geometry.partOffsets[p + 1]; ++r) {
            const std::span<const double> ring = geometry.ring(r);
            for (size_t i = 0; i < ring.size(); i += 2) part.box.include(ring[i], ring[i + 1]);
        }
        if (part.box.empty()) continue;
        part.weight = geometry.kind == GeometryKind::Polygon
                          ? polygonPartArea(geometry, p)
                          : double(geometry.ringOffsets[geometry.partOffsets[p + 1]] -
                                   geometry.ringOffsets[geometry.partOffsets[p]]);
        parts.push_back(part);
    }
    std::sort(parts.begin(), parts.end(),
              [](const Part& a, const Part& b) { return a.box.minX < b.box.minX; });
    // The widest stretch of x that no part covers, between the parts west of it and east of it.
    double reach = parts.empty() ? 0.0 : parts[0].box.maxX, widest = 0.0;
    size_t split = 0;
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].box.minX - reach > widest) widest = parts[i].box.minX - reach, split = i;
        reach = std::max(reach, parts[i].box.maxX);
    }
    if (split == 0 || widest <= all.width() / 3.0) return all;
    Extent west, east;
    double westWeight = 0.0, eastWeight = 0.0;
    for (size_t i = 0; i < parts.size(); ++i) {
        (i < split ? west : east).include(parts[i].box);
        (i < split ? westWeight : eastWeight) += parts[i].weight;
    }
    return westWeight >= eastWeight ? west : east;
}

GeometryColumn interiorPoints(const GeometryColumn& polygons) {
    const GeometryColumn& g = polygons;
    std::vector<InteriorPoint> points(g.featureCount());
    std::vector<uint8_t> has(g.featureCount(), 0);
    // As label placement finds a unit's label place (a hundredth of its size), so a circle and
    // the unit's name share one centre; split over the cores, as the search is the bulk of it.
    auto find = [&](size_t first, size_t step) {
        for (size_t f = first; f < g.featureCount(); f += step) {
            if (g.featureOffsets[f] == g.featureOffsets[f + 1]) continue;
            double area = 0.0;
            for (uint32_t p = g.featureOffsets[f]; p < g.featureOffsets[f + 1]; ++p)
                area += polygonPartArea(g, p);
            points[f] = poleOfInaccessibility(g, f, 0.01 * std::sqrt(area));
            has[f] = 1;
        }
    };
    const size_t threads = threadsFor(g.vertexCount(), 20'000);
    runOnThreads(threads, [&](size_t t) { find(t, threads); });
    GeometryColumn out;
    out.kind = GeometryKind::Point;
    for (size_t f = 0; f < g.featureCount(); ++f) {
        if (has[f]) {
            out.addVertex(points[f].x, points[f].y);
            out.endRing();
            out.endPart();
        }
        out.endFeature();
    }
    return out;
}

GeometryColumn clippedToBox(const GeometryColumn& g, size_t feature, const Extent& box) {
    GeometryColumn out;
    out.kind = GeometryKind::Polygon;
    using Point = std::pair<double, double>;
    // One edge of the box at a time: keeps the points on its inner side, adds the crossings.
    const auto clip = [](const std::vector<Point>& ring, auto inside, auto cross) {
        std::vector<Point> kept;
        for (size_t i = 0; i < ring.size(); ++i) {
            const Point& a = ring[(i + ring.size() - 1) % ring.size()];
            const Point& b = ring[i];
            if (inside(b)) {
                if (!inside(a)) kept.push_back(cross(a, b));
                kept.push_back(b);
            } else if (inside(a)) {
                kept.push_back(cross(a, b));
            }
        }
        return kept;
    };
    const auto atX = [](double x) {
        return [x](const Point& a, const Point& b) {
            return Point{x, a.second + (b.second - a.second) * (x - a.first) / (b.first - a.first)};
        };
    };
    const auto atY = [](double y) {
        return [y](const Point& a, const Point& b) {
            return Point{a.first + (b.first - a.first) * (y - a.second) / (b.second - a.second), y};
        };
    };
    bool any = false;
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p) {
        bool partKept = false;
        for (uint32_t r = g.partOffsets[p]; r < g.partOffsets[p + 1]; ++r) {
            std::vector<Point> ring;
            for (uint32_t i = g.ringOffsets[r]; i < g.ringOffsets[r + 1]; ++i)
                ring.emplace_back(g.xy[2 * i], g.xy[2 * i + 1]);
            ring = clip(
                ring, [&](const Point& q) { return q.first >= box.minX; }, atX(box.minX));
            ring = clip(
                ring, [&](const Point& q) { return q.first <= box.maxX; }, atX(box.maxX));
            ring = clip(
                ring, [&](const Point& q) { return q.second >= box.minY; }, atY(box.minY));
            ring = clip(
                ring, [&](const Point& q) { return q.second <= box.maxY; }, atY(box.maxY));
            if (ring.size() < 3) continue;
            for (const auto& [x, y] : ring) out.addVertex(x, y);
            out.endRing();
            partKept = true;
        }
        if (partKept) {
            out.endPart();
            any = true;
        }
    }
    if (any) out.endFeature();
    return out;
}

}  // namespace bashu
