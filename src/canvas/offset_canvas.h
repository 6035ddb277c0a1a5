#pragma once
// Canvases that let furniture laid out for a page of its own be placed anywhere on another page:
// one that moves everything drawn on it, and one that draws nothing (so the furniture code can
// say how large its boxes come out before anything is drawn).
#include <vector>

#include "canvas/canvas.h"

namespace bashu {

/// Passes everything on to another canvas, moved by (dx, dy).
class OffsetCanvas : public Canvas {
public:
    OffsetCanvas(Canvas& target, float dx, float dy) : target_(target), dx_(dx), dy_(dy) {}

    void fillRect(float x0, float y0, float x1, float y1, Rgba8 color) override {
        target_.fillRect(x0 + dx_, y0 + dy_, x1 + dx_, y1 + dy_, color);
    }
    void clearRect(float x0, float y0, float x1, float y1, Rgba8 color) override {
        target_.clearRect(x0 + dx_, y0 + dy_, x1 + dx_, y1 + dy_, color);
    }
    void frameRect(float x0, float y0, float x1, float y1, float width, Rgba8 color) override {
        target_.frameRect(x0 + dx_, y0 + dy_, x1 + dx_, y1 + dy_, width, color);
    }
    void fillDisc(float cx, float cy, float radius, Rgba8 color) override {
        target_.fillDisc(cx + dx_, cy + dy_, radius, color);
    }
    void strokeLine(std::span<const Point2> line, float width, Rgba8 color) override {
        target_.strokeLine(moved(line), width, color);
    }
    void fillPolygon(std::span<const Point2> polygon, Rgba8 color) override {
        target_.fillPolygon(moved(polygon), color);
    }
    void drawText(float x, float baseline, std::string_view utf8, float size, Rgba8 color) override {
        target_.drawText(x + dx_, baseline + dy_, utf8, size, color);
    }
    void drawHaloText(float x, float baseline, std::string_view utf8, float size, Rgba8 color, Rgba8 halo,
                      float haloRadius, float angle) override {
        target_.drawHaloText(x + dx_, baseline + dy_, utf8, size, color, halo, haloRadius, angle);
    }

private:
    std::vector<Point2> moved(std::span<const Point2> points) const {
        std::vector<Point2> out(points.begin(), points.end());
        for (Point2& p : out) {
            p.x += dx_;
            p.y += dy_;
        }
        return out;
    }

    Canvas& target_;
    float dx_, dy_;
};

/// Draws nothing.
class NullCanvas : public Canvas {
public:
    void fillRect(float, float, float, float, Rgba8) override {}
    void frameRect(float, float, float, float, float, Rgba8) override {}
    void fillDisc(float, float, float, Rgba8) override {}
    void strokeLine(std::span<const Point2>, float, Rgba8) override {}
    void fillPolygon(std::span<const Point2>, Rgba8) override {}
    void drawText(float, float, std::string_view, float, Rgba8) override {}
    void drawHaloText(float, float, std::string_view, float, Rgba8, Rgba8, float, float) override {}
};

}  // namespace bashu
