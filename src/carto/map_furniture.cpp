#include "carto/map_furniture.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "carto/graticule.h"
#include "carto/graticule_drawing.h"
#include "carto/ground_scale.h"
#include "carto/legend_model.h"
#include "carto/north_arrow.h"
#include "carto/panel_placement.h"
#include "carto/scale_bar.h"
#include "carto/text_wrap.h"
#include "scene/value_sources.h"

namespace bashu {

namespace {

const Rgba8 kText{0x1a, 0x1a, 0x1a, 255};
const Rgba8 kSubtleText{0x55, 0x55, 0x55, 255};
const Rgba8 kPanel{255, 255, 255, 230};
const Rgba8 kPanelFrame{0xb0, 0xb0, 0xb0, 255};

using Box = PixelBox;

// The light box behind the legend and the scale bar, so they read over any fill colour.
void drawPanel(Canvas& canvas, const Box& box, float textSize) {
    canvas.fillRect(box.x0, box.y0, box.x1, box.y1, kPanel);
    canvas.frameRect(box.x0, box.y0, box.x1, box.y1, std::max(1.0f, textSize / 14), kPanelFrame);
}

// The symbol of an entry in a box of `size` x `size` pixels at (x, y); line samples run
// `length` pixels (wide lines read as lines only when longer than they are wide).
void drawSymbol(Canvas& canvas, const LegendEntry& entry, float x, float y, float size, float length,
                float pixelScale) {
    // Widths are pixels at 1x, like the map's lines and symbols they stand for.
    const float entryWidth = entry.width * pixelScale;
    switch (entry.kind) {
        case LegendEntry::Kind::Heading:
            return;
        case LegendEntry::Kind::FillSwatch:
            canvas.fillRect(x, y, x + size, y + size, entry.fill);
            if (entry.stroke.a > 0)
                canvas.frameRect(x, y, x + size, y + size, std::clamp(entryWidth, 1.0f, size / 4),
                                 entry.stroke);
            return;
        case LegendEntry::Kind::LineSample: {
            // As wide as on the map (the row is made tall enough), on its casing, in its dashes.
            const float width = std::max(entryWidth, 1.0f), middle = y + 0.5f * size;
            if (entry.casingWidth > 0) {
                const float half = 0.5f * width + entry.casingWidth * pixelScale;
                canvas.fillRect(x, middle - half, x + length, middle + half, entry.casing);
            }
            for (const auto& [from, to] : dashIntervals(length, entry.dash.scaled(pixelScale)))
                canvas.fillRect(x + float(from), middle - 0.5f * width, x + float(to), middle + 0.5f * width,
                                entry.stroke);
            return;
        }
        case LegendEntry::Kind::PointSymbol: {
            const float radius =
                std::clamp(entryWidth > 0 ? 0.5f * entryWidth : 0.35f * size, 2.0f, 0.5f * size);
            canvas.fillDisc(x + 0.5f * size, y + 0.5f * size, radius, entry.stroke);
            canvas.fillDisc(x + 0.5f * size, y + 0.5f * size, radius - std::max(1.0f, pixelScale),
                            entry.fill);
            return;
        }
        case LegendEntry::Kind::NestedCircles:
        case LegendEntry::Kind::BivariateGrid:
            return;  // drawn by drawNestedCircles and drawBivariateGrid: they need a row of their own
    }
}

// A bivariate square: the label up above it, its cells with hairline gaps, the label across below.
// Its height: a label's line, the square, a label's line.
float bivariateGridHeight(const LegendEntry& entry, float swatch, float textSize) {
    return float(entry.gridSize) * swatch + 2.6f * textSize;
}

void drawBivariateGrid(Canvas& canvas, const LegendEntry& entry, float x, float y, float swatch,
                       float textSize, float pixelScale) {
    const float n = float(entry.gridSize), gap = std::max(1.0f, pixelScale);
    if (entry.values.size() == 2) canvas.drawText(x, y + textSize, entry.values[1], textSize, kText);
    const float top = y + 1.3f * textSize;
    for (int up = 0; up < entry.gridSize; ++up)
        for (int across = 0; across < entry.gridSize; ++across) {
            const size_t cell = size_t(up) * size_t(entry.gridSize) + size_t(across);
            if (cell >= entry.cells.size()) continue;
            const float x0 = x + float(across) * swatch, y0 = top + (n - 1 - float(up)) * swatch;
            canvas.fillRect(x0, y0, x0 + swatch - gap, y0 + swatch - gap, entry.cells[cell]);
        }
    if (entry.values.size() == 2)
        canvas.drawText(x, top + n * swatch + 1.1f * textSize, entry.values[0], textSize, kText);
}

// Pixels (at the export's scale) the nested circles of an entry take: the largest circle.
float nestedCirclesSize(const LegendEntry& entry, float pixelScale) {
    return entry.diameters.empty() ? 0.0f : entry.diameters.front() * pixelScale;
}

// Reference circles standing on one point, largest first, each with a leader to its value.
void drawNestedCircles(Canvas& canvas, const LegendEntry& entry, float x, float y, float textSize,
                       float pixelScale) {
    const float big = nestedCirclesSize(entry, pixelScale), line = std::max(1.0f, pixelScale);
    const float cx = x + 0.5f * big, bottom = y + big;
    for (size_t i = 0; i < entry.diameters.size(); ++i) {
        const float r = 0.5f * entry.diameters[i] * pixelScale;
        // Tinted like the symbols on the map, outlined so the nested circles stay apart.
        const Rgba8 tint{uint8_t((entry.fill.r + kPanel.r) / 2), uint8_t((entry.fill.g + kPanel.g) / 2),
                         uint8_t((entry.fill.b + kPanel.b) / 2), 255};
        canvas.fillDisc(cx, bottom - r, r, entry.stroke);
        canvas.fillDisc(cx, bottom - r, r - line, tint);
    }
    float lastLabel = -1e9f;
    for (size_t i = 0; i < entry.diameters.size() && i < entry.values.size(); ++i) {
        const float top = bottom - entry.diameters[i] * pixelScale;
        if (top - lastLabel < 0.9f * textSize) continue;  // too close to the value above to read
        lastLabel = top;
        canvas.fillRect(cx, top - 0.5f * line, x + big + 0.4f * textSize, top + 0.5f * line, entry.stroke);
        canvas.drawText(x + big + 0.6f * textSize, top + 0.35f * textSize, entry.values[i], 0.85f * textSize,
                        kText);
    }
}

// The legend's measures: its text sizes, its symbol column and its rows, and its box's size.
struct LegendMetrics {
    float size = 0, line = 0, swatch = 0, pad = 0, countSize = 0, symbolWidth = 0;
    PanelSize box;
};

// Rows are a line high, nested circles as high as their largest circle, wide lines (by value, or
// cased) as high as the line with a gap.
float rowHeight(const LegendEntry& e, const LegendMetrics& m, const MapLayout& layout) {
    if (e.kind == LegendEntry::Kind::BivariateGrid)
        return bivariateGridHeight(e, 1.5f * m.swatch, m.countSize);
    if (e.kind == LegendEntry::Kind::NestedCircles)
        return std::max(m.line, nestedCirclesSize(e, layout.pixelScale) + 0.9f * m.size);
    if (e.kind == LegendEntry::Kind::LineSample)
        return std::max(m.line, (e.width + 2 * e.casingWidth) * layout.pixelScale + 0.45f * m.size);
    return m.line;
}

LegendMetrics legendMetrics(const std::vector<LegendEntry>& entries, const MapLayout& layout,
                            const FontFace& font) {
    LegendMetrics m;
    m.size = layout.legendSize;
    m.line = 1.45f * m.size;
    m.swatch = 1.1f * m.size;
    m.pad = 0.7f * m.size;
    m.countSize = 0.85f * m.size;
    // The symbol column: twice as wide when a legend has wide lines (by value, or cased).
    m.symbolWidth = m.swatch;
    for (const LegendEntry& e : entries)
        if (e.kind == LegendEntry::Kind::LineSample &&
            (e.width + 2 * e.casingWidth) * layout.pixelScale > 0.35f * m.swatch)
            m.symbolWidth = 2 * m.swatch;
    float contentWidth = 0, contentHeight = 0;
    for (const LegendEntry& e : entries) {
        float w = font.measure(e.label, m.size);
        if (e.kind == LegendEntry::Kind::NestedCircles) {
            float widest = 0;
            for (const std::string& v : e.values) widest = std::max(widest, font.measure(v, 0.85f * m.size));
            w = nestedCirclesSize(e, layout.pixelScale) + 0.6f * m.size + widest;
        } else if (e.kind == LegendEntry::Kind::BivariateGrid) {
            w = float(e.gridSize) * 1.5f * m.swatch;
            for (const std::string& v : e.values) w = std::max(w, font.measure(v, m.countSize));
        } else if (e.kind != LegendEntry::Kind::Heading) {
            w += m.symbolWidth + m.pad;
        }
        if (!e.count.empty()) w += m.pad + font.measure(e.count, m.countSize);
        contentWidth = std::max(contentWidth, w);
        contentHeight += rowHeight(e, m, layout);
    }
    m.box = PanelSize{contentWidth + 2 * m.pad, contentHeight + 2 * m.pad};
    return m;
}

// The legend's place in its column beside the map: level with the map area's foot, outside the
// map frame.
Box legendColumnPlace(PanelSize size, const MapLayout& layout) {
    const float right = float(layout.width) - layout.margin;
    const float bottom = furnitureBottom(layout);
    return Box{right - size.width, bottom - size.height, right, bottom};
}

// Whether a column for the legend leaves the map most of the image: a legend wider than a third
// of it stays on the map.
bool legendColumnFits(PanelSize size, const MapLayout& layout) {
    const float top = (layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0f) + layout.margin;
    return size.width + layout.margin <= float(layout.width) / 3.0f &&
           size.height <= furnitureBottom(layout) - top;
}

// Draws the legend in `box`.
void drawLegend(Canvas& canvas, const std::vector<LegendEntry>& entries, const LegendMetrics& m,
                const Box& box, const MapLayout& layout, const FontFace& font) {
    const float size = m.size, line = m.line, swatch = m.swatch, pad = m.pad, countSize = m.countSize;
    const float symbolWidth = m.symbolWidth, boxWidth = m.box.width;
    const float x0 = box.x0, y0 = box.y0;
    drawPanel(canvas, box, size);

    const float ascent = font.ascent(size);
    float y = y0 + pad;
    for (const LegendEntry& e : entries) {
        float textX = x0 + pad;
        if (e.kind == LegendEntry::Kind::NestedCircles) {
            drawNestedCircles(canvas, e, textX, y + 0.6f * size, size, layout.pixelScale);
            y += rowHeight(e, m, layout);
            continue;
        }
        if (e.kind == LegendEntry::Kind::BivariateGrid) {
            drawBivariateGrid(canvas, e, textX, y, 1.5f * swatch, countSize, layout.pixelScale);
            y += rowHeight(e, m, layout);
            continue;
        }
        // A taller row centres its symbol and text in it.
        const float rowTop = y + 0.5f * (rowHeight(e, m, layout) - line);
        if (e.kind != LegendEntry::Kind::Heading) {
            drawSymbol(canvas, e, textX, rowTop + 0.5f * (line - swatch) - 0.15f * size, swatch, symbolWidth,
                       layout.pixelScale);
            textX += symbolWidth + pad;
        }
        canvas.drawText(textX, rowTop + ascent, e.label, size, kText);
        if (!e.count.empty())
            canvas.drawText(x0 + boxWidth - pad - font.measure(e.count, countSize), rowTop + ascent, e.count,
                            countSize, kSubtleText);
        y += rowHeight(e, m, layout);
    }
}

// The camera moved to the middle of the map area (between the title and note bands), where the
// scale and north are measured.
Camera mapAreaCentre(const Camera& camera, const MapLayout& layout) {
    const float top = layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0f;
    Camera centred = camera;
    camera.pixelToMap(0.5 * (double(layout.width) - layout.legendColumn),
                      0.5 * (double(top) + layout.height - layout.noteBand), centred.centerX,
                      centred.centerY);
    return centred;
}

// The scale bar under the north arrow in one panel.
struct ScalePanel {
    std::optional<ScaleBar> bar;
    std::optional<NorthArrow> arrow;
    float pad = 0, gap = 0;
    Box box;  // in the lower left corner of the map area
};

// The scale panel the options ask for, in the lower left corner of the map area; none when
// neither is asked for or measurable.
std::optional<ScalePanel> layoutScalePanel(const MapScene& scene, const MapLayout& layout,
                                           const Camera& camera, const ExportOptions& options,
                                           const FontFace& font) {
    const Camera centre = mapAreaCentre(camera, layout);
    ScalePanel panel;
    const float textSize = 0.9f * layout.legendSize;
    panel.pad = 0.6f * textSize;
    panel.gap = 0.5f * textSize;
    // At most a quarter of the width long: on small images the bar stays furniture, not a ruler.
    if (options.scaleBar)
        panel.bar = layoutScaleBar(groundMetresPerPixel(scene, centre), layout.pixelScale, textSize,
                                   0.25f * float(layout.width), font);
    if (const double north = northDirection(scene, centre); options.northArrow && std::isfinite(north))
        panel.arrow = layoutNorthArrow(north, textSize, font);
    if (!panel.bar && !panel.arrow) return std::nullopt;
    const float contentWidth =
        std::max(panel.bar ? panel.bar->width : 0.0f, panel.arrow ? panel.arrow->width() : 0.0f);
    const float contentHeight = (panel.bar ? panel.bar->height : 0.0f) +
                                (panel.arrow ? panel.arrow->height() : 0.0f) +
                                (panel.bar && panel.arrow ? panel.gap : 0.0f);
    panel.box.x0 = layout.margin;
    panel.box.x1 = panel.box.x0 + contentWidth + 2 * panel.pad;
    panel.box.y1 = furnitureBottom(layout);
    panel.box.y0 = panel.box.y1 - contentHeight - 2 * panel.pad;
    return panel;
}

// Draws the scale panel in its corner, or above the legend where it would overlap it; left out
// where there is no room.
std::optional<Box> drawScaleAndNorth(Canvas& canvas, ScalePanel panel, const MapLayout& layout,
                                     const std::optional<Box>& legend, const FontFace& font) {
    Box& box = panel.box;
    if (legend && box.x1 + 0.5f * layout.margin > legend->x0 && legend->y1 > box.y1 - 1.0f &&
        legend->x1 > box.x0) {
        const float height = box.y1 - box.y0;
        box.y1 = legend->y0 - 0.5f * layout.margin;
        box.y0 = box.y1 - height;
    }
    const float mapTop = layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0f;
    if (box.y0 < mapTop + layout.margin) return std::nullopt;

    drawPanel(canvas, box, 0.9f * layout.legendSize);
    float y = box.y0 + panel.pad;
    if (panel.arrow) {
        drawNorthArrow(canvas, *panel.arrow, box.x0 + 0.5f * (box.x1 - box.x0 - panel.arrow->width()), y,
                       font);
        y += panel.arrow->height() + panel.gap;
    }
    if (panel.bar) drawScaleBar(canvas, *panel.bar, box.x0 + panel.pad, y, font);
    return box;
}

// Where the legend goes: in its column beside the map when the layout has one; else on the map
// where it hides nothing of `mapPixels` and keeps clear of the scale panel; else the corner
// where it hides least.
Box legendPlace(PanelSize size, const Image& mapPixels, const MapLayout& layout, Rgba8 background,
                const std::optional<ScalePanel>& scale) {
    if (layout.legendColumn > 0) return legendColumnPlace(size, layout);
    const DrawnPixels drawn(mapPixels, background);
    std::vector<Box> keepClear;
    if (scale) keepClear.push_back(scale->box);
    if (std::optional<Box> free = freePanelPlace(drawn, size, layout, keepClear)) return *free;
    return leastCoveringCorner(drawn, size, layout);
}

}  // namespace

// A line of text too long for the width it has is drawn smaller, down to two thirds of its size,
// then cut with an ellipsis: nothing runs off the image.
void drawFittedText(Canvas& canvas, const FontFace& font, float x, float baseline, const std::string& text,
                    float size, float maxWidth, Rgba8 color) {
    const float width = font.measure(text, size);
    const float fitted = width > maxWidth ? std::max(size * 2.0f / 3.0f, size * maxWidth / width) : size;
    std::string shown = text;
    while (shown.size() > 1 && font.measure(shown, fitted) > maxWidth) {
        // Drop the last UTF-8 character (and any ellipsis already added), then mark the cut.
        if (shown.size() >= 3 && shown.compare(shown.size() - 3, 3, "…") == 0) shown.resize(shown.size() - 3);
        do shown.pop_back();
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xc0) == 0x80);
        if (!shown.empty()) shown.pop_back();
        shown += "…";
    }
    canvas.drawText(x, baseline, shown, fitted, color);
}

