#include "carto/north_arrow.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bashu {

namespace {

const Rgba8 kDark{0x1a, 0x1a, 0x1a, 255};
const Rgba8 kLight{255, 255, 255, 255};

// The arrow's points around its pivot, in its own frame: `forward` towards north, `right` across.
struct Frame {
    float forwardX, forwardY, rightX, rightY;
    Point2 at(float pivotX, float pivotY, float right, float forward) const {
        return {pivotX + right * rightX + forward * forwardX, pivotY + right * rightY + forward * forwardY};
    }
};

Frame frameFor(double direction) {
    // Clockwise from up on an image whose y grows downwards.
    const float s = float(std::sin(direction)), c = float(std::cos(direction));
    return {s, -c, c, s};
}

struct Dart {
    Point2 tip, left, notch, right;
};

Dart dartAt(const NorthArrow& arrow, float pivotX, float pivotY) {
    const Frame f = frameFor(arrow.direction);
    const float half = 0.5f * arrow.length, wing = 0.28f * arrow.length;
    return {f.at(pivotX, pivotY, 0, half), f.at(pivotX, pivotY, -wing, -half),
            f.at(pivotX, pivotY, 0, -0.22f * half), f.at(pivotX, pivotY, wing, -half)};
}

// The centre of the "N": beyond the tip along the arrow, far enough that the upright letter
// clears the tip whatever the arrow's direction.
Point2 letterCentre(const NorthArrow& arrow, float pivotX, float pivotY, float letterWidth,
                    float letterHeight) {
    const Frame f = frameFor(arrow.direction);
    const float clearance = 0.5f * std::hypot(letterWidth, letterHeight);
    return f.at(pivotX, pivotY, 0, 0.5f * arrow.length + 0.15f * arrow.textSize + clearance);
}

// A triangle moved inwards by `inset` on every side: its corners pulled towards the incentre.
std::array<Point2, 3> insetTriangle(Point2 a, Point2 b, Point2 c, float inset) {
    const float ab = std::hypot(b.x - a.x, b.y - a.y), bc = std::hypot(c.x - b.x, c.y - b.y),
                ca = std::hypot(a.x - c.x, a.y - c.y);
    const float perimeter = ab + bc + ca;
    const Point2 centre{(bc * a.x + ca * b.x + ab * c.x) / perimeter,
                        (bc * a.y + ca * b.y + ab * c.y) / perimeter};
    const float area = 0.5f * std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
    const float inradius = 2 * area / perimeter;
    const float k = std::max(0.0f, (inradius - inset) / inradius);
    auto pull = [&](Point2 p) {
        return Point2{centre.x + (p.x - centre.x) * k, centre.y + (p.y - centre.y) * k};
    };
    return {pull(a), pull(b), pull(c)};
}

}  // namespace

NorthArrow layoutNorthArrow(double direction, float textSize, const FontFace& font) {
    NorthArrow arrow;
    arrow.direction = std::isfinite(direction) ? direction : 0.0;
    arrow.textSize = textSize;
    arrow.length = 3.0f * textSize;
    arrow.lineWidth = std::max(1.0f, 0.07f * textSize);
    const Dart dart = dartAt(arrow, 0, 0);
    const float letterWidth = font.measure("N", textSize), letterHeight = font.ascent(textSize);
    const Point2 letter = letterCentre(arrow, 0, 0, letterWidth, letterHeight);
    arrow.minX = std::min({dart.tip.x, dart.left.x, dart.right.x, letter.x - 0.5f * letterWidth});
    arrow.maxX = std::max({dart.tip.x, dart.left.x, dart.right.x, letter.x + 0.5f * letterWidth});
    arrow.minY = std::min({dart.tip.y, dart.left.y, dart.right.y, letter.y - 0.5f * letterHeight});
    arrow.maxY = std::max({dart.tip.y, dart.left.y, dart.right.y, letter.y + 0.5f * letterHeight});
    return arrow;
}

void drawNorthArrow(Canvas& canvas, const NorthArrow& arrow, float x, float y, const FontFace& font) {
    const float pivotX = x - arrow.minX, pivotY = y - arrow.minY;
    const Dart dart = dartAt(arrow, pivotX, pivotY);
    // The whole dart dark in one polygon (no seam down the middle), then the right half lightened
    // inside a dark rim.
    const std::array<Point2, 4> outline{dart.tip, dart.left, dart.notch, dart.right};
    canvas.fillPolygon(outline, kDark);
    const std::array<Point2, 3> light = insetTriangle(dart.tip, dart.notch, dart.right, arrow.lineWidth);
    canvas.fillPolygon(light, kLight);

    const float letterWidth = font.measure("N", arrow.textSize), letterHeight = font.ascent(arrow.textSize);
    const Point2 letter = letterCentre(arrow, pivotX, pivotY, letterWidth, letterHeight);
    canvas.drawText(letter.x - 0.5f * letterWidth, letter.y + 0.5f * letterHeight, "N", arrow.textSize,
                    kDark);
}

}  // namespace bashu
