#include "carto/scale_bar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bashu {

namespace {

const Rgba8 kDark{0x1a, 0x1a, 0x1a, 255};
const Rgba8 kLight{255, 255, 255, 255};

// The bar's length at 1x, in pixels: long enough to measure with, short enough to stay furniture.
constexpr float kMinPixels = 80, kMaxPixels = 200;

}  // namespace

std::optional<ScaleBarLength> chooseScaleBarLength(double metresPerPixel, float maxPixels) {
    if (!std::isfinite(metresPerPixel) || metresPerPixel <= 0 || !(maxPixels > 0)) return std::nullopt;
    const double maxMetres = metresPerPixel * double(maxPixels);
    double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    // Rounding in log10 can land a decade off; bring the power back under the maximum.
    while (power > maxMetres) power /= 10;
    while (power * 10 <= maxMetres) power *= 10;
    const int mantissa = 5 * power <= maxMetres ? 5 : 2 * power <= maxMetres ? 2 : 1;
    ScaleBarLength length;
    length.metres = mantissa * power;
    length.pixels = float(length.metres / metresPerPixel);
    // Parts of round lengths too: 5 x 1, 4 x 0.5, 5 x 0.2 (of the mantissa).
    length.segments = mantissa == 2 ? 4 : 5;
    length.label = formatDistance(length.metres);
    return length;
}

std::string formatDistance(double metres) {
    const bool km = metres >= 1000;
    char number[32];
    std::snprintf(number, sizeof number, "%g", km ? metres / 1000 : metres);
    return std::string(number) + (km ? " km" : " m");
}

std::optional<ScaleBar> layoutScaleBar(double metresPerPixel, float pixelScale, float textSize,
                                       float maxLength, const FontFace& font) {
    ScaleBar bar;
    bar.textSize = textSize;
    bar.zeroWidth = font.measure("0", textSize);
    // The labels over the ends must not touch: the widest likely label sets the shortest bar.
    const float labelsNeed = 0.5f * bar.zeroWidth + 0.5f * font.measure("500 km", textSize) + 0.6f * textSize;
    const float minPixels = std::max(kMinPixels * pixelScale, labelsNeed);
    const float maxPixels = std::min(std::max(kMaxPixels * pixelScale, 2.5f * minPixels), maxLength);
    std::optional<ScaleBarLength> length = chooseScaleBarLength(metresPerPixel, maxPixels);
    if (!length) return std::nullopt;
    bar.length = *length;
    bar.labelWidth = font.measure(bar.length.label, textSize);
    if (bar.length.pixels < 0.5f * (bar.zeroWidth + bar.labelWidth) + 0.6f * textSize) return std::nullopt;
    bar.barHeight = std::max(3.0f, 0.45f * textSize);
    bar.lineWidth = std::max(1.0f, 0.07f * textSize);
    bar.width = 0.5f * bar.zeroWidth + bar.length.pixels + 0.5f * bar.labelWidth;
    bar.height = font.ascent(textSize) + 0.35f * textSize + bar.barHeight;
    return bar;
}

void drawScaleBar(Canvas& canvas, const ScaleBar& bar, float x, float y, const FontFace& font) {
    const float baseline = y + font.ascent(bar.textSize);
    const float left = x + 0.5f * bar.zeroWidth, right = left + bar.length.pixels;
    canvas.drawText(left - 0.5f * bar.zeroWidth, baseline, "0", bar.textSize, kDark);
    canvas.drawText(right - 0.5f * bar.labelWidth, baseline, bar.length.label, bar.textSize, kDark);

    const float top = y + bar.height - bar.barHeight, bottom = y + bar.height;
    canvas.fillRect(left, top, right, bottom, kLight);
    const float part = bar.length.pixels / float(bar.length.segments);
    for (int i = 0; i < bar.length.segments; i += 2)
        canvas.fillRect(left + float(i) * part, top, left + float(i + 1) * part, bottom, kDark);
    canvas.frameRect(left, top, right, bottom, bar.lineWidth, kDark);
}

}  // namespace bashu