std::vector<PixelBox> drawFurniture(Canvas& canvas, const Image& mapPixels, const MapScene& scene,
                                    const MapLayout& layout, const Camera& camera,
                                    const ExportOptions& options, const FontFace& font) {
    std::vector<PixelBox> drawn;
    const MapDocument& document = scene.document;
    if (!document.title.empty()) {
        // The title band frames the map: a zoomed-in view is cut off below it, not drawn under it
        // (on a transparent background the band is transparent too).
        canvas.clearRect(0, 0, float(layout.width), layout.margin + layout.titleBand, document.background);
        drawn.push_back(PixelBox{0, 0, float(layout.width), layout.margin + layout.titleBand});
        const float textWidth = float(layout.width) - 2 * layout.margin;
        float baseline = layout.margin + font.ascent(layout.titleSize);
        for (size_t line = 0; line < layout.titleLines.size(); ++line) {
            if (line > 0) baseline += 1.2f * layout.titleSize;
            drawFittedText(canvas, font, layout.margin, baseline, layout.titleLines[line], layout.titleSize,
                           textWidth, kText);
        }
        for (size_t line = 0; line < layout.subtitleLines.size(); ++line)
            drawFittedText(
                canvas, font, layout.margin,
                baseline + (1.5f + 1.3f * float(line)) * layout.subtitleSize + 0.2f * layout.titleSize,
                layout.subtitleLines[line], layout.subtitleSize, textWidth, kSubtleText);
    }
    if (layout.legendColumn > 0) {
        // The column beside the map is outside its frame: a zoomed-in view is cut off left of it
        // (cleared before the note, which runs under it).
        const float top = document.title.empty() ? 0.0f : layout.margin + layout.titleBand;
        canvas.clearRect(float(layout.width) - layout.legendColumn, top, float(layout.width),
                         float(layout.height), document.background);
    }
    if (!document.note.empty()) {
        // The note band lies under the map, above the bottom margin; like the title band it frames
        // the map: a zoomed-in view is cut off above it.
        const float top = furnitureBottom(layout);
        canvas.clearRect(0, top, float(layout.width), float(layout.height), document.background);
        drawn.push_back(PixelBox{0, top, float(layout.width), float(layout.height)});
        const float textWidth = float(layout.width) - 2 * layout.margin;
        const std::vector<std::string> lines =
            wrapText(font, shownNote(scene), layout.noteSize, textWidth, std::max(1, layout.noteLines));
        // The lines centred in the band as a block.
        float baseline = top + 0.5f * layout.noteBand + 0.5f * font.ascent(layout.noteSize) -
                         0.625f * layout.noteSize * float(lines.size() - 1);
        for (const std::string& line : lines) {
            drawFittedText(canvas, font, layout.margin, baseline, line, layout.noteSize, textWidth,
                           kSubtleText);
            baseline += 1.25f * layout.noteSize;
        }
    }
    const std::optional<ScalePanel> scale = layoutScalePanel(scene, layout, camera, options, font);
    std::optional<Box> legend;
    if (const std::vector<LegendEntry> entries =
            options.legend ? legendEntries(scene) : std::vector<LegendEntry>{};
        !entries.empty()) {
        const LegendMetrics metrics = legendMetrics(entries, layout, font);
        legend = legendPlace(metrics.box, mapPixels, layout, document.background, scale);
        drawLegend(canvas, entries, metrics, *legend, layout, font);
        drawn.push_back(*legend);
    }
    if (scale)
        if (std::optional<Box> panel = drawScaleAndNorth(canvas, *scale, layout, legend, font))
            drawn.push_back(*panel);
    return drawn;
}

