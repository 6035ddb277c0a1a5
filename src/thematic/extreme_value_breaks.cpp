#include "thematic/extreme_value_breaks.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

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

Classification standardDeviationBreaks(std::span<const double> values, double minimum, double maximum,
                                       int classes) {
    double n = 0.0, sum = 0.0;
    for (double v : values)
        if (std::isfinite(v)) {
            sum += v;
            n += 1.0;
        }
    const double mean = sum / n;
    double squares = 0.0;
    for (double v : values)
        if (std::isfinite(v)) squares += (v - mean) * (v - mean);
    const double deviation = std::sqrt(squares / (n - 1.0));

    std::vector<double> breaks;
    breaks.reserve(static_cast<size_t>(classes - 1));
    // Break j sits at j - (classes - 2) / 2 standard deviations: symmetric about the mean.
    const double first = -(classes - 2) / 2.0;
    for (int j = 0; j + 1 < classes; ++j) breaks.push_back(mean + (first + j) * deviation);
    return limitsAround(minimum, maximum, breaks);
}

Classification percentileBreaks(std::span<const double> sorted) {
    std::vector<double> breaks;
    for (int percent : {1, 10, 50, 90, 99}) breaks.push_back(sampleQuantile(sorted, percent, 100));
    return limitsAround(sorted.front(), sorted.back(), breaks);
}

Classification boxMapBreaks(std::span<const double> sorted, double hinge) {
    const double q1 = sampleQuantile(sorted, 1, 4);
    const double median = sampleQuantile(sorted, 2, 4);
    const double q3 = sampleQuantile(sorted, 3, 4);
    const double spread = hinge * (q3 - q1);
    const double lowerFence = std::nextafter(q1 - spread, -std::numeric_limits<double>::infinity());
    return limitsAround(sorted.front(), sorted.back(), {lowerFence, q1, median, q3, q3 + spread});
}

}  // namespace bashu
