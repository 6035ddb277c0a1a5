#include "scene/label_placement.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/feature_geometry.h"
#include "core/run_on_threads.h"

namespace bashu {

namespace {
constexpr size_t kMostLabelsTried = 20000;  // a national layer: only the most important are tried

// The middle vertex of a line feature's longest part, and the length of all its parts.
struct LineMiddle {
    double x = 0.0, y = 0.0, length = 0.0;
};
LineMiddle lineMiddle(const GeometryColumn& g, size_t feature) {
    double bestLength = -1.0;
    LineMiddle middle;
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p) {
        const uint32_t first = g.ringOffsets[g.partOffsets[p]], last = g.ringOffsets[g.partOffsets[p] + 1];
        double length = 0.0;
        for (uint32_t i = first; i + 1 < last; ++i)
            length += std::hypot(g.xy[2 * i + 2] - g.xy[2 * i], g.xy[2 * i + 3] - g.xy[2 * i + 1]);
        middle.length += length;
        if (length > bestLength && last > first) {
            bestLength = length;
            const uint32_t mid = first + (last - first) / 2;
            middle.x = g.xy[2 * mid];
            middle.y = g.xy[2 * mid + 1];
        }
    }
    return middle;
}

// Whether the box (in pixels) lies inside the polygon: its corners and edge midpoints are.
bool fitsInside(const GeometryColumn& g, size_t feature, const PixelBox& box, const Camera& camera) {
    const float mx = 0.5f * (box.x0 + box.x1), my = 0.5f * (box.y0 + box.y1);
    const std::pair<float, float> probes[] = {{box.x0, box.y0}, {box.x1, box.y0}, {box.x0, box.y1},
                                              {box.x1, box.y1}, {mx, box.y0},     {mx, box.y1},
                                              {box.x0, my},     {box.x1, my}};
    for (auto [px, py] : probes) {
        double x = 0.0, y = 0.0;
        camera.pixelToMap(px, py, x, y);
        if (!featureContains(g, feature, x, y)) return false;
    }
    return true;
}

// A box that labels keep clear of: axis-aligned (a label along no line, the furniture) or turned.
// Two axis-aligned ones are compared as they always were, by their boxes; any turned one by
// separating axes, after a test of the bounds.
struct Obstacle {
    PixelBox bound;
    RotatedBox turned;
    bool isTurned = false;

    static Obstacle axisAligned(const PixelBox& box) { return {box, RotatedBox::of(box), false}; }
    static Obstacle rotated(const RotatedBox& box) { return {box.bound(), box, box.angle != 0.0f}; }

    Obstacle padded(float gap) const {
        if (!isTurned) return axisAligned({bound.x0 - gap, bound.y0 - gap, bound.x1 + gap, bound.y1 + gap});
        RotatedBox grown = turned;
        grown.halfWidth += gap;
        grown.halfHeight += gap;
        return rotated(grown);
    }
    bool overlaps(const Obstacle& o) const {
        if (!bound.overlaps(o.bound)) return false;
        return (!isTurned && !o.isTurned) || turned.overlaps(o.turned);
    }
};

// The point `along` pixels along a polyline whose vertex i lies `arc[i]` along it.
Point2 pointAlong(std::span<const Point2> line, const std::vector<double>& arc, size_t segment,
                  double along) {
    const double length = arc[segment + 1] - arc[segment];
    const double t = length > 0 ? std::clamp((along - arc[segment]) / length, 0.0, 1.0) : 0.0;
    const Point2 a = line[segment], b = line[segment + 1];
    return {float(a.x + t * (b.x - a.x)), float(a.y + t * (b.y - a.y))};
}

// The part of [0, 1] of the segment from a to b inside the box (Liang-Barsky); false when none.
bool clipSegment(Point2 a, Point2 b, const PixelBox& box, double& t0, double& t1) {
    t0 = 0.0;
    t1 = 1.0;
    const double dx = double(b.x) - a.x, dy = double(b.y) - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {double(a.x) - box.x0, double(box.x1) - a.x, double(a.y) - box.y0,
                         double(box.y1) - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0) return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
    }
    return t0 <= t1;
}

