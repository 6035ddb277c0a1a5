#include "scene/label_placement.h"

#include <algorithm>
#include <cmath>

#include "core/feature_geometry.h"

namespace bashu {

namespace {
constexpr size_t kMostLabelsTried = 20000;  // a national layer: only the most important are tried

// The middle vertex of a line feature's longest part: where its label goes.
std::pair<double, double> lineMiddle(const GeometryColumn& g, size_t feature) {
    double bestLength = -1.0;
    std::pair<double, double> middle{0.0, 0.0};
    for (uint32_t p = g.featureOffsets[feature]; p < g.featureOffsets[feature + 1]; ++p) {
        const uint32_t first = g.ringOffsets[g.partOffsets[p]], last = g.ringOffsets[g.partOffsets[p] + 1];
        double length = 0.0;
        for (uint32_t i = first; i + 1 < last; ++i)
            length += std::hypot(g.xy[2 * i + 2] - g.xy[2 * i], g.xy[2 * i + 3] - g.xy[2 * i + 1]);
        if (length > bestLength && last > first) {
            bestLength = length;
            const uint32_t mid = first + (last - first) / 2;
            middle = {g.xy[2 * mid], g.xy[2 * mid + 1]};
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
}  // namespace

std::vector<LabelCandidate> labelCandidates(const Layer& layer, const LabelStyle& style) {
    std::vector<LabelCandidate> candidates;
    const Column* text = layer.attributes.find(style.field);
    if (!text) return candidates;
    const Column* ranking = style.priority == "area" ? nullptr : layer.attributes.find(style.priority);
    const GeometryColumn& g = layer.geometry;
    for (size_t f = 0; f < g.featureCount(); ++f) {
        if (text->isNull(f) || text->text(f).empty() || g.featureOffsets[f] == g.featureOffsets[f + 1])
            continue;
        LabelCandidate c;
        c.feature = f;
        c.text = text->text(f);
        switch (g.kind) {
            case GeometryKind::Polygon: {
                double area = 0.0;
                for (uint32_t p = g.featureOffsets[f]; p < g.featureOffsets[f + 1]; ++p)
                    area += polygonPartArea(g, p);
                // A hundredth of the unit's size is far finer than a label's pixel position.
                const InteriorPoint pole = poleOfInaccessibility(g, f, 0.01 * std::sqrt(area));
                c.x = pole.x;
                c.y = pole.y;
                c.priority = area;
                break;
            }
            case GeometryKind::Line:
                std::tie(c.x, c.y) = lineMiddle(g, f);
                break;
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
    std::vector<PixelBox> taken = occupied;
    const float gap = 3.0f * pixelScale;
    auto isFree = [&](const PixelBox& box) {
        if (!box.inside(area)) return false;
        const PixelBox padded{box.x0 - gap, box.y0 - gap, box.x1 + gap, box.y1 + gap};
        return std::none_of(taken.begin(), taken.end(),
                            [&](const PixelBox& t) { return t.overlaps(padded); });
    };
    const Extent visible = camera.visibleExtent();
    for (const LabelLayer& layer : layersTopFirst) {
        if (!layer.candidates || !layer.geometry || !layer.style) continue;
        const float size = float(layer.style->size) * pixelScale;
        size_t tried = 0;
        for (const LabelCandidate& c : *layer.candidates) {
            if (c.x < visible.minX || c.x > visible.maxX || c.y < visible.minY || c.y > visible.maxY)
                continue;
            if (++tried > kMostLabelsTried) break;
            double px = 0.0, py = 0.0;
            camera.mapToPixel(c.x, c.y, px, py);
            const auto [w, h] = measure(c.text, size);
            std::vector<PixelBox> options;
            if (layer.geometry->kind == GeometryKind::Point) {
                const std::vector<float>* diameters = layer.symbolDiameters;
                const bool ownSize = diameters && c.feature < diameters->size();
                if (ownSize && (*diameters)[c.feature] <= 0.0f) continue;
                const float r =
                    (ownSize ? 0.5f * (*diameters)[c.feature] : layer.symbolRadius) * pixelScale + gap;
                const float x = float(px), y = float(py);
                options = {{x + r, y - h / 2, x + r + w, y + h / 2},
                           {x - r - w, y - h / 2, x - r, y + h / 2},
                           {x - w / 2, y - r - h, x + w / 2, y - r},
                           {x - w / 2, y + r, x + w / 2, y + r + h}};
            } else {
                options = {{float(px) - w / 2, float(py) - h / 2, float(px) + w / 2, float(py) + h / 2}};
            }
            for (const PixelBox& box : options) {
                if (!isFree(box)) continue;
                if (layer.geometry->kind == GeometryKind::Polygon &&
                    !fitsInside(*layer.geometry, c.feature, box, camera))
                    continue;
                placed.push_back(PlacedLabel{c.text, box, size, layer.style->color, layer.style->halo});
                taken.push_back(box);
                break;
            }
        }
    }
    return placed;
}

}  // namespace bashu
