#include "core/longitude_span.h"

#include <algorithm>
#include <cmath>

namespace bashu {

namespace {

double normalised(double lon) {
    double l = std::fmod(lon + 180.0, 360.0);
    if (l < 0) l += 360.0;
    return l - 180.0;  // in [-180, 180)
}

// Gaps narrower than this are not worth moving the map's centre for.
constexpr double kSmallestGapToWrapAround = 60.0;

}  // namespace

LongitudeSpan longitudeSpan(const std::vector<double>& longitudes) {
    std::vector<double> sorted;
    sorted.reserve(longitudes.size());
    for (double lon : longitudes)
        if (std::isfinite(lon)) sorted.push_back(normalised(lon));
    if (sorted.empty()) return {};
    std::sort(sorted.begin(), sorted.end());
    // The gap that wraps round from the easternmost longitude to the westernmost one.
    double widestGap = sorted.front() + 360.0 - sorted.back();
    size_t afterGap = 0;  // index of the first longitude east of the widest gap
    for (size_t i = 1; i < sorted.size(); ++i) {
        const double gap = sorted[i] - sorted[i - 1];
        if (gap > widestGap) {
            widestGap = gap;
            afterGap = i;
        }
    }
    if (afterGap == 0 || widestGap < kSmallestGapToWrapAround) return {sorted.front(), sorted.back()};
    // The data runs east from sorted[afterGap] round past 180 to sorted[afterGap - 1].
    return {sorted[afterGap], sorted[afterGap - 1] + 360.0};
}

}  // namespace bashu
