#include "thematic/classification.h"

#include "thematic/ascii_case.h"
#include "thematic/extreme_value_breaks.h"
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

// The ranks whose values limit `classes` quantile classes of n sorted values: the minimum, then
// the top of each class, at index ceil((i+1)*n/k)-1, in integers so that 1000 values in 5
// classes split at exactly 200, 400, ...
std::vector<size_t> quantileRanks(size_t n, int classes) {
    const auto k = static_cast<size_t>(classes);
    std::vector<size_t> ranks{0};
    for (size_t i = 0; i < k; ++i) ranks.push_back(((i + 1) * n + k - 1) / k - 1);
    return ranks;
}

// Quantile classes from the values at quantileRanks.
Classification quantileLimits(std::span<const double> atRanks) {
    Classification c;
    c.limits.reserve(atRanks.size());
    c.limits.push_back(atRanks.front());
    for (size_t i = 1; i < atRanks.size(); ++i) {
        const double limit = atRanks[i];
        // Ties can put several breaks on one value; dropping the repeats gives fewer classes
        // instead of empty ones. A first break on the minimum itself is kept: the first class
        // is closed at both ends, so [min, min] holds the minimum's ties and is not empty.
        const bool firstClassOfMinimum = c.limits.size() == 1 && limit == c.limits.front();
        if (limit > c.limits.back() || firstClassOfMinimum) c.limits.push_back(limit);
    }
    return c;
}

Classification quantileBreaks(std::span<const double> sorted, int classes) {
    std::vector<double> atRanks;
    for (size_t rank : quantileRanks(sorted.size(), classes)) atRanks.push_back(sorted[rank]);
    return quantileLimits(atRanks);
}

Classification equalIntervalBreaks(double minimum, double maximum, int classes) {
    Classification c;
    c.limits.reserve(static_cast<size_t>(classes) + 1);
    const double width = (maximum - minimum) / classes;
    for (int i = 0; i < classes; ++i) c.limits.push_back(minimum + i * width);
    // The top limit is the maximum itself, not min + k * width, which may round below it.
    c.limits.push_back(maximum);
    return c;
}

/// Jenks' natural breaks as exact 1-D k-means: split the sorted distinct values (weighted by
/// their counts) into `classes` contiguous groups minimising the total within-group sum of
/// squared deviations.
///
/// D[m][j] = min over i of D[m-1][i] + cost(i, j), the best split of the first j distinct values
/// into m groups. cost satisfies the quadrangle inequality (it is "concave Monge"; see Wu 1991,
/// and Grønlund et al. 2017, "Fast exact k-means, k-medians and Bregman divergence clustering
/// in 1D"), so the optimal i is non-decreasing in j and each layer can be filled by divide and
/// conquer in O(n log n) instead of O(n^2): O(k n log n) overall, the same optimum as the
/// quadratic recurrence.
class NaturalBreaksSolver {
public:
    explicit NaturalBreaksSolver(const DistinctValues& d) : d_(d) {
        const size_t n = d.values.size();
        weight_.assign(n + 1, 0.0);
        sum_.assign(n + 1, 0.0);
        sumSquares_.assign(n + 1, 0.0);
        // Shifting by the mean keeps the prefix sums small, so cost() loses less to
        // cancellation when the values are large but close together.
        double total = 0.0, count = 0.0;
        for (size_t i = 0; i < n; ++i) {
            total += d.values[i] * d.counts[i];
            count += d.counts[i];
        }
        const double shift = total / count;
        for (size_t i = 0; i < n; ++i) {
            const double x = d.values[i] - shift;
            weight_[i + 1] = weight_[i] + d.counts[i];
            sum_[i + 1] = sum_[i] + d.counts[i] * x;
            sumSquares_[i + 1] = sumSquares_[i] + d.counts[i] * x * x;
        }
    }

    /// Sum of squared deviations from their mean of distinct values [i, j), i < j.
    double cost(size_t i, size_t j) const {
        const double w = weight_[j] - weight_[i];
        const double s = sum_[j] - sum_[i];
        const double ss = sumSquares_[j] - sumSquares_[i];
        // Rounding can leave a tiny negative where the exact value is zero.
        return std::max(0.0, ss - s * s / w);
    }

