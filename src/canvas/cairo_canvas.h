#pragma once
// A canvas drawing through Cairo, onto a PDF page or into pixels. On a PDF, shapes are PDF paths
// and text is text in the map font, which Cairo embeds as a subset (only the glyphs used), so
// Chinese names copy and search as text. In pixels, the same drawing with no GL context: what a
// vector export looks at to place its legend.
#include <memory>
#include <string>

#include "core/image.h"

#include "canvas/vector_canvas.h"
#include "text/font_face.h"

namespace bashu {

class CairoCanvas : public VectorCanvas {
public:
    /// A one-page document of `width` x `height` pixels at `dpi` (96 when 0): the page is pixels *
    /// 72 / dpi points. Text is set in the font file `font` names.
    static Result<std::unique_ptr<CairoCanvas>> createPdf(int width, int height, int dpi,
                                                          const FontLocation* font);
    /// An image of `width` x `height` pixels, transparent until drawn on; read it with pixels().
    /// Text needs a font: none is set, so text is not drawn.
    static Result<std::unique_ptr<CairoCanvas>> createImage(int width, int height);
    ~CairoCanvas() override;

    void fillRect(float x0, float y0, float x1, float y1, Rgba8 color) override;
    void frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) override;
    void fillDisc(float cx, float cy, float radius, Rgba8 color) override;
    void fillPolygon(std::span<const Point2> polygon, Rgba8 color) override;
    void drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) override;
    void drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color, Rgba8 halo,
                      float haloRadius, float angle) override;
    void fillPath(const VectorPath& rings, Rgba8 color) override;
    void strokePath(const VectorPath& lines, bool closed, float width, Rgba8 color,
                    const LineDash& dash) override;
    void circle(float cx, float cy, float radius, Rgba8 fill, Rgba8 stroke, float strokeWidth) override;
    void beginClip(float x0, float y0, float x1, float y1) override;
    void endClip() override;
    /// The PDF's bytes; for an image, an empty string (its drawing is read with pixels()).
    Result<std::string> finish() override;
    /// What an image canvas holds so far, straight (not premultiplied) RGBA; empty for a PDF.
    Image pixels() const;

private:
    struct State;
    explicit CairoCanvas(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

}  // namespace bashu
