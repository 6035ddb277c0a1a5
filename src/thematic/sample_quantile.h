#pragma once
// Sample quantiles of sorted values, by the definitions mapping tools use (Hyndman and Fan 1996),
// and the hinges of GeoDa's box map.
#include <cstddef>
#include <optional>
#include <span>

namespace bashu {

/// Hyndman and Fan's sample quantile types that matter for maps, by their numbers:
/// - 1 (DataValues): the inverse of the empirical distribution, a data value itself (R's
///   quantile(type = 1), NumPy's "inverted_cdf");
/// - 5 (Hazen): linear interpolation at position n p - 0.5 (0-based), clamped to the ends: GeoDa's
///   percentiles and quantile maps (NumPy's "hazen");
/// - 7 (Linear): linear interpolation at position (n - 1) p: R's quantile() and classInt's default,
///   QGIS's quantile classes, NumPy's default "linear".
enum class QuantileType { DataValues = 1, Hazen = 5, Linear = 7 };

/// The type numbered `number` (1, 5 or 7); nothing for any other number.
std::optional<QuantileType> quantileTypeOf(int number);

/// Where the p-quantile (p = numerator / denominator in [0, 1]) of n >= 1 ascending values lies:
/// `fraction` of the way from order statistic `lower` to `lower + 1` (0-based; fraction 0 when it
/// falls on `lower`). Computed in integers, so a quantile that falls on a value is found exactly.
struct QuantilePosition {
    size_t lower = 0;
    double fraction = 0.0;
};
QuantilePosition quantilePosition(size_t n, int numerator, int denominator, QuantileType type);

/// The value at a position: a data value, or one interpolated between the two order statistics
/// without overflow (values up to ±1.7e308) and never beyond them. `atLower` and `atUpper` are
/// the values at position.lower and position.lower + 1 (the latter unused when fraction is 0).
double valueAtPosition(const QuantilePosition& position, double atLower, double atUpper);

/// The p-quantile of ascending values (at least one) by `type`. Quantiles never decrease as p
/// grows.
double sampleQuantile(std::span<const double> sorted, int numerator, int denominator,
                      QuantileType type = QuantileType::Linear);

/// Tukey's hinges as GeoDa's box map computes them (HingeStats::CalculateHingeStats in GeoDa's
/// GenUtils.cpp): for n sorted values, 0-based, the median at (n - 1) / 2, the lower hinge at
/// (n - 2) / 4 for even n and (n - 1) / 4 for odd n, the upper at (3n - 2) / 4 or (3n - 3) / 4; a
/// position halfway between two values takes their midpoint.
struct Hinges {
    double lower = 0.0, median = 0.0, upper = 0.0;
};
Hinges tukeyHinges(std::span<const double> sorted);

}  // namespace bashu