MapLayout withRoomForLegend(const MapLayout& layout, const Image& mapPixels, const MapScene& scene,
                            const Camera& camera, const ExportOptions& options, const FontFace& font) {
    const std::vector<LegendEntry> entries =
        options.legend ? legendEntries(scene) : std::vector<LegendEntry>{};
    if (entries.empty() || layout.legendColumn > 0) return layout;
    const PanelSize size = legendMetrics(entries, layout, font).box;
    const std::optional<ScalePanel> scale = layoutScalePanel(scene, layout, camera, options, font);
    std::vector<Box> keepClear;
    if (scale) keepClear.push_back(scale->box);
    if (freePanelPlace(DrawnPixels(mapPixels, scene.document.background), size, layout, keepClear))
        return layout;
    if (!legendColumnFits(size, layout)) return layout;
    MapLayout beside = layout;
    beside.legendColumn = size.width + layout.margin;
    return beside;
}

void drawLabels(Canvas& canvas, const std::vector<PlacedLabel>& labels, const FontFace& font) {
    for (const PlacedLabel& label : labels) {
        const float ascent = font.ascent(label.size);
        // The text is centred in its box: its baseline half an ascent below the middle, turned
        // with the box about the box's centre.
        const RotatedBox box = label.textBox();
        float x = label.box.x0, baseline = box.cy + 0.5f * ascent;
        if (label.angle != 0.0f) {
            const float c = std::cos(label.angle), s = std::sin(label.angle);
            const float along = -box.halfWidth, down = 0.5f * ascent;
            x = box.cx + along * c - down * s;
            baseline = box.cy + along * s + down * c;
        }
        // The halo reaches about an eighth of the text's size beyond its glyphs.
        canvas.drawHaloText(x, baseline, label.text, label.size, label.color, label.halo,
                            std::max(1.0f, label.size / 8.0f), label.angle);
    }
}