    /// Indices into the distinct values where each group after the first starts.
    std::vector<size_t> solve(size_t groups) {
        const size_t n = d_.values.size();
        std::vector<double> previous(n + 1), current(n + 1);
        // split_[(m - 1) * (n + 1) + j]: where the last group starts in the best split of the
        // first j values into m groups.
        split_.assign(groups * (n + 1), 0);
        for (size_t j = 1; j <= n; ++j) previous[j] = cost(0, j);
        for (size_t m = 2; m <= groups; ++m) {
            std::fill(current.begin(), current.end(), std::numeric_limits<double>::infinity());
            // m groups need at least m values; the last layer only needs j == n, but the
            // divide and conquer needs the whole range to keep its bounds valid.
            fillLayer(m, m, n, m - 1, n - 1, previous, current);
            std::swap(previous, current);
        }
        std::vector<size_t> starts(groups - 1);
        size_t j = n;
        for (size_t m = groups; m >= 2; --m) {
            j = split_[(m - 1) * (n + 1) + j];
            starts[m - 2] = j;
        }
        return starts;
    }

private:
    // Fills current[j] for j in [lo, hi], knowing that the best split point lies in
    // [optLo, optHi].
    void fillLayer(size_t m, size_t lo, size_t hi, size_t optLo, size_t optHi,
                   const std::vector<double>& previous, std::vector<double>& current) {
        const size_t n = d_.values.size();
        while (lo <= hi) {
            const size_t mid = lo + (hi - lo) / 2;
            double best = std::numeric_limits<double>::infinity();
            size_t bestSplit = optLo;
            const size_t last = std::min(mid - 1, optHi);
            for (size_t i = optLo; i <= last; ++i) {
                const double candidate = previous[i] + cost(i, mid);
                // Strictly less: the leftmost optimum, a consistent choice that keeps the
                // monotonicity the divide and conquer relies on.
                if (candidate < best) {
                    best = candidate;
                    bestSplit = i;
                }
            }
            current[mid] = best;
            split_[(m - 1) * (n + 1) + mid] = bestSplit;
            // Recurse into the smaller half and loop on the other to bound the stack depth.
            if (mid - lo < hi - mid) {
                if (mid > lo) fillLayer(m, lo, mid - 1, optLo, bestSplit, previous, current);
                lo = mid + 1;
                optLo = bestSplit;
            } else {
                if (mid < hi) fillLayer(m, mid + 1, hi, bestSplit, optHi, previous, current);
                if (mid == lo) break;
                hi = mid - 1;
                optHi = bestSplit;
            }
        }
    }

    const DistinctValues& d_;
    std::vector<double> weight_, sum_, sumSquares_;
    std::vector<size_t> split_;
};

Classification naturalBreaks(const DistinctValues& d, int classes) {
    const auto groups = static_cast<size_t>(classes);
    NaturalBreaksSolver solver(d);
    const std::vector<size_t> starts = solver.solve(groups);
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
    // The first upper limit >= value closes the class: classes are (lo, hi], and the first
    // one also takes its lower limit, which lands here on limits[1] as well.
    const auto it = std::lower_bound(limits.begin() + 1, limits.end(), value);
    return static_cast<int>(it - limits.begin()) - 1;
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
                                int classes) {
    const double minimum = range.minimum, maximum = range.maximum;
    if (range.count == 0 || !(minimum <= maximum) || classes < 1) return {};
    if (minimum == maximum) return Classification{{minimum, minimum}};
    // As classifySorted: no more classes than distinct values.
    const int k = int(distinctUpTo(values, size_t(classes)));
    switch (method) {
        case ClassMethod::Quantile:
            return quantileLimits(valuesAtRanks(values, quantileRanks(range.count, k)));
        case ClassMethod::EqualInterval:
            return equalIntervalBreaks(minimum, maximum, k);
        case ClassMethod::Pretty:
            if (std::optional<Classification> pretty = prettyBreaks(minimum, maximum, k)) return *pretty;
            return equalIntervalBreaks(minimum, maximum, k);
        case ClassMethod::StandardDeviation:
            return standardDeviationBreaks(values, minimum, maximum, classes);
        default:
            return classify(values, method, classes);
    }
}

Classification classify(std::span<const double> values, ClassMethod method, int classes) {
    if (!needsSortedValues(method)) return classifyUnsorted(values, finiteRange(values), method, classes);
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) sorted.push_back(v);
    sortValues(sorted);
    return classifySorted(sorted, method, classes);
}

Classification classifySorted(std::span<const double> sorted, ClassMethod method, int classes) {
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
            return quantileBreaks(sorted, k);
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
