#pragma once
// Where are the clusters and outliers? Local Moran (LISA) with a conditional permutation test and
// its cluster classes, and the Getis-Ord Gi* hot and cold spots.
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spatial/global_autocorrelation.h"
#include "spatial/spatial_weights.h"

namespace bashu {

/// A unit's class on a LISA cluster map.
enum class LisaCluster { NotSignificant, HighHigh, LowLow, HighLow, LowHigh, Neighbourless };

/// "High-High", "Low-Low", "High-Low", "Low-High", "Not significant", "Neighbourless".
std::string_view lisaClusterName(LisaCluster cluster);

/// How the significance of many local tests is judged: each at alpha, at alpha / n
/// (Bonferroni), or by the false discovery rate (Benjamini-Hochberg at alpha).
enum class MultipleTesting { None, Bonferroni, FalseDiscoveryRate };

/// "none", "bonferroni" or "fdr"; an error naming the three otherwise.
Result<MultipleTesting> parseMultipleTesting(std::string_view name);

struct LocalMoran {
    std::vector<double> ii;        // the local statistic I_i = z_i / m2 * lag_i (spdep's localmoran)
    std::vector<double> expected;  // its expectation under conditional randomisation
    std::vector<double> variance;  // and variance (spdep's localmoran defaults)
    std::vector<double> z;         // deviations from the mean
    std::vector<double> lag;       // lag of the deviations
    std::vector<double> pseudoP;   // conditional permutation, folded: (min(>=, <=) + 1) / (R + 1)
    int permutations = 0;
};

/// Local Moran of `values` (all finite, one per unit). Permutations draw, for each unit, as many
/// of the other units' values as it has neighbours (conditional randomisation); each unit has its
/// own random stream from the seed, so the result does not depend on the number of threads.
Result<LocalMoran> localMoran(const std::vector<double>& values, const SpatialWeights& weights,
                              const PermutationOptions& permutations = {});

/// Bivariate local Moran (Anselin's, as spdep's localmoran_bv): I_i = x_i times the lag of y, both
/// standardised (R's scale()); `z` holds the standardised x and `lag` the lag of the standardised
/// y, so lisaClusters reads "High-High" as a high x among neighbours of high y. The permutations
/// draw the other units' y values around each unit (no expectation or variance is given).
Result<LocalMoran> localMoranBivariate(const std::vector<double>& x, const std::vector<double>& y,
                                       const SpatialWeights& weights,
                                       const PermutationOptions& permutations = {});

/// The units whose p is significant at `alpha` under `correction`.
std::vector<bool> significant(const std::vector<double>& p, double alpha, MultipleTesting correction);

/// The cluster map's classes: quadrant of (z, lag) where significant.
std::vector<LisaCluster> lisaClusters(const LocalMoran& lisa, const SpatialWeights& weights, double alpha,
                                      MultipleTesting correction);

struct LocalG {
    std::vector<double> z;  // the standardised Gi* (each unit counted among its own neighbours)
    std::vector<double> p;  // two-sided, from the normal distribution
};

/// Getis-Ord Gi* of `values` (all finite; may be negative), weights with each unit added to its
/// own neighbours with weight 1 before use (binary input) — as spdep's localG with include.self.
Result<LocalG> localGStar(const std::vector<double>& values, const SpatialWeights& weights);

}  // namespace bashu
