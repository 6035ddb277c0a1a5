#include "carto/graticule_drawing.h"

#include <algorithm>

namespace bashu {

namespace {
const Rgba8 kLine{0x70, 0x70, 0x70, 0x8c};  // light grey on white, a shade darker on a fill
const Rgba8 kText{0x55, 0x55, 0x55, 255};
}  // namespace

void drawGraticuleLines(Canvas& canvas, const Graticule& graticule, const MapLayout& layout) {
    const float width = std::max(0.8f, 0.6f * layout.pixelScale);
    for (const std::vector<Point2>& line : graticule.lines) canvas.strokeLine(line, width, kLine);
}

std::vector<PixelBox> drawGraticuleLabels(Canvas& canvas, const Graticule& graticule, const PixelBox& area,
                                          const std::vector<PixelBox>& furniture, const MapLayout& layout,
                                          const FontFace& font, Rgba8 background) {
    // Smaller than the legend's text: the labels locate, they are not read first.
    const float size = 0.7f * layout.legendSize, pad = 0.35f * size, ascent = font.ascent(size);
    const float height = 1.25f * ascent;
    Rgba8 halo = background;
    halo.a = 230;
    std::vector<PixelBox> written;
    for (const GraticuleTick& tick : graticule.ticks) {
        const float width = font.measure(tick.text, size);
        PixelBox box;
        switch (tick.edge) {
            case FrameEdge::Top:
            case FrameEdge::Bottom:
                box.x0 = tick.at - 0.5f * width;
                box.y0 = tick.edge == FrameEdge::Top ? area.y0 + pad : area.y1 - pad - height;
                break;
            case FrameEdge::Left:
            case FrameEdge::Right:
                box.x0 = tick.edge == FrameEdge::Left ? area.x0 + pad : area.x1 - pad - width;
                box.y0 = tick.at - 0.5f * height;
                break;
        }
        box.x1 = box.x0 + width;
        box.y1 = box.y0 + height;
        // A label cut by the edge, or over the title, legend or scale bar, is left out.
        if (!box.inside(area)) continue;
        auto hits = [&](const PixelBox& other) { return box.overlaps(other); };
        if (std::any_of(furniture.begin(), furniture.end(), hits) ||
            std::any_of(written.begin(), written.end(), hits))
            continue;
        canvas.drawHaloText(box.x0, 0.5f * (box.y0 + box.y1) + 0.5f * ascent, tick.text, size, kText, halo,
                            std::max(1.0f, size / 8.0f), 0.0f);
        written.push_back(box);
    }
    return written;
}

}  // namespace bashu
