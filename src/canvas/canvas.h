#pragma once
// Where the furniture of an exported map is drawn: a CPU image for PNG, or a vector document (SVG,
// PDF). The furniture code draws through this interface only, so every format shows the same map.
#include <span>
#include <string_view>

#include "core/color.h"
#include "core/point2.h"

namespace bashu {

class Canvas {
public:
    virtual ~Canvas() = default;

    /// Fills the rectangle from (x0, y0) to (x1, y1).
    virtual void fillRect(float x0, float y0, float x1, float y1, Rgba8 color) = 0;
    /// Sets the rectangle to `color`, replacing what is under it rather than drawing over it (a
    /// transparent title band over a map drawn full size). Where nothing is drawn under it
    /// (vector maps are clipped to their area) filling is the same.
    virtual void clearRect(float x0, float y0, float x1, float y1, Rgba8 color) {
        fillRect(x0, y0, x1, y1, color);
    }
    /// Draws a frame of `width` pixels just inside the rectangle.
    virtual void frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) = 0;
    /// Fills a disc.
    virtual void fillDisc(float cx, float cy, float radius, Rgba8 color) = 0;
    /// Strokes an open polyline `width` pixels wide.
    virtual void strokeLine(std::span<const Point2> line, float width, Rgba8 color) = 0;
    /// Fills a simple polygon (convex or not, any winding).
    virtual void fillPolygon(std::span<const Point2> polygon, Rgba8 color) = 0;
    /// Draws UTF-8 text in the map font at a pixel size, its baseline starting at (x, baseline).
    virtual void drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) = 0;
    /// Draws text over a halo reaching `haloRadius` pixels around its glyphs, so it reads on any fill,
    /// turned by `angle` radians (clockwise on the page, y down) about the start of its baseline
    /// (x, baseline): 0 is drawText's direction, and a label along a line runs along it.
    virtual void drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color,
                              Rgba8 halo, float haloRadius, float angle) = 0;
};

}  // namespace bashu
