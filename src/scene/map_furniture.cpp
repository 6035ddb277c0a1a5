#include "scene/map_furniture.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "thematic/number_format.h"

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

struct LegendRow {
    Rgba8 color;
    std::string label, count;
};

// The legend rows of a classified layer: classes from low to high, then no-data.
std::vector<LegendRow> legendRows(const FillLegend& legend) {
    std::vector<LegendRow> rows;
    const std::vector<double>& limits = legend.classification.limits;
    const int decimals = legendDecimals(legend.classification);
    for (size_t i = 0; i + 1 < limits.size(); ++i)
        rows.push_back({legend.classColors[i],
                        formatNumber(limits[i], decimals) + " – " + formatNumber(limits[i + 1], decimals),
                        std::to_string(legend.classCounts[i])});
    if (legend.noDataCount > 0)
        rows.push_back({legend.noDataColor, "no data 无数据", std::to_string(legend.noDataCount)});
    return rows;
}

void drawLegend(Image& image, const SceneLayer& layer, const MapLayout& layout, const FontFace& font) {
    const std::vector<LegendRow> rows = legendRows(layer.legend);
    if (rows.empty()) return;
    const float size = layout.legendSize, line = 1.45f * size, swatch = 1.1f * size, pad = 0.7f * size;
    float labelWidth = 0, countWidth = 0;
    for (const LegendRow& row : rows) {
        labelWidth = std::max(labelWidth, font.measure(row.label, size));
        countWidth = std::max(countWidth, font.measure(row.count, 0.85f * size));
    }
    const std::string heading = layer.spec.name.empty() ? layer.legend.field : layer.spec.name;
    const float contentWidth =
        std::max(font.measure(heading, size), swatch + pad + labelWidth + pad + countWidth);
    const float boxWidth = contentWidth + 2 * pad, boxHeight = line * float(rows.size() + 1) + 2 * pad;
    const float x0 = float(layout.width) - layout.margin - boxWidth,
                y0 = float(layout.height) - layout.margin - boxHeight;
    fillRect(image, x0, y0, x0 + boxWidth, y0 + boxHeight, Rgba8{255, 255, 255, 230});
    frameRect(image, x0, y0, x0 + boxWidth, y0 + boxHeight, std::max(1.0f, size / 14),
              Rgba8{0xb0, 0xb0, 0xb0, 255});

    const float ascent = font.ascent(size);
    float y = y0 + pad;
    font.draw(image, x0 + pad, y + ascent, heading, size, kText);
    y += line;
    for (const LegendRow& row : rows) {
        const float swatchTop = y + 0.5f * (line - swatch) - 0.15f * size;
        fillRect(image, x0 + pad, swatchTop, x0 + pad + swatch, swatchTop + swatch, row.color);
        frameRect(image, x0 + pad, swatchTop, x0 + pad + swatch, swatchTop + swatch, 1.0f,
                  Rgba8{0x70, 0x70, 0x70, 255});
        font.draw(image, x0 + pad + swatch + pad, y + ascent, row.label, size, kText);
        const float countX = x0 + boxWidth - pad - font.measure(row.count, 0.85f * size);
        font.draw(image, countX, y + ascent, row.count, 0.85f * size, kSubtleText);
        y += line;
    }
}

}  // namespace

void drawFurniture(Image& image, const MapScene& scene, const MapLayout& layout, const FontFace& font) {
    const MapDocument& document = scene.document;
    if (!document.title.empty()) {
        const float baseline = layout.margin + font.ascent(layout.titleSize);
        font.draw(image, layout.margin, baseline, document.title, layout.titleSize, kText);
        if (!document.subtitle.empty())
            font.draw(image, layout.margin, baseline + 1.5f * layout.subtitleSize + 0.2f * layout.titleSize,
                      document.subtitle, layout.subtitleSize, kSubtleText);
    }
    // One legend: the topmost visible classified layer's (more come with the layout work).
    for (auto it = scene.layers.rbegin(); it != scene.layers.rend(); ++it)
        if (it->spec.visible && it->legend.classification.classCount() > 0) {
            drawLegend(image, *it, layout, font);
            break;
        }
}

}  // namespace bashu
