#pragma once
// The weights a user asks for in words ("queen", "rook", "knn:6", "band:50000"), as `bashu stats`
// and a document's statistic name them, and the weights built from a layer's geometry by them.
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry.h"
#include "core/result.h"
#include "spatial/contiguity_weights.h"
#include "spatial/distance_weights.h"

namespace bashu {

struct WeightsRequest {
    enum class Kind { Queen, Rook, Nearest, Band } kind = Kind::Queen;
    int k = 0;        // Nearest
    double band = 0;  // Band, in the layer's units (metres on the sphere)
};

/// "queen", "rook", "knn:K" or "band:D"; an error saying what is expected otherwise.
Result<WeightsRequest> parseWeightsRequest(std::string_view text);

/// The weights (binary) of `geometry` by the request, with a sentence saying what they are
/// ("queen contiguity, tolerance 0", "6 nearest neighbours by centroid").
struct DescribedWeights {
    SpatialWeights weights;
    std::string description;
};
/// With `analysed` (one flag per unit), the k nearest are found among the analysed units alone, as
/// GeoDa and PySAL find them, so a unit without a value takes no unit's place among the k;
/// contiguity and bands are the same either way (subsetWeights leaves the others out after).
Result<DescribedWeights> buildWeights(const GeometryColumn& geometry, const WeightsRequest& request,
                                      double tolerance, DistanceMetric metric,
                                      const std::vector<bool>& analysed = {});

}  // namespace bashu
