#pragma once
// A canvas writing SVG 1.1 by hand: shapes as <rect>, <circle> and <path>, text as <text>
// elements in the map font's family, so the words stay words (searchable, editable).
#include <string>

#include "canvas/vector_canvas.h"

namespace bashu {

class SvgCanvas : public VectorCanvas {
public:
    /// A document of `width` x `height` pixels shown at `dpi` (its size in points is pixels * 72 /
    /// dpi); text names `fontFamily`, then sans-serif.
    SvgCanvas(int width, int height, int dpi, const std::string& fontFamily);

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
    Result<std::string> finish() override;

private:
    void number(float value);
    void attribute(const char* name, float value);
    void paint(const char* which, Rgba8 color);
    void pathData(std::span<const Point2> points, std::span<const size_t> ends, bool closed);

    std::string out_;
    int clips_ = 0, openClips_ = 0;
};

}  // namespace bashu