// The label's box on the stretch of the line starting `start` pixels along it: its chord reaches
// `reach` pixels from there and the line between strays less than `tolerance` from the chord.
std::optional<RotatedBox> stretchAt(std::span<const Point2> line, const std::vector<double>& arc,
                                    double start, double reach, double tolerance, float width, float height) {
    // The segment holding the start: the last vertex at or before it.
    const size_t first =
        std::min(size_t(std::upper_bound(arc.begin(), arc.end(), start) - arc.begin()), arc.size() - 1) - 1;
    const Point2 p0 = pointAlong(line, arc, first, start);
    std::optional<Point2> p1;
    size_t last = first + 1;  // the vertex where the chord is reached
    for (Point2 previous = p0; last < line.size(); previous = line[last], ++last) {
        const double vx = double(line[last].x) - p0.x, vy = double(line[last].y) - p0.y;
        if (vx * vx + vy * vy < reach * reach) continue;
        // Where the segment from `previous` (nearer than reach) to this vertex crosses the circle.
        const double ax = double(previous.x) - p0.x, ay = double(previous.y) - p0.y;
        const double dx = vx - ax, dy = vy - ay;
        const double a = dx * dx + dy * dy, b = 2 * (ax * dx + ay * dy),
                     c = ax * ax + ay * ay - reach * reach;
        const double t = (-b + std::sqrt(std::max(0.0, b * b - 4 * a * c))) / (2 * a);
        p1 = Point2{float(p0.x + ax + t * dx), float(p0.y + ay + t * dy)};
        break;
    }
    if (!p1) return std::nullopt;
    const double ux = (double(p1->x) - p0.x) / reach, uy = (double(p1->y) - p0.y) / reach;
    // The vertices between the ends lie within `reach` of the start, so only their distance
    // across the chord, and a step back before its start, can spoil the stretch.
    for (size_t i = first + 1; i < last; ++i) {
        const double vx = double(line[i].x) - p0.x, vy = double(line[i].y) - p0.y;
        if (std::abs(vx * uy - vy * ux) >= tolerance || vx * ux + vy * uy < -tolerance) return std::nullopt;
    }
    // Text reads left to right, or down where it stands upright: the angle stays in (-90, 90].
    double angle = std::atan2(uy, ux);
    if (angle > std::numbers::pi / 2) angle -= std::numbers::pi;
    if (angle <= -std::numbers::pi / 2) angle += std::numbers::pi;
    return RotatedBox{0.5f * (p0.x + p1->x), 0.5f * (p0.y + p1->y), 0.5f * width, 0.5f * height,
                      float(angle)};
}

// The label's box along one line feature: its parts in pixels, the longest first.
std::optional<RotatedBox> placeOnLine(const GeometryColumn& g, size_t feature, const Camera& camera,
                                      float width, float height, const PixelBox& area,
                                      const std::function<bool(const RotatedBox&)>& accept) {
    std::vector<std::pair<double, std::vector<Point2>>> parts;
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p) {
        const uint32_t first = g.ringOffsets[g.partOffsets[p]], last = g.ringOffsets[g.partOffsets[p] + 1];
        std::vector<Point2> line;
        double length = 0.0;
        for (uint32_t i = first; i < last; ++i) {
            double px = 0.0, py = 0.0;
            camera.mapToPixel(g.xy[2 * i], g.xy[2 * i + 1], px, py);
            if (!line.empty()) length += std::hypot(px - line.back().x, py - line.back().y);
            line.push_back(Point2{float(px), float(py)});
        }
        parts.emplace_back(length, std::move(line));
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [length, line] : parts)
        if (std::optional<RotatedBox> box = placeAlongLine(line, width, height, area, accept)) return box;
    return std::nullopt;
}
}  // namespace

RotatedBox RotatedBox::of(const PixelBox& box) {
    return {0.5f * (box.x0 + box.x1), 0.5f * (box.y0 + box.y1), 0.5f * (box.x1 - box.x0),
            0.5f * (box.y1 - box.y0), 0.0f};
}

