#pragma once
// Jenks' natural breaks as exact 1-D k-means: the one job of cutting sorted distinct values into
// groups with the least total within-group sum of squared deviations.
#include <cstddef>
#include <span>
#include <vector>

namespace bashu {

/// Where each group after the first starts (indices into `values`, ascending), for the best split
/// of `values` (distinct, ascending, finite, at least `groups` of them) weighted by `counts` (how
/// often each occurs) into `groups` >= 2 contiguous groups. Exact whatever the values' magnitudes
/// and spread (1..999 with 10^12, clusters 10^8 apart, float no-data values of 3.4e38 among
/// percentages, values beyond 10^154 whose squares overflow). Of tied optima, the one whose later
/// groups are the smaller: 1..999 in four groups is 250/250/250/249.
std::vector<size_t> naturalBreakStarts(std::span<const double> values, std::span<const double> counts,
                                       size_t groups);

}  // namespace bashu
