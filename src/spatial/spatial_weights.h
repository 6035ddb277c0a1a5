#pragma once
// Who neighbours whom, and with what weight: the spatial weights every statistic of this module
// is computed with, built from a layer's geometry (contiguity_weights.h, distance_weights.h) or
// read from GeoDa's files (weights_files.h).
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace bashu {

/// Each unit's neighbours, ascending, and one weight per neighbour (1 until standardised).
struct SpatialWeights {
    std::vector<std::vector<uint32_t>> neighbours;
    std::vector<std::vector<double>> weights;

    size_t size() const { return neighbours.size(); }
    /// The units without a neighbour ("islands").
    std::vector<size_t> islands() const;
    /// How many units have each number of neighbours (0 for islands).
    std::map<size_t, size_t> neighbourCounts() const;
    /// Whether every unit neighbours every other (a band or k that takes in the whole map): then
    /// every unit's lag is the others' mean and no permutation can tell one place from another.
    bool linksEveryPair() const;
    /// Whether j neighbours i whenever i neighbours j (contiguity and distance bands are; nearest
    /// neighbours usually are not).
    bool symmetric() const;
};

/// The statistics' message for weights that link every pair of units (linksEveryPair).
inline constexpr const char* kEveryPairLinked =
    "every unit is a neighbour of every other: nothing local to test (take fewer neighbours or a "
    "shorter band)";

/// Binary weights (each neighbour 1) from neighbour lists; each list is sorted and deduplicated,
/// and a unit is never its own neighbour.
SpatialWeights binaryWeights(std::vector<std::vector<uint32_t>> neighbours);

/// The weights among the units `keep` says to keep, renumbered in their order (units left out, say
/// for want of a value, are nobody's neighbours).
SpatialWeights subsetWeights(const SpatialWeights& weights, const std::vector<bool>& keep);

/// Each unit's weights divided by their sum, so a unit's lag is its neighbours' mean (islands keep
/// none).
SpatialWeights rowStandardised(SpatialWeights weights);

/// The sums the moments of Moran's I and Geary's C are written with (Cliff and Ord):
/// S0 = sum of all weights, S1 = 1/2 sum over pairs of (w_ij + w_ji)^2, S2 = sum over units of
/// (row sum + column sum)^2.
struct WeightSums {
    double s0 = 0, s1 = 0, s2 = 0;
};
WeightSums weightSums(const SpatialWeights& weights);

/// The spatial lag of `values`: for each unit, the weighted sum of its neighbours' values.
std::vector<double> spatialLag(const SpatialWeights& weights, const std::vector<double>& values);

}  // namespace bashu
