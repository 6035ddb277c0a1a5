#include "support/image_compare.h"

#include <algorithm>
#include <cstdlib>

namespace bashu::testing {

ImageComparison compareImages(const Image& actual, const Image& expected, const ImageTolerance& tolerance) {
    ImageComparison result;
    result.sameSize = actual.width == expected.width && actual.height == expected.height;
    if (!result.sameSize) return result;
    result.diff = Image(expected.width, expected.height);
    const size_t pixels = size_t(expected.width) * size_t(expected.height);
    for (size_t i = 0; i < pixels; ++i) {
        int worst = 0;
        for (size_t c = 0; c < 4; ++c)
            worst = std::max(worst, std::abs(int(actual.rgba[4 * i + c]) - int(expected.rgba[4 * i + c])));
        uint8_t* out = &result.diff.rgba[4 * i];
        if (worst > tolerance.channelTolerance) {
            ++result.differentPixels;
            out[0] = 255, out[1] = 0, out[2] = 0, out[3] = 255;
        } else {
            for (size_t c = 0; c < 3; ++c) out[c] = uint8_t(192 + expected.rgba[4 * i + c] / 4);
            out[3] = 255;
        }
    }
    result.differentFraction = pixels ? double(result.differentPixels) / double(pixels) : 0.0;
    result.matches = result.differentFraction <= tolerance.maxDifferentFraction;
    return result;
}

}  // namespace bashu::testing