void drawMapOverlay(Canvas& canvas, const Image& mapPixels, const MapScene& scene, const MapLayout& layout,
                    const Camera& camera, const ExportOptions& options, const FontFace& font) {
    // The graticule's lines lie on the map, under everything else, cut at the title and note
    // bands that frame the map.
    PixelBox mapFrame{0, 0, float(options.width) - layout.legendColumn, float(options.height)};
    if (!scene.document.title.empty()) mapFrame.y0 = layout.margin + layout.titleBand;
    if (!scene.document.note.empty()) mapFrame.y1 = furnitureBottom(layout);
    std::optional<Graticule> graticule;
    if (scene.document.graticule.shown) {
        graticule = buildGraticule(camera, mapFrame, scene.toLonLat, scene.fromLonLat,
                                   scene.document.graticule.interval);
        drawGraticuleLines(canvas, *graticule, layout);
    }
    // Labels after the furniture, so they know where it is and keep clear of it.
    std::vector<PixelBox> furniture = drawFurniture(canvas, mapPixels, scene, layout, camera, options, font);
    if (graticule) {
        const std::vector<PixelBox> degrees = drawGraticuleLabels(canvas, *graticule, mapFrame, furniture,
                                                                  layout, font, scene.document.background);
        furniture.insert(furniture.end(), degrees.begin(), degrees.end());
    }
    const PixelBox mapArea{0, 0, float(options.width) - layout.legendColumn, float(options.height)};
    auto measure = [&](const std::string& text, float size) {
        return std::pair{font.measure(text, size), 1.25f * font.ascent(size)};
    };
    drawLabels(
        canvas,
        placeSceneLabels(scene, camera, options.pixelScale, measure, furniture, mapArea, layout.labelScale),
        font);
}

}  // namespace bashu
