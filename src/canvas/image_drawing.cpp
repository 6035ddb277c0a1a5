#include "canvas/image_drawing.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace bashu {

namespace {

void blendPixel(Image& image, int x, int y, Rgba8 color) {
    uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
    const unsigned a = color.a;
    p[0] = uint8_t((color.r * a + p[0] * (255 - a)) / 255);
    p[1] = uint8_t((color.g * a + p[1] * (255 - a)) / 255);
    p[2] = uint8_t((color.b * a + p[2] * (255 - a)) / 255);
    p[3] = uint8_t(std::min(255u, p[3] + a * (255u - p[3]) / 255u));
}

// Even-odd crossing test: does a ray from (px, py) towards +x cross the outline an odd number of times?
bool contains(std::span<const Point2> polygon, float px, float py) {
    bool inside = false;
    for (size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const Point2 a = polygon[i], b = polygon[j];
        if ((a.y > py) != (b.y > py) && px < a.x + (py - a.y) * (b.x - a.x) / (b.y - a.y)) inside = !inside;
    }
    return inside;
}

}  // namespace

namespace {
// Calls `visit(x, y)` for the whole pixels of the image whose centres lie in the rectangle.
template <class Visit>
void forPixelsIn(const Image& image, float x0, float y0, float x1, float y1, Visit visit) {
    const int left = std::max(0, int(std::lround(x0))), right = std::min(image.width, int(std::lround(x1)));
    const int top = std::max(0, int(std::lround(y0))), bottom = std::min(image.height, int(std::lround(y1)));
    for (int y = top; y < bottom; ++y)
        for (int x = left; x < right; ++x) visit(x, y);
}
}  // namespace

void fillRect(Image& image, float x0, float y0, float x1, float y1, Rgba8 color) {
    forPixelsIn(image, x0, y0, x1, y1, [&](int x, int y) { blendPixel(image, x, y, color); });
}

void setRect(Image& image, float x0, float y0, float x1, float y1, Rgba8 color) {
    forPixelsIn(image, x0, y0, x1, y1, [&](int x, int y) {
        uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
        p[0] = color.r, p[1] = color.g, p[2] = color.b, p[3] = color.a;
    });
}

void frameRect(Image& image, float x0, float y0, float x1, float y1, float width, Rgba8 color) {
    fillRect(image, x0, y0, x1, y0 + width, color);
    fillRect(image, x0, y1 - width, x1, y1, color);
    fillRect(image, x0, y0, x0 + width, y1, color);
    fillRect(image, x1 - width, y0, x1, y1, color);
}

void fillDisc(Image& image, float cx, float cy, float radius, Rgba8 color) {
    const int x0 = std::max(0, int(cx - radius - 1)), x1 = std::min(image.width - 1, int(cx + radius + 1));
    const int y0 = std::max(0, int(cy - radius - 1)), y1 = std::min(image.height - 1, int(cy + radius + 1));
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            // Coverage from the distance to the edge: a smooth one-pixel rim.
            const float d = std::hypot(float(x) + 0.5f - cx, float(y) + 0.5f - cy);
            const float coverage = std::clamp(radius + 0.5f - d, 0.0f, 1.0f);
            if (coverage <= 0) continue;
            Rgba8 c = color;
            c.a = uint8_t(float(color.a) * coverage);
            blendPixel(image, x, y, c);
        }
}

void strokeLine(Image& image, std::span<const Point2> line, float width, Rgba8 color) {
    // Coverage from the distance to the nearest segment, the most any segment gives a pixel.
    std::vector<std::pair<size_t, float>> covered;
    const float half = 0.5f * width;
    for (size_t i = 1; i < line.size(); ++i) {
        const Point2 a = line[i - 1], b = line[i];
        const int x0 = std::max(0, int(std::floor(std::min(a.x, b.x) - half - 1)));
        const int x1 = std::min(image.width - 1, int(std::ceil(std::max(a.x, b.x) + half + 1)));
        const int y0 = std::max(0, int(std::floor(std::min(a.y, b.y) - half - 1)));
        const int y1 = std::min(image.height - 1, int(std::ceil(std::max(a.y, b.y) + half + 1)));
        const float dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const float px = float(x) + 0.5f - a.x, py = float(y) + 0.5f - a.y;
                const float t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0f, 1.0f) : 0.0f;
                const float d = std::hypot(px - t * dx, py - t * dy);
                // A line thinner than a pixel covers it in proportion to its width.
                const float coverage = std::clamp(half + 0.5f - d, 0.0f, std::min(1.0f, width));
                if (coverage > 0) covered.emplace_back(size_t(y) * size_t(image.width) + size_t(x), coverage);
            }
    }
    std::sort(covered.begin(), covered.end(), [](const auto& l, const auto& r) {
        return l.first < r.first || (l.first == r.first && l.second > r.second);
    });
    for (size_t i = 0; i < covered.size(); ++i) {
        if (i > 0 && covered[i].first == covered[i - 1].first) continue;  // the largest came first
        Rgba8 c = color;
        c.a = uint8_t(float(color.a) * covered[i].second);
        blendPixel(image, int(covered[i].first % size_t(image.width)),
                   int(covered[i].first / size_t(image.width)), c);
    }
}

void fillPolygon(Image& image, std::span<const Point2> polygon, Rgba8 color) {
    if (polygon.size() < 3) return;
    float minX = polygon[0].x, maxX = minX, minY = polygon[0].y, maxY = minY;
    for (const Point2& p : polygon) {
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
    }
    const int x0 = std::max(0, int(std::floor(minX))), x1 = std::min(image.width - 1, int(std::ceil(maxX)));
    const int y0 = std::max(0, int(std::floor(minY))), y1 = std::min(image.height - 1, int(std::ceil(maxY)));
    constexpr int kSamples = 4;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            int inside = 0;
            for (int sy = 0; sy < kSamples; ++sy)
                for (int sx = 0; sx < kSamples; ++sx)
                    inside += contains(polygon, float(x) + (float(sx) + 0.5f) / kSamples,
                                       float(y) + (float(sy) + 0.5f) / kSamples);
            if (inside == 0) continue;
            Rgba8 covered = color;
            covered.a = uint8_t(color.a * unsigned(inside) / (kSamples * kSamples));
            blendPixel(image, x, y, covered);
        }
}

}  // namespace bashu
