#pragma once
// Sample quantiles of sorted values: the one definition the percentile and box maps share.
#include <span>

namespace bashu {

/// The p-quantile, p = numerator / denominator in [0, 1], of ascending values (at least one), by
/// linear interpolation between order statistics at position (n - 1) p: Hyndman and Fan's type 7,
/// the default of R's quantile() and NumPy's percentile(). The position is computed in integers,
/// so a quantile that falls on a value (the median of 5 values, the quartiles of 9) is that value
/// exactly, and quantiles never decrease as p grows.
double sampleQuantile(std::span<const double> sorted, int numerator, int denominator);

}  // namespace bashu
