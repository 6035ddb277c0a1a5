#pragma once
// Is a value clustered in space over the whole map? Moran's I and Geary's C with their moments
// under normality and randomisation (Cliff and Ord), and a permutation test.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "spatial/spatial_weights.h"

namespace bashu {

/// A global statistic with its moments. Units without neighbours (islands) take no part in the
/// moments' n, as spdep counts them by default (adjust.n).
struct GlobalStatistic {
    double value = 0;
    double expected = 0;
    double varianceNormal = 0, varianceRandomisation = 0;
    double zNormal = 0, zRandomisation = 0;
    /// With permutations: the share of permuted values at least as extreme, on the side the
    /// observed one lies, (count + 1) / (permutations + 1); the permutations' mean and spread.
    std::optional<double> pseudoP;
    double permutationMean = 0, permutationSd = 0;
    int permutations = 0;
};

struct PermutationOptions {
    int permutations = 999;  // 0: none
    uint64_t seed = 12345;
};

/// Moran's I of `values` (one per unit, all finite) under `weights`. An error for fewer than 4
/// units, a constant value, or no weights.
Result<GlobalStatistic> moranI(const std::vector<double>& values, const SpatialWeights& weights,
                               const PermutationOptions& permutations = {});

/// Geary's C, likewise (E[C] = 1; below 1: neighbours alike).
Result<GlobalStatistic> gearyC(const std::vector<double>& values, const SpatialWeights& weights,
                               const PermutationOptions& permutations = {});

}  // namespace bashu
