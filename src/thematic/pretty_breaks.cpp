#include "thematic/pretty_breaks.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace bashu {

namespace {

double powerOfTen(int exponent) {
    // Repeated multiplication is exact up to 10^22, where std::pow need not be.
    double p = 1.0;
    for (int i = 0; i < std::abs(exponent); ++i) p *= 10.0;
    return p;
}

/// Multiples i * mantissa * 10^exponent for i in [first, last].
struct RoundSteps {
    double mantissa = 1.0;
    int exponent = 0;
    int64_t first = 0, last = 0;

    int64_t count() const { return last - first; }

    /// The i-th multiple, rounded once: i * mantissa is exact (mantissa is a multiple of 0.5), and
    /// dividing by 10^-exponent rather than multiplying by an inexact 0.1 gives 0.3, not
    /// 0.30000000000000004.
    double value(int64_t i) const {
        const double scaled = static_cast<double>(i) * mantissa;
        return exponent >= 0 ? scaled * powerOfTen(exponent) : scaled / powerOfTen(-exponent);
    }
};

// Beyond this the multiples are no longer exact doubles apart.
constexpr double kLargestIndex = 1LL << 50;

std::optional<RoundSteps> cover(double minimum, double maximum, double mantissa, int exponent) {
    RoundSteps s{mantissa, exponent};
    const double step = s.value(1);
    const double first = std::floor(minimum / step), last = std::ceil(maximum / step);
    if (!(std::abs(first) < kLargestIndex && std::abs(last) < kLargestIndex)) return std::nullopt;
    s.first = static_cast<int64_t>(first);
    s.last = static_cast<int64_t>(last);
    // Near ±1.7e308 a covering multiple may lie beyond the doubles: no such step.
    if (!std::isfinite(s.value(s.first - 1)) || !std::isfinite(s.value(s.last + 1))) return std::nullopt;
    // The divisions may round across a multiple (0.3 / 0.1 is 2.9999999999999996): settle on the
    // tightest multiples that still cover the values.
    while (s.value(s.first) > minimum) --s.first;
    while (s.value(s.first + 1) <= minimum) ++s.first;
    while (s.value(s.last) < maximum) ++s.last;
    while (s.value(s.last - 1) >= maximum) --s.last;
    return s;
}

}  // namespace

std::optional<Classification> prettyBreaks(double minimum, double maximum, int classes) {
    if (!(maximum > minimum) || !std::isfinite(minimum) || !std::isfinite(maximum) || classes < 1)
        return std::nullopt;
    // The range's logarithm; from -1e308 to 1e308 the range itself overflows, its half does not.
    const double range = maximum - minimum;
    const double logRange = std::isfinite(range)
                                ? std::log10(range)
                                : std::log10(maximum * 0.5 - minimum * 0.5) + std::log10(2.0);
    // From steps a tenth of the even split (more classes than asked) to steps beyond the whole
    // range (one or two classes), smallest first.
    const int lowest = static_cast<int>(std::floor(std::isfinite(range) ? std::log10(range / classes)
                                                                        : logRange - std::log10(classes))) -
                       1;
    const int highest = static_cast<int>(std::ceil(logRange)) + 1;
    std::optional<RoundSteps> best;
    for (int exponent = lowest; exponent <= highest; ++exponent) {
        for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
            const std::optional<RoundSteps> steps = cover(minimum, maximum, mantissa, exponent);
            // Strictly more: of equal counts the first, smaller step stays.
            if (steps && steps->count() <= classes && (!best || steps->count() > best->count())) best = steps;
        }
    }
    if (!best) return std::nullopt;
    Classification c;
    for (int64_t i = best->first; i <= best->last; ++i) c.limits.push_back(best->value(i));
    return c;
}

}  // namespace bashu