std::array<Point2, 4> RotatedBox::corners() const {
    const float c = std::cos(angle), s = std::sin(angle);
    const float ax = halfWidth * c, ay = halfWidth * s;     // along the text
    const float bx = -halfHeight * s, by = halfHeight * c;  // across it, downwards in the text
    return {Point2{cx - ax - bx, cy - ay - by}, Point2{cx + ax - bx, cy + ay - by},
            Point2{cx + ax + bx, cy + ay + by}, Point2{cx - ax + bx, cy - ay + by}};
}

PixelBox RotatedBox::bound() const {
    const std::array<Point2, 4> c = corners();
    PixelBox box{c[0].x, c[0].y, c[0].x, c[0].y};
    for (const Point2& p : c) {
        box.x0 = std::min(box.x0, p.x);
        box.y0 = std::min(box.y0, p.y);
        box.x1 = std::max(box.x1, p.x);
        box.y1 = std::max(box.y1, p.y);
    }
    return box;
}

bool RotatedBox::overlaps(const RotatedBox& o) const {
    // Two rectangles are apart exactly when their shadows on one of their four edge directions
    // are apart (separating axis theorem); touching shadows count as apart, as in PixelBox.
    const float c0 = std::cos(angle), s0 = std::sin(angle), c1 = std::cos(o.angle), s1 = std::sin(o.angle);
    const float dx = o.cx - cx, dy = o.cy - cy;
    const std::array<std::pair<float, float>, 4> axes{{{c0, s0}, {-s0, c0}, {c1, s1}, {-s1, c1}}};
    for (const auto& [ux, uy] : axes) {
        const float reach =
            halfWidth * std::abs(c0 * ux + s0 * uy) + halfHeight * std::abs(-s0 * ux + c0 * uy) +
            o.halfWidth * std::abs(c1 * ux + s1 * uy) + o.halfHeight * std::abs(-s1 * ux + c1 * uy);
        if (std::abs(dx * ux + dy * uy) >= reach) return false;
    }
    return true;
}

RotatedBox PlacedLabel::textBox() const {
    return {0.5f * (box.x0 + box.x1), 0.5f * (box.y0 + box.y1), 0.5f * width, 0.5f * height, angle};
}

std::optional<RotatedBox> placeAlongLine(std::span<const Point2> line, float width, float height,
                                         const PixelBox& area,
                                         const std::function<bool(const RotatedBox&)>& accept) {
    if (line.size() < 2 || !(width > 0.0f && height > 0.0f)) return std::nullopt;
    std::vector<double> arc(line.size(), 0.0);
    for (size_t i = 1; i < line.size(); ++i)
        arc[i] =
            arc[i - 1] + std::hypot(double(line[i].x) - line[i - 1].x, double(line[i].y) - line[i - 1].y);
    const double reach = double(width) + double(height), tolerance = 0.3 * double(height);
    const double step = std::max(0.5, 0.25 * double(height));
    if (!(arc.back() >= reach)) return std::nullopt;  // a chord is never longer than its arc
    // The part of the line inside the area, from the first point inside it to the last.
    double seen0 = arc.back(), seen1 = 0.0;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        double t0 = 0.0, t1 = 0.0;
        if (!clipSegment(line[i], line[i + 1], area, t0, t1)) continue;
        const double length = arc[i + 1] - arc[i];
        seen0 = std::min(seen0, arc[i] + t0 * length);
        seen1 = std::max(seen1, arc[i] + t1 * length);
    }
    if (seen0 > seen1) return std::nullopt;
    // Starts every `step` from the one centring the stretch on the middle of what is seen,
    // nearest first; a box inside the area has its chord's ends within `reach` of the part seen.
    const double centred = 0.5 * (seen0 + seen1) - 0.5 * reach;
    const double lowest = std::max(0.0, seen0 - reach), highest = std::min(arc.back() - reach, seen1);
    const long kMin = long(std::ceil((lowest - centred) / step)),
               kMax = long(std::floor((highest - centred) / step));
    constexpr long kMostStretchesTried = 4096;  // a line many screens long when zoomed far in
    long tried = 0;
    for (long k = 0; tried < kMostStretchesTried && (k <= kMax || -k >= kMin); ++k) {
        const long offsets[2] = {k, -k};
        for (int i = 0; i < (k == 0 ? 1 : 2); ++i) {
            if (offsets[i] < kMin || offsets[i] > kMax) continue;
            ++tried;
            const std::optional<RotatedBox> box =
                stretchAt(line, arc, centred + double(offsets[i]) * step, reach, tolerance, width, height);
            if (box && box->bound().inside(area) && accept(*box)) return box;
        }
    }
    return std::nullopt;
}

