#pragma once
// Shapes drawn into CPU images for the furniture of exported maps, alpha-blended over what is
// there. Coordinates are pixels, x right and y down, (0, 0) the top-left corner of the image.
#include <span>

#include "core/color.h"
#include "core/image.h"
#include "core/point2.h"

namespace bashu {

/// Fills the rectangle from (x0, y0) to (x1, y1), rounded to whole pixels (crisp edges).
void fillRect(Image& image, float x0, float y0, float x1, float y1, Rgba8 color);
/// Sets the same pixels fillRect covers to `color`, alpha included, instead of blending over them.
void setRect(Image& image, float x0, float y0, float x1, float y1, Rgba8 color);

/// Draws a frame of `width` pixels just inside the rectangle.
void frameRect(Image& image, float x0, float y0, float x1, float y1, float width, Rgba8 color);

/// Fills a disc with an anti-aliased rim.
void fillDisc(Image& image, float cx, float cy, float radius, Rgba8 color);

/// Strokes a polyline `width` pixels wide with anti-aliased edges; each pixel is blended once,
/// however many segments cover it, so a translucent line has no darker joints.
void strokeLine(Image& image, std::span<const Point2> line, float width, Rgba8 color);

/// Fills a simple polygon (convex or not, any winding) with anti-aliased edges: coverage is
/// sampled 4 x 4 per pixel, so shapes sharing an edge leave no seam when drawn as one polygon.
void fillPolygon(Image& image, std::span<const Point2> polygon, Rgba8 color);

}  // namespace bashu
