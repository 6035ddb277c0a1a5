#include "thematic/sample_quantile.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace bashu {

std::optional<QuantileType> quantileTypeOf(int number) {
    switch (number) {
        case 1:
            return QuantileType::DataValues;
        case 5:
            return QuantileType::Hazen;
        case 7:
            return QuantileType::Linear;
        default:
            return std::nullopt;
    }
}

QuantilePosition quantilePosition(size_t n, int numerator, int denominator, QuantileType type) {
    const auto count = static_cast<int64_t>(n);
    const auto num = static_cast<int64_t>(numerator), den = static_cast<int64_t>(denominator);
    // The 0-based position as a fraction scaled / whole, in integers.
    int64_t scaled = 0, whole = den;
    switch (type) {
        case QuantileType::DataValues:
            // The smallest value with at least n p values at or below it: index ceil(n p) - 1.
            return {static_cast<size_t>(std::max<int64_t>((count * num + den - 1) / den - 1, 0)), 0.0};
        case QuantileType::Hazen:
            scaled = 2 * count * num - den;  // n p - 1/2, over 2 den
            whole = 2 * den;
            break;
        case QuantileType::Linear:
            scaled = (count - 1) * num;
            break;
    }
    if (scaled <= 0) return {0, 0.0};
    if (scaled >= (count - 1) * whole) return {n - 1, 0.0};
    return {static_cast<size_t>(scaled / whole),
            static_cast<double>(scaled % whole) / static_cast<double>(whole)};
}

double valueAtPosition(const QuantilePosition& position, double atLower, double atUpper) {
    if (position.fraction == 0.0) return atLower;
    // std::lerp neither overflows (-1e308 to 1e308) nor leaves [atLower, atUpper].
    return std::lerp(atLower, atUpper, position.fraction);
}

double sampleQuantile(std::span<const double> sorted, int numerator, int denominator, QuantileType type) {
    const QuantilePosition at = quantilePosition(sorted.size(), numerator, denominator, type);
    return valueAtPosition(at, sorted[at.lower],
                           at.fraction == 0.0 ? sorted[at.lower] : sorted[at.lower + 1]);
}

namespace {
// The value at a position given in quarters (0-based): a value, or the midpoint of two
// (std::midpoint: no overflow).
double atQuarters(std::span<const double> sorted, size_t quarters) {
    const size_t below = quarters / 4, above = (quarters + 3) / 4;
    return below == above ? sorted[below] : std::midpoint(sorted[below], sorted[above]);
}
}  // namespace

Hinges tukeyHinges(std::span<const double> sorted) {
    const size_t n = sorted.size();
    const bool even = n % 2 == 0;
    // GeoDa's positions (N+2)/4 - 1, (N+3)/4 - 1, (3N+2)/4 - 1, (3N+1)/4 - 1 and (N+1)/2 - 1, in
    // quarters; n >= 1. (n - 2 for n = 0 never happens: an even n here is at least 2.)
    const size_t lower = even ? n - 2 : n - 1;
    const size_t upper = even ? 3 * n - 2 : 3 * n - 3;
    return {atQuarters(sorted, lower), atQuarters(sorted, 2 * (n - 1)), atQuarters(sorted, upper)};
}

}  // namespace bashu
