#include "thematic/outline_visibility.h"

#include <algorithm>

namespace bashu {

float outlineVisibility(const LayerPaint& paint, const Camera& camera, float pixelScale) {
    if (paint.typicalFeatureSize <= 0.0 || !paint.drawFill) return 1.0f;
    // Pixels at 1x: a 2x export fades the same features as the window does.
    const double pixels = paint.typicalFeatureSize / camera.unitsPerPixel / double(pixelScale);
    return float(std::clamp(
        (pixels - kOutlinesGoneBelowPixels) / (kOutlinesWholeAbovePixels - kOutlinesGoneBelowPixels), 0.0,
        1.0));
}

}  // namespace bashu
