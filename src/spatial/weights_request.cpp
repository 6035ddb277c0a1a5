#include "spatial/weights_request.h"

#include "core/ascii_case.h"

#include <charconv>
#include <cstdio>

namespace bashu {

Result<WeightsRequest> parseWeightsRequest(std::string_view text) {
    const size_t colon = text.find(':');
    // In any case, as the methods are: "Queen" is queen.
    const std::string lowered = asciiLower(text.substr(0, colon));
    const std::string_view kind = lowered;
    const std::string_view argument = colon == std::string_view::npos ? "" : text.substr(colon + 1);
    const std::string spec(text);
    WeightsRequest request;
    if (kind == "queen" || kind == "rook") {
        if (colon != std::string_view::npos)
            return Error{"weights " + spec + ": " + std::string(kind) +
                         " takes no number (the tolerance is given apart)"};
        request.kind = kind == "queen" ? WeightsRequest::Kind::Queen : WeightsRequest::Kind::Rook;
        return request;
    }
    if (kind == "knn") {
        const auto [end, error] =
            std::from_chars(argument.data(), argument.data() + argument.size(), request.k);
        if (error != std::errc() || end != argument.data() + argument.size() || argument.empty())
            return Error{"weights " + spec + ": give the number of neighbours, e.g. knn:6"};
        request.kind = WeightsRequest::Kind::Nearest;
        return request;
    }
    if (kind == "band") {
        const auto [end, error] =
            std::from_chars(argument.data(), argument.data() + argument.size(), request.band);
        if (error != std::errc() || end != argument.data() + argument.size() || argument.empty())
            return Error{"weights " + spec + ": give the band's distance, e.g. band:50000"};
        request.kind = WeightsRequest::Kind::Band;
        return request;
    }
    return Error{"weights " + spec + ": expected queen, rook, knn:K or band:D"};
}

Result<DescribedWeights> buildWeights(const GeometryColumn& geometry, const WeightsRequest& request,
                                      double tolerance, DistanceMetric metric,
                                      const std::vector<bool>& analysed) {
    char number[64];
    if (request.kind == WeightsRequest::Kind::Queen || request.kind == WeightsRequest::Kind::Rook) {
        const bool queen = request.kind == WeightsRequest::Kind::Queen;
        Result<SpatialWeights> w =
            contiguityWeights(geometry, queen ? Contiguity::Queen : Contiguity::Rook, tolerance);
        if (!w) return w.error();
        std::snprintf(number, sizeof number, "%g", tolerance);
        return DescribedWeights{std::move(*w),
                                std::string(queen ? "queen" : "rook") + " contiguity, tolerance " + number};
    }
    std::vector<UnitCentre> centres = unitCentres(geometry);
    // Units not analysed have no centre to be found at.
    for (size_t i = 0; i < analysed.size() && i < centres.size(); ++i)
        if (!analysed[i]) centres[i].valid = false;
    const char* sphere = metric == DistanceMetric::GreatCircle ? " (great circle)" : "";
    if (request.kind == WeightsRequest::Kind::Nearest) {
        Result<SpatialWeights> w = nearestNeighbourWeights(centres, request.k, metric);
        if (!w) return w.error();
        return DescribedWeights{std::move(*w),
                                std::to_string(request.k) + " nearest neighbours by centroid" + sphere};
    }
    Result<SpatialWeights> w = distanceBandWeights(centres, request.band, metric);
    if (!w) return w.error();
    std::snprintf(number, sizeof number, "%g", request.band);
    return DescribedWeights{
        std::move(*w), std::string("centroids within ") + number +
                           (metric == DistanceMetric::GreatCircle ? " m (great circle)" : " (layer units)")};
}

}  // namespace bashu
