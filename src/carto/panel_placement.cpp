#include "carto/panel_placement.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace bashu {

namespace {
// A pixel hides the map's ground when any channel differs from the background's by more than
// antialiasing noise.
bool isDrawn(Rgba8 p, Rgba8 background) {
    return std::abs(int(p.r) - int(background.r)) + std::abs(int(p.g) - int(background.g)) +
               std::abs(int(p.b) - int(background.b)) + std::abs(int(p.a) - int(background.a)) >
           24;
}

PixelBox boxAt(float x, float y, PanelSize size) { return PixelBox{x, y, x + size.width, y + size.height}; }
}  // namespace

PixelBox panelArea(const MapLayout& layout) {
    const float top = (layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0f) + layout.margin;
    return PixelBox{layout.margin, top, float(layout.width) - layout.legendColumn - layout.margin,
                    furnitureBottom(layout)};
}

DrawnPixels::DrawnPixels(const Image& image, Rgba8 background) {
    if (image.rgba.empty() || image.width <= 0 || image.height <= 0) return;
    constexpr double kMostCells = 4e6;
    cell_ = std::max(1, int(std::ceil(std::sqrt(double(image.width) * double(image.height) / kMostCells))));
    width_ = (image.width + cell_ - 1) / cell_;
    height_ = (image.height + cell_ - 1) / cell_;
    std::vector<uint8_t> drawn(size_t(width_) * size_t(height_), 0);
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (isDrawn(image.pixel(x, y), background))
                drawn[size_t(y / cell_) * size_t(width_) + size_t(x / cell_)] = 1;
    sums_.assign(size_t(width_ + 1) * size_t(height_ + 1), 0);
    const size_t stride = size_t(width_) + 1;
    for (int y = 0; y < height_; ++y) {
        uint32_t row = 0;
        for (int x = 0; x < width_; ++x) {
            row += drawn[size_t(y) * size_t(width_) + size_t(x)];
            sums_[size_t(y + 1) * stride + size_t(x + 1)] = sums_[size_t(y) * stride + size_t(x + 1)] + row;
        }
    }
}

size_t DrawnPixels::under(const PixelBox& box) const {
    if (sums_.empty()) return 0;
    const float c = float(cell_);
    const int x0 = std::clamp(int(std::floor(box.x0 / c)), 0, width_),
              x1 = std::clamp(int(std::ceil(box.x1 / c)), 0, width_);
    const int y0 = std::clamp(int(std::floor(box.y0 / c)), 0, height_),
              y1 = std::clamp(int(std::ceil(box.y1 / c)), 0, height_);
    if (x1 <= x0 || y1 <= y0) return 0;
    const size_t stride = size_t(width_) + 1;
    const auto at = [&](int x, int y) { return int64_t(sums_[size_t(y) * stride + size_t(x)]); };
    return size_t(at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0));
}

std::optional<PixelBox> freePanelPlace(const DrawnPixels& drawn, PanelSize size, const MapLayout& layout,
                                       const std::vector<PixelBox>& keepClear) {
    const PixelBox area = panelArea(layout);
    const float left = area.x0, right = area.x1 - size.width, top = area.y0, bottom = area.y1 - size.height;
    if (right < left || bottom < top) return std::nullopt;
    // Corners in order of preference: a tie goes to the earlier one.
    const float cornerX[] = {right, right, left, left}, cornerY[] = {bottom, top, top, bottom};
    const auto isFree = [&](const PixelBox& box) {
        if (drawn.under(box) > 0) return false;
        return std::none_of(keepClear.begin(), keepClear.end(),
                            [&](const PixelBox& k) { return k.overlaps(box); });
    };
    std::optional<PixelBox> best;
    float bestDistance = std::numeric_limits<float>::infinity();
    // Places a few pixels apart (half a text line, at least 2) and the area's edges themselves.
    const float step = std::max(2.0f, 0.5f * layout.legendSize);
    const auto along = [step](float from, float to) {
        std::vector<float> at;
        for (float v = from; v < to; v += step) at.push_back(v);
        at.push_back(to);
        return at;
    };
    const std::vector<float> xs = along(left, right), ys = along(top, bottom);
    for (float y : ys)
        for (float x : xs) {
            float distance = std::numeric_limits<float>::infinity();
            for (int c = 0; c < 4; ++c)
                // The small bias orders tied corners as listed.
                distance = std::min(distance, std::hypot(x - cornerX[c], y - cornerY[c]) + 0.001f * float(c));
            if (distance >= bestDistance) continue;
            const PixelBox box = boxAt(x, y, size);
            if (!isFree(box)) continue;
            best = box;
            bestDistance = distance;
        }
    return best;
}

PixelBox leastCoveringCorner(const DrawnPixels& drawn, PanelSize size, const MapLayout& layout) {
    const PixelBox area = panelArea(layout);
    const float right = area.x1 - size.width;
    const PixelBox lowerRight = boxAt(right, area.y1 - size.height, size);
    PixelBox best = lowerRight;
    size_t fewest = drawn.under(lowerRight);
    const size_t keep = fewest * 7 / 10;  // another corner must be clearly better
    for (const PixelBox& candidate : {boxAt(right, area.y0, size), boxAt(area.x0, area.y0, size)}) {
        if (candidate.y1 > lowerRight.y0 && candidate.x0 == right) continue;  // no room above it
        const size_t hidden = drawn.under(candidate);
        if (hidden < keep && hidden < fewest) {
            best = candidate;
            fewest = hidden;
        }
    }
    return best;
}

}  // namespace bashu
