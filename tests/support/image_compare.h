#pragma once
// Comparing rendered images with references, with a stated tolerance and a diff image.
#include <string>

#include "core/image.h"

namespace bashu::testing {

/// Tolerance of reference-image tests: a pixel differs when any channel differs by more than
/// `channelTolerance`; the images match when at most `maxDifferentFraction` of pixels differ.
struct ImageTolerance {
    int channelTolerance = 8;
    double maxDifferentFraction = 0.001;
};

struct ImageComparison {
    bool sameSize = false;
    size_t differentPixels = 0;
    double differentFraction = 1.0;
    bool matches = false;
    Image diff;  // differing pixels in red over a faded copy of the expected image
};

ImageComparison compareImages(const Image& actual, const Image& expected, const ImageTolerance& tolerance);

}  // namespace bashu::testing
