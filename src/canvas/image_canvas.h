#pragma once
// The canvas of PNG exports: shapes and text drawn into a CPU image (image_drawing.h, FontFace).
#include "canvas/canvas.h"
#include "core/image.h"
#include "text/font_face.h"

namespace bashu {

class ImageCanvas : public Canvas {
public:
    /// Draws into `image` with `font`; both must outlive the canvas.
    ImageCanvas(Image& image, const FontFace& font) : image_(image), font_(font) {}

    void fillRect(float x0, float y0, float x1, float y1, Rgba8 color) override;
    void clearRect(float x0, float y0, float x1, float y1, Rgba8 color) override;
    void frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) override;
    void fillDisc(float cx, float cy, float radius, Rgba8 color) override;
    void strokeLine(std::span<const Point2> line, float width, Rgba8 color) override;
    void fillPolygon(std::span<const Point2> polygon, Rgba8 color) override;
    void drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) override;
    void drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color, Rgba8 halo,
                      float haloRadius, float angle) override;

private:
    Image& image_;
    const FontFace& font_;
};

}  // namespace bashu
