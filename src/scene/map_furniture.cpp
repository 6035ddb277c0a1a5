#include "scene/map_furniture.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "scene/legend_model.h"

namespace bashu {

namespace {

const Rgba8 kText{0x1a, 0x1a, 0x1a, 255};
const Rgba8 kSubtleText{0x55, 0x55, 0x55, 255};

void fillRect(Image& image, float x0, float y0, float x1, float y1, Rgba8 color) {
    const int left = std::max(0, int(std::lround(x0))), right = std::min(image.width, int(std::lround(x1)));
    const int top = std::max(0, int(std::lround(y0))), bottom = std::min(image.height, int(std::lround(y1)));
    for (int y = top; y < bottom; ++y)
        for (int x = left; x < right; ++x) {
            uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
            const unsigned a = color.a;
            p[0] = uint8_t((color.r * a + p[0] * (255 - a)) / 255);
            p[1] = uint8_t((color.g * a + p[1] * (255 - a)) / 255);
            p[2] = uint8_t((color.b * a + p[2] * (255 - a)) / 255);
            p[3] = uint8_t(std::min(255u, p[3] + a * (255u - p[3]) / 255u));
        }
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
            fillRect(image, float(x), float(y), float(x + 1), float(y + 1), c);
        }
}

// The symbol of an entry in a box of `size` x `size` pixels at (x, y).
void drawSymbol(Image& image, const LegendEntry& entry, float x, float y, float size) {
    switch (entry.kind) {
        case LegendEntry::Kind::Heading:
            return;
        case LegendEntry::Kind::FillSwatch:
            fillRect(image, x, y, x + size, y + size, entry.fill);
            if (entry.stroke.a > 0)
                frameRect(image, x, y, x + size, y + size, std::clamp(entry.width, 1.0f, size / 4),
                          entry.stroke);
            return;
        case LegendEntry::Kind::LineSample: {
            const float width = std::clamp(entry.width, 1.0f, size / 2);
            fillRect(image, x, y + 0.5f * (size - width), x + size, y + 0.5f * (size + width), entry.stroke);
            return;
        }
        case LegendEntry::Kind::PointSymbol: {
            const float radius =
                std::clamp(entry.width > 0 ? 0.5f * entry.width : 0.35f * size, 2.0f, 0.5f * size);
            fillDisc(image, x + 0.5f * size, y + 0.5f * size, radius, entry.stroke);
            fillDisc(image, x + 0.5f * size, y + 0.5f * size, radius - 1.0f, entry.fill);
            return;
        }
    }
}

void drawLegend(Image& image, const std::vector<LegendEntry>& entries, const MapLayout& layout,
                const FontFace& font) {
    if (entries.empty()) return;
    const float size = layout.legendSize, line = 1.45f * size, swatch = 1.1f * size, pad = 0.7f * size;
    const float countSize = 0.85f * size;
    float contentWidth = 0;
    for (const LegendEntry& e : entries) {
        float w = font.measure(e.label, size);
        if (e.kind != LegendEntry::Kind::Heading) w += swatch + pad;
        if (!e.count.empty()) w += pad + font.measure(e.count, countSize);
        contentWidth = std::max(contentWidth, w);
    }
    const float boxWidth = contentWidth + 2 * pad, boxHeight = line * float(entries.size()) + 2 * pad;
    const float x0 = float(layout.width) - layout.margin - boxWidth;
    const float y0 = float(layout.height) - layout.margin - boxHeight;
    fillRect(image, x0, y0, x0 + boxWidth, y0 + boxHeight, Rgba8{255, 255, 255, 230});
    frameRect(image, x0, y0, x0 + boxWidth, y0 + boxHeight, std::max(1.0f, size / 14),
              Rgba8{0xb0, 0xb0, 0xb0, 255});

    const float ascent = font.ascent(size);
    float y = y0 + pad;
    for (const LegendEntry& e : entries) {
        float textX = x0 + pad;
        if (e.kind != LegendEntry::Kind::Heading) {
            drawSymbol(image, e, textX, y + 0.5f * (line - swatch) - 0.15f * size, swatch);
            textX += swatch + pad;
        }
        font.draw(image, textX, y + ascent, e.label, size, kText);
        if (!e.count.empty())
            font.draw(image, x0 + boxWidth - pad - font.measure(e.count, countSize), y + ascent, e.count,
                      countSize, kSubtleText);
        y += line;
    }
}

}  // namespace

void drawFurniture(Image& image, const MapScene& scene, const MapLayout& layout, const FontFace& font) {
    const MapDocument& document = scene.document;
    if (!document.title.empty()) {
        // The title band frames the map: a zoomed-in view is cut off below it, not drawn under it.
        Rgba8 band = document.background;
        band.a = 255;
        fillRect(image, 0, 0, float(layout.width), layout.margin + layout.titleBand, band);
        const float baseline = layout.margin + font.ascent(layout.titleSize);
        font.draw(image, layout.margin, baseline, document.title, layout.titleSize, kText);
        if (!document.subtitle.empty())
            font.draw(image, layout.margin, baseline + 1.5f * layout.subtitleSize + 0.2f * layout.titleSize,
                      document.subtitle, layout.subtitleSize, kSubtleText);
    }
    drawLegend(image, legendEntries(scene), layout, font);
}

}  // namespace bashu
