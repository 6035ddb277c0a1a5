#include "thematic/classification.h"

#include "core/ascii_case.h"
#include "thematic/extreme_value_breaks.h"
#include "thematic/natural_breaks.h"
#include "thematic/pretty_breaks.h"
#include "thematic/sort_values.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

namespace bashu {

namespace {

// Every method, in the order messages list them.
constexpr ClassMethod kMethods[] = {ClassMethod::Quantile,      ClassMethod::EqualInterval,
                                    ClassMethod::NaturalBreaks, ClassMethod::StandardDeviation,
                                    ClassMethod::Pretty,        ClassMethod::Percentile,
                                    ClassMethod::BoxMap,        ClassMethod::BoxMap3};

/// Distinct values in ascending order with how often each occurs.
struct DistinctValues {
    std::vector<double> values;
    std::vector<double> counts;  // doubles, because they only ever feed weighted sums
};

DistinctValues distinctOf(std::span<const double> sorted) {
    DistinctValues d;
    for (double v : sorted) {
        if (!d.values.empty() && d.values.back() == v) {
            d.counts.back() += 1.0;
        } else {
            d.values.push_back(v);
            d.counts.push_back(1.0);
        }
    }
    return d;
}

// Where the limits of `classes` quantile classes of n sorted values lie: the minimum, the i/k
// quantiles of `type`, the maximum. Type 1 puts break i at index ceil(i n / k) - 1, in integers,
// so that 1000 values in 5 classes split at exactly 200, 400, ...
std::vector<QuantilePosition> quantilePositions(size_t n, int classes, QuantileType type) {
    std::vector<QuantilePosition> positions{{0, 0.0}};
    for (int i = 1; i < classes; ++i) positions.push_back(quantilePosition(n, i, classes, type));
    positions.push_back({n - 1, 0.0});
    return positions;
}

// Quantile classes from the values at their positions (in order).
Classification quantileLimits(std::span<const double> atPositions) {
    Classification c;
    c.limits.reserve(atPositions.size());
    c.limits.push_back(atPositions.front());
    for (size_t i = 1; i < atPositions.size(); ++i) {
        const double limit = atPositions[i];
        // Ties can put several breaks on one value; dropping the repeats gives fewer classes
        // instead of empty ones. A first break on the minimum itself is kept: the first class
        // is closed at both ends, so [min, min] holds the minimum's ties and is not empty.
        const bool firstClassOfMinimum = c.limits.size() == 1 && limit == c.limits.front();
        if (limit > c.limits.back() || firstClassOfMinimum) c.limits.push_back(limit);
    }
    return c;
}

Classification quantileBreaks(std::span<const double> sorted, int classes, QuantileType type) {
    std::vector<double> atPositions;
    for (const QuantilePosition& at : quantilePositions(sorted.size(), classes, type))
        atPositions.push_back(
            valueAtPosition(at, sorted[at.lower], at.fraction == 0.0 ? 0.0 : sorted[at.lower + 1]));
    return quantileLimits(atPositions);
}

// As quantileBreaks, from the few order statistics the positions need, found without a sort.
Classification unsortedQuantileBreaks(std::span<const double> values, size_t n, int classes,
                                      QuantileType type) {
    const std::vector<QuantilePosition> positions = quantilePositions(n, classes, type);
    std::vector<size_t> ranks;
    for (const QuantilePosition& at : positions) {
        ranks.push_back(at.lower);
        ranks.push_back(at.fraction == 0.0 ? at.lower : at.lower + 1);
    }
    const std::vector<double> atRanks = valuesAtRanks(values, ranks);
    std::vector<double> atPositions;
    for (size_t i = 0; i < positions.size(); ++i)
        atPositions.push_back(valueAtPosition(positions[i], atRanks[2 * i], atRanks[2 * i + 1]));
    return quantileLimits(atPositions);
}

Classification equalIntervalBreaks(double minimum, double maximum, int classes) {
    Classification c;
    c.limits.reserve(static_cast<size_t>(classes) + 1);
    const double width = (maximum - minimum) / classes;
    for (int i = 0; i < classes; ++i)
        // From -1e308 to 1e308 the width overflows: the limits are then interpolated (std::lerp
        // cannot overflow between finite ends).
        c.limits.push_back(std::isfinite(width) ? minimum + i * width
                                                : std::lerp(minimum, maximum, double(i) / classes));
    // The top limit is the maximum itself, not min + k * width, which may round below it.
    c.limits.push_back(maximum);
    return c;
}

Classification naturalBreaks(const DistinctValues& d, int classes) {
    const auto groups = static_cast<size_t>(classes);
    const std::vector<size_t> starts = naturalBreakStarts(d.values, d.counts, groups);
    Classification c;
    c.limits.reserve(groups + 1);
    c.limits.push_back(d.values.front());
    // Each class's upper limit is its largest value, the one just before the next group starts.
    for (size_t start : starts) c.limits.push_back(d.values[start - 1]);
    c.limits.push_back(d.values.back());
    return c;
}

}  // namespace

std::optional<ClassMethod> parseClassMethod(std::string_view name) {
    if (equalsIgnoreCase(name, "natural")) return ClassMethod::NaturalBreaks;
    for (ClassMethod method : kMethods)
        if (equalsIgnoreCase(name, classMethodName(method))) return method;
    return std::nullopt;
}

const char* classMethodName(ClassMethod method) {
    switch (method) {
        case ClassMethod::Quantile:
            return "quantile";
        case ClassMethod::EqualInterval:
            return "equal";
        case ClassMethod::NaturalBreaks:
            return "jenks";
        case ClassMethod::StandardDeviation:
            return "stddev";
        case ClassMethod::Pretty:
            return "pretty";
        case ClassMethod::Percentile:
            return "percentile";
        case ClassMethod::BoxMap:
            return "boxmap";
        case ClassMethod::BoxMap3:
            return "boxmap3";
    }
    return "unknown";
}

std::string classMethodNames() {
    std::string names;
    for (ClassMethod method : kMethods)
        names += (names.empty() ? "" : ", ") + std::string(classMethodName(method));
    return names;
}

int Classification::classOf(double value) const {
    if (limits.size() < 2 || std::isnan(value)) return -1;
    if (value < limits.front() || value > limits.back()) return -1;
    // The class is the number of inner limits below the value, counting those it ties on among
    // the first tiesUpThrough (a value on them belongs to the class above).
    const auto inner = limits.begin() + 1, innerEnd = limits.end() - 1;
    const auto tiedUpEnd = inner + std::ptrdiff_t(std::min(tiesUpThrough, limits.size() - 2));
    const auto below = (std::upper_bound(inner, tiedUpEnd, value) - inner) +
                       (std::lower_bound(tiedUpEnd, innerEnd, value) - tiedUpEnd);
    return static_cast<int>(below);
}

bool needsSortedValues(ClassMethod method) {
    return method == ClassMethod::NaturalBreaks || method == ClassMethod::Percentile ||
           method == ClassMethod::BoxMap || method == ClassMethod::BoxMap3;
}

ValueRange finiteRange(std::span<const double> values) {
    ValueRange range;
    for (double v : values)
        if (std::isfinite(v)) {
            range.minimum = std::min(range.minimum, v);
            range.maximum = std::max(range.maximum, v);
            ++range.count;
        }
    return range;
}

namespace {
// How many distinct finite values there are, counted up to `cap` (a handful): the class count
// is capped by it, and counting stops as soon as it is reached.
size_t distinctUpTo(std::span<const double> values, size_t cap) {
    std::vector<double> seen;
    for (double v : values) {
        if (!std::isfinite(v) || std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
        seen.push_back(v);
        if (seen.size() >= cap) break;
    }
    return seen.size();
}
}  // namespace

Classification classifyUnsorted(std::span<const double> values, const ValueRange& range, ClassMethod method,
                                int classes, QuantileType quantileType) {
    const double minimum = range.minimum, maximum = range.maximum;
    if (range.count == 0 || !(minimum <= maximum) || classes < 1) return {};
    if (minimum == maximum) return Classification{{minimum, minimum}};
    // As classifySorted: no more classes than distinct values.
    const int k = int(distinctUpTo(values, size_t(classes)));
    switch (method) {
        case ClassMethod::Quantile:
            return unsortedQuantileBreaks(values, range.count, k, quantileType);
        case ClassMethod::EqualInterval:
            return equalIntervalBreaks(minimum, maximum, k);
        case ClassMethod::Pretty:
            if (std::optional<Classification> pretty = prettyBreaks(minimum, maximum, k)) return *pretty;
            return equalIntervalBreaks(minimum, maximum, k);
        case ClassMethod::StandardDeviation:
            return standardDeviationBreaks(values, minimum, maximum, classes);
        default:
            return classify(values, method, classes, quantileType);
    }
}

Classification classify(std::span<const double> values, ClassMethod method, int classes,
                        QuantileType quantileType) {
    if (!needsSortedValues(method))
        return classifyUnsorted(values, finiteRange(values), method, classes, quantileType);
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) sorted.push_back(v);
    sortValues(sorted);
    return classifySorted(sorted, method, classes, quantileType);
}

Classification classifySorted(std::span<const double> sorted, ClassMethod method, int classes,
                              QuantileType quantileType) {
    if (sorted.empty() || classes < 1) return {};
    // Counted, not collected: only natural breaks needs the distinct values themselves, and a
    // restyle of 10^6 values should not build them for nothing.
    size_t distinctCount = 1;
    for (size_t i = 1; i < sorted.size(); ++i) distinctCount += sorted[i] != sorted[i - 1];
    if (distinctCount == 1) return Classification{{sorted.front(), sorted.front()}};
    // More classes than distinct values could only produce empty or repeated classes.
    const int k = static_cast<int>(std::min(static_cast<size_t>(classes), distinctCount));

    switch (method) {
        case ClassMethod::Quantile:
            return quantileBreaks(sorted, k, quantileType);
        case ClassMethod::EqualInterval:
            return equalIntervalBreaks(sorted.front(), sorted.back(), k);
        case ClassMethod::NaturalBreaks:
            if (k == 1) return Classification{{sorted.front(), sorted.back()}};
            return naturalBreaks(distinctOf(sorted), k);
        case ClassMethod::Pretty:
            if (std::optional<Classification> pretty = prettyBreaks(sorted.front(), sorted.back(), k))
                return *pretty;
            return equalIntervalBreaks(sorted.front(), sorted.back(), k);
        // The fixed-meaning methods keep every class, empty or not: `classes`, not k.
        case ClassMethod::StandardDeviation:
            return standardDeviationBreaks(sorted, sorted.front(), sorted.back(), classes);
        case ClassMethod::Percentile:
            return percentileBreaks(sorted);
        case ClassMethod::BoxMap:
            return boxMapBreaks(sorted, 1.5);
        case ClassMethod::BoxMap3:
            return boxMapBreaks(sorted, 3.0);
    }
    return {};
}

}  // namespace bashu