std::vector<LabelCandidate> labelCandidates(const Layer& layer, const LabelStyle& style) {
    std::vector<LabelCandidate> candidates;
    const Column* text = layer.attributes.find(style.field);
    if (!text) return candidates;
    const Column* ranking = style.priority == "area" ? nullptr : layer.attributes.find(style.priority);
    const GeometryColumn& g = layer.geometry;
    auto labelled = [&](size_t f) {
        return !text->isNull(f) && !text->text(f).empty() && g.featureOffsets[f] != g.featureOffsets[f + 1];
    };
    // Units' areas and poles first, split over the cores: the pole search measures distances
    // to every vertex of the unit many times over, the bulk of building a labelled map's scene.
    std::vector<double> areas;
    std::vector<InteriorPoint> poles;
    if (g.kind == GeometryKind::Polygon) {
        areas.assign(g.featureCount(), 0.0);
        poles.resize(g.featureCount());
        auto findPoles = [&](size_t first, size_t step) {
            for (size_t f = first; f < g.featureCount(); f += step) {
                if (!labelled(f)) continue;
                for (uint32_t p = g.featureOffsets[f]; p < g.featureOffsets[f + 1]; ++p)
                    areas[f] += polygonPartArea(g, p);
                // A hundredth of the unit's size is far finer than a label's pixel position.
                poles[f] = poleOfInaccessibility(g, f, 0.01 * std::sqrt(areas[f]));
            }
        };
        const size_t threads = threadsFor(g.vertexCount(), 20'000);
        runOnThreads(threads, [&](size_t t) { findPoles(t, threads); });
    }
    for (size_t f = 0; f < g.featureCount(); ++f) {
        if (!labelled(f)) continue;
        LabelCandidate c;
        c.feature = f;
        c.text = text->text(f);
        switch (g.kind) {
            case GeometryKind::Polygon:
                c.x = poles[f].x;
                c.y = poles[f].y;
                c.priority = areas[f];
                break;
            case GeometryKind::Line: {
                const LineMiddle middle = lineMiddle(g, f);
                c.x = middle.x;
                c.y = middle.y;
                c.priority = middle.length;  // like a unit's area: the longer line first
                break;
            }
            case GeometryKind::Point: {
                const uint32_t first = g.ringOffsets[g.partOffsets[g.featureOffsets[f]]];
                c.x = g.xy[2 * first];
                c.y = g.xy[2 * first + 1];
                break;
            }
        }
        if (ranking) c.priority = ranking->number(f).value_or(-1e300);
        candidates.push_back(std::move(c));
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    return candidates;
}

std::vector<PlacedLabel> placeLabels(const std::vector<LabelLayer>& layersTopFirst, const Camera& camera,
                                     float pixelScale, const MeasureText& measure,
                                     const std::vector<PixelBox>& occupied, const PixelBox& area) {
    std::vector<PlacedLabel> placed;
    std::vector<Obstacle> taken;
    for (const PixelBox& box : occupied) taken.push_back(Obstacle::axisAligned(box));
    const float gap = 3.0f * pixelScale;
    auto isFree = [&](const Obstacle& label) {
        if (!label.bound.inside(area)) return false;
        const Obstacle padded = label.padded(gap);
        return std::none_of(taken.begin(), taken.end(),
                            [&](const Obstacle& t) { return t.overlaps(padded); });
    };
    const Extent visible = camera.visibleExtent();
    for (const LabelLayer& layer : layersTopFirst) {
        if (!layer.candidates || !layer.geometry || !layer.style) continue;
        const float size = float(layer.style->size) * pixelScale;
        const Rgba8 color = layer.style->color, halo = layer.style->halo;
        size_t tried = 0;
        for (const LabelCandidate& c : *layer.candidates) {
            if (layer.geometry->kind == GeometryKind::Line) {
                // A line is labelled wherever it is seen, not only about its anchor.
                const Extent e = layer.geometry->featureExtent(c.feature);
                if (e.empty() || e.maxX < visible.minX || e.minX > visible.maxX || e.maxY < visible.minY ||
                    e.minY > visible.maxY)
                    continue;
                if (++tried > kMostLabelsTried) break;
                const auto [w, h] = measure(c.text, size);
                const std::optional<RotatedBox> box =
                    placeOnLine(*layer.geometry, c.feature, camera, w, h, area,
                                [&](const RotatedBox& b) { return isFree(Obstacle::rotated(b)); });
                if (!box) continue;  // nowhere straight enough: no label, rather than one adrift
                placed.push_back(PlacedLabel{c.text, box->bound(), size, color, halo, w, h, box->angle});
                taken.push_back(Obstacle::rotated(*box));
                continue;
            }
            double ax = c.x, ay = c.y;
            if (ax < visible.minX || ax > visible.maxX || ay < visible.minY || ay > visible.maxY) {
                // Zoomed in on a unit whose label point is off screen: the label goes to the
                // middle of the part that is on screen, if the unit is seen at all.
                if (layer.geometry->kind != GeometryKind::Polygon) continue;
                const Extent e = layer.geometry->featureExtent(c.feature);
                if (e.empty() || e.maxX < visible.minX || e.minX > visible.maxX || e.maxY < visible.minY ||
                    e.minY > visible.maxY)
                    continue;
                const GeometryColumn seen = clippedToBox(*layer.geometry, c.feature, visible);
                if (seen.featureCount() == 0) continue;
                const InteriorPoint pole = poleOfInaccessibility(seen, 0, camera.unitsPerPixel);
                ax = pole.x;
                ay = pole.y;
            }
            if (++tried > kMostLabelsTried) break;
            double px = 0.0, py = 0.0;
            camera.mapToPixel(ax, ay, px, py);
            const auto [w, h] = measure(c.text, size);
            std::vector<PixelBox> options;
            if (layer.geometry->kind == GeometryKind::Point) {
                const std::vector<float>* diameters = layer.symbolDiameters;
                const bool ownSize = diameters && c.feature < diameters->size();
                if (ownSize && (*diameters)[c.feature] <= 0.0f) continue;
                const float r = (ownSize ? 0.5f * (*diameters)[c.feature] : layer.symbolRadius) *
                                    (layer.symbolScale > 0 ? layer.symbolScale : pixelScale) +
                                gap;
                const float x = float(px), y = float(py);
                options = {{x + r, y - h / 2, x + r + w, y + h / 2},
                           {x - r - w, y - h / 2, x - r, y + h / 2},
                           {x - w / 2, y - r - h, x + w / 2, y - r},
                           {x - w / 2, y + r, x + w / 2, y + r + h}};
            } else {
                options = {{float(px) - w / 2, float(py) - h / 2, float(px) + w / 2, float(py) + h / 2}};
            }
            for (const PixelBox& box : options) {
                if (!isFree(Obstacle::axisAligned(box))) continue;
                if (layer.geometry->kind == GeometryKind::Polygon &&
                    !fitsInside(*layer.geometry, c.feature, box, camera))
                    continue;
                placed.push_back(PlacedLabel{c.text, box, size, color, halo, w, h, 0.0f});
                taken.push_back(Obstacle::axisAligned(box));
                break;
            }
        }
    }
    return placed;
}

}  // namespace bashu
