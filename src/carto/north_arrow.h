#pragma once
// The north arrow of an exported map: a dart, half dark and half light, with an upright "N"
// beyond its tip, turned to grid north at the centre of the map.
#include "canvas/canvas.h"
#include "text/font_face.h"

namespace bashu {

/// A north arrow measured for drawing: where its parts lie around its pivot (the dart's centre)
/// and the box they fill.
struct NorthArrow {
    double direction = 0;  // radians clockwise from straight up
    float length = 0, textSize = 0, lineWidth = 0;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;  // extent around the pivot, "N" included

    float width() const { return maxX - minX; }
    float height() const { return maxY - minY; }
};

/// Lays out a north arrow pointing `direction` (radians clockwise from up, northDirection()),
/// sized from the furniture's `textSize` so it scales with the text.
NorthArrow layoutNorthArrow(double direction, float textSize, const FontFace& font);

/// Draws a laid-out north arrow with the top-left corner of its box at (x, y).
void drawNorthArrow(Canvas& canvas, const NorthArrow& arrow, float x, float y, const FontFace& font);

}  // namespace bashu
