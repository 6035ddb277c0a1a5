#pragma once
// A canvas that writes shapes as vectors (SVG, PDF): besides the furniture it draws the map body,
// as paths of many rings, stroked lines, circles, all inside a clip rectangle.
#include <string>
#include <vector>

#include "canvas/canvas.h"
#include "core/line_dash.h"
#include "core/result.h"

namespace bashu {

/// Rings or lines in pixels: points, and where each ring or line ends in them.
struct VectorPath {
    std::vector<Point2> points;
    std::vector<size_t> ends;  // one past the last point of each ring or line

    bool empty() const { return ends.empty(); }
    void clear() {
        points.clear();
        ends.clear();
    }
};

class VectorCanvas : public Canvas {
public:
    /// Fills closed rings by the even-odd rule, so holes stay open whatever their winding.
    virtual void fillPath(const VectorPath& rings, Rgba8 color) = 0;
    /// Strokes each ring or line with round joins and caps; `closed` joins each end to its start.
    /// A dash pattern (pixels) starts afresh on each ring or line, its dashes with square ends.
    virtual void strokePath(const VectorPath& lines, bool closed, float width, Rgba8 color,
                            const LineDash& dash) = 0;
    /// A polyline is a path of one line.
    void strokeLine(std::span<const Point2> line, float width, Rgba8 color) override {
        VectorPath path;
        path.points.assign(line.begin(), line.end());
        path.ends.push_back(path.points.size());
        strokePath(path, false, width, color, LineDash{});
    }
    /// A circle filled with `fill` inside a ring of `stroke` `strokeWidth` wide (its outer edge at
    /// `radius`); either colour may be transparent.
    virtual void circle(float cx, float cy, float radius, Rgba8 fill, Rgba8 stroke, float strokeWidth) = 0;
    /// Clips what follows to a rectangle, until endClip.
    virtual void beginClip(float x0, float y0, float x1, float y1) = 0;
    virtual void endClip() = 0;
    /// Ends the document and returns its bytes.
    virtual Result<std::string> finish() = 0;
};

}  // namespace bashu
