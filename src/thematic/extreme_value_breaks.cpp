#include "thematic/extreme_value_breaks.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

#include "thematic/power_of_two_scale.h"
#include "thematic/sample_quantile.h"

namespace bashu {

namespace {

// The end classes run from the outer breaks to the data's extremes. Where a break lies beyond an
// extreme, its end class is empty and collapses onto the break ([b, b] at the bottom, (b, b] at
// the top): the limits stay ascending and every class keeps its index, hence its colour.
Classification limitsAround(double minimum, double maximum, const std::vector<double>& breaks) {
    Classification c;
    c.limits.reserve(breaks.size() + 2);
    c.limits.push_back(breaks.empty() ? minimum : std::min(minimum, breaks.front()));
    c.limits.insert(c.limits.end(), breaks.begin(), breaks.end());
    c.limits.push_back(breaks.empty() ? maximum : std::max(maximum, breaks.back()));
    return c;
}

}  // namespace

size_t geodaTiesUpThrough(ClassMethod method, int classes) {
    switch (method) {
        case ClassMethod::StandardDeviation:
            // The breaks below the mean and the mean itself (6 classes: -2, -1 SD and the mean).
            return size_t(std::max(classes, 0) / 2);
        case ClassMethod::Percentile:
        case ClassMethod::BoxMap:
        case ClassMethod::BoxMap3:
            // The 1st, 10th and 50th percentiles; the lower fence, the lower hinge and the median.
            return classes == 6 ? 3 : 0;
        default:
            return 0;
    }
}

Classification standardDeviationBreaks(std::span<const double> values, double minimum, double maximum,
                                       int classes) {
    // On values scaled into [-1, 1] (exact: a power of two), so that neither the sum nor the
    // squares overflow at 1e308 or vanish at 1e-300.
    const double scale = powerOfTwoScaleFor(std::max(std::abs(minimum), std::abs(maximum)));
    double n = 0.0, sum = 0.0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v * scale;
            n += 1.0;
        }
    const double mean = sum / n;
    double squares = 0.0;
    for (double v : values)
        if (std::isfinite(v)) squares += (v * scale - mean) * (v * scale - mean);
    const double deviation = std::sqrt(squares / (n - 1.0));

    std::vector<double> breaks;
    breaks.reserve(static_cast<size_t>(classes - 1));
    // Break j sits at j - (classes - 2) / 2 standard deviations: symmetric about the mean.
    const double first = -(classes - 2) / 2.0;
    for (int j = 0; j + 1 < classes; ++j)
        breaks.push_back(unscaledFinite(mean + (first + j) * deviation, scale));
    Classification c = limitsAround(minimum, maximum, breaks);
    c.tiesUpThrough = geodaTiesUpThrough(ClassMethod::StandardDeviation, classes);
    return c;
}

Classification percentileBreaks(std::span<const double> sorted) {
    std::vector<double> breaks;
    for (int percent : {1, 10, 50, 90, 99})
        breaks.push_back(sampleQuantile(sorted, percent, 100, QuantileType::Hazen));
    Classification c = limitsAround(sorted.front(), sorted.back(), breaks);
    c.tiesUpThrough = geodaTiesUpThrough(ClassMethod::Percentile, 6);
    return c;
}

Classification boxMapBreaks(std::span<const double> sorted, double hinge) {
    const Hinges h = tukeyHinges(sorted);
    // Fences on the hinges scaled into [-1, 1]: the spread between -1e308 and 1e308 overflows.
    const double scale = powerOfTwoScaleFor(std::max(std::abs(h.lower), std::abs(h.upper)));
    const double lower = h.lower * scale, upper = h.upper * scale;
    const double spread = hinge * (upper - lower);
    const double lowerFence = unscaledFinite(lower - spread, scale);
    const double upperFence = unscaledFinite(upper + spread, scale);
    Classification c =
        limitsAround(sorted.front(), sorted.back(), {lowerFence, h.lower, h.median, h.upper, upperFence});
    c.tiesUpThrough = geodaTiesUpThrough(ClassMethod::BoxMap, 6);
    return c;
}

}  // namespace bashu
