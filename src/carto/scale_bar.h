#pragma once
// The scale bar of an exported map: a round ground distance (1, 2 or 5 x 10^n metres) drawn as
// an alternating black and white bar with "0" and the distance above its ends.
#include <optional>
#include <string>

#include "canvas/canvas.h"
#include "text/font_face.h"

namespace bashu {

/// A round distance and how it is drawn.
struct ScaleBarLength {
    double metres = 0;
    float pixels = 0;   // length of the bar on the image
    int segments = 0;   // alternating black and white parts
    std::string label;  // "50 km", "500 m"
};

/// The largest round distance (1, 2 or 5 x 10^n metres) spanning at most `maxPixels` at
/// `metresPerPixel`; it spans more than maxPixels / 2.5. Empty for a scale that is not a
/// positive finite number.
std::optional<ScaleBarLength> chooseScaleBarLength(double metresPerPixel, float maxPixels);

/// A distance as shown on the bar: kilometres from 1 km up ("50 km", "1.5 km"), metres below.
std::string formatDistance(double metres);

/// A scale bar measured for drawing: its length and the size of the block it fills.
struct ScaleBar {
    ScaleBarLength length;
    float textSize = 0, barHeight = 0, lineWidth = 0;
    float zeroWidth = 0, labelWidth = 0;  // of the "0" and the distance label
    float width = 0, height = 0;          // of the whole block, labels included
};

/// Lays out a scale bar for a map at `metresPerPixel`: at 1x the bar spans 80 to 200 pixels,
/// scaled by `pixelScale` (longer when the labels need it), never longer than `maxLength`. Empty
/// when the scale is unknown or no round distance fits.
std::optional<ScaleBar> layoutScaleBar(double metresPerPixel, float pixelScale, float textSize,
                                       float maxLength, const FontFace& font);

/// Draws a laid-out scale bar with the top-left corner of its block at (x, y).
void drawScaleBar(Canvas& canvas, const ScaleBar& bar, float x, float y, const FontFace& font);

}  // namespace bashu
