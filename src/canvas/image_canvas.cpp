#include "canvas/image_canvas.h"

#include <algorithm>
#include <cmath>

#include "canvas/image_drawing.h"

namespace bashu {

void ImageCanvas::fillRect(float x0, float y0, float x1, float y1, Rgba8 color) {
    bashu::fillRect(image_, x0, y0, x1, y1, color);
}

void ImageCanvas::clearRect(float x0, float y0, float x1, float y1, Rgba8 color) {
    bashu::setRect(image_, x0, y0, x1, y1, color);
}

void ImageCanvas::frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) {
    bashu::frameRect(image_, x0, y0, x1, y1, width, color);
}

void ImageCanvas::fillDisc(float cx, float cy, float radius, Rgba8 color) {
    bashu::fillDisc(image_, cx, cy, radius, color);
}

void ImageCanvas::strokeLine(std::span<const Point2> line, float width, Rgba8 color) {
    bashu::strokeLine(image_, line, width, color);
}

void ImageCanvas::fillPolygon(std::span<const Point2> polygon, Rgba8 color) {
    bashu::fillPolygon(image_, polygon, color);
}

void ImageCanvas::drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) {
    font_.draw(image_, x, baseline, utf8, size, color);
}

void ImageCanvas::drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color,
                               Rgba8 halo, float haloRadius, float angle) {
    // A raster has no stroked glyph outlines: the halo is the text drawn around itself, a ring of
    // twelve copies `haloRadius` out (a ring, so the same whichever way the text is turned).
    if (halo.a > 0)
        for (int i = 0; i < 12; ++i) {
            const float a = float(i) * 3.14159265f / 6.0f;
            font_.draw(image_, x + haloRadius * std::cos(a), baseline + haloRadius * std::sin(a), utf8, size,
                       halo, angle);
        }
    font_.draw(image_, x, baseline, utf8, size, color, angle);
}

}  // namespace bashu
