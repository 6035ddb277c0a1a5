#pragma once
// Sorting the values a classification needs: the costliest step of choosing another field at
// 10^6 features, so a radix sort (linear) rather than a comparison sort.
#include <cstddef>
#include <span>
#include <vector>

namespace bashu {

/// Sorts finite values ascending (the order std::sort gives; -0.0 and 0.0 are equal there and
/// may come in either order here). NaN must not be present.
void sortValues(std::vector<double>& values);

/// The values an ascending sort of the finite `values` (NaN and infinities skipped) would put at
/// each of `ranks` (each below the number of finite values), without sorting them all: one
/// pass counts the values by the leading bits of their keys within the values' range, a second
/// gathers the few buckets holding the ranks, and only those are sorted. Linear time: a quantile
/// map of 10^6 features needs a handful of ranks, not the whole order.
std::vector<double> valuesAtRanks(std::span<const double> values, std::span<const size_t> ranks);

}  // namespace bashu
