#include "spatial/spatial_weights.h"

#include <algorithm>

namespace bashu {

std::vector<size_t> SpatialWeights::islands() const {
    std::vector<size_t> out;
    for (size_t i = 0; i < neighbours.size(); ++i)
        if (neighbours[i].empty()) out.push_back(i);
    return out;
}

std::map<size_t, size_t> SpatialWeights::neighbourCounts() const {
    std::map<size_t, size_t> counts;
    for (const std::vector<uint32_t>& n : neighbours) ++counts[n.size()];
    return counts;
}

bool SpatialWeights::linksEveryPair() const {
    if (size() < 2) return false;
    for (const std::vector<uint32_t>& own : neighbours)
        if (own.size() + 1 != size()) return false;
    return true;
}

bool SpatialWeights::symmetric() const {
    for (size_t i = 0; i < neighbours.size(); ++i)
        for (uint32_t j : neighbours[i])
            if (!std::binary_search(neighbours[j].begin(), neighbours[j].end(), uint32_t(i))) return false;
    return true;
}

SpatialWeights binaryWeights(std::vector<std::vector<uint32_t>> neighbours) {
    SpatialWeights w;
    w.weights.resize(neighbours.size());
    for (size_t i = 0; i < neighbours.size(); ++i) {
        std::vector<uint32_t>& n = neighbours[i];
        std::sort(n.begin(), n.end());
        n.erase(std::unique(n.begin(), n.end()), n.end());
        n.erase(std::remove(n.begin(), n.end(), uint32_t(i)), n.end());
        w.weights[i].assign(n.size(), 1.0);
    }
    w.neighbours = std::move(neighbours);
    return w;
}

SpatialWeights subsetWeights(const SpatialWeights& weights, const std::vector<bool>& keep) {
    std::vector<int64_t> renumbered(weights.size(), -1);
    int64_t next = 0;
    for (size_t i = 0; i < weights.size(); ++i)
        if (i < keep.size() && keep[i]) renumbered[i] = next++;
    SpatialWeights out;
    out.neighbours.resize(size_t(next));
    out.weights.resize(size_t(next));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (renumbered[i] < 0) continue;
        const size_t to = size_t(renumbered[i]);
        for (size_t k = 0; k < weights.neighbours[i].size(); ++k)
            if (const int64_t j = renumbered[weights.neighbours[i][k]]; j >= 0) {
                out.neighbours[to].push_back(uint32_t(j));
                out.weights[to].push_back(weights.weights[i][k]);
            }
    }
    return out;
}

SpatialWeights rowStandardised(SpatialWeights weights) {
    for (std::vector<double>& row : weights.weights) {
        double sum = 0;
        for (double v : row) sum += v;
        if (sum != 0)
            for (double& v : row) v /= sum;
    }
    return weights;
}

WeightSums weightSums(const SpatialWeights& w) {
    WeightSums sums;
    const size_t n = w.size();
    std::vector<double> rowSum(n, 0.0), columnSum(n, 0.0);
    // w_ji for each i, j: the weight j gives i, found by j's sorted neighbour list.
    auto weightOf = [&](size_t from, uint32_t to) {
        const std::vector<uint32_t>& list = w.neighbours[from];
        const auto at = std::lower_bound(list.begin(), list.end(), to);
        return at != list.end() && *at == to ? w.weights[from][size_t(at - list.begin())] : 0.0;
    };
    for (size_t i = 0; i < n; ++i)
        for (size_t k = 0; k < w.neighbours[i].size(); ++k) {
            const uint32_t j = w.neighbours[i][k];
            const double wij = w.weights[i][k];
            sums.s0 += wij;
            rowSum[i] += wij;
            columnSum[j] += wij;
            const double wji = weightOf(j, uint32_t(i));
            // S1 sums (w_ij + w_ji)^2 / 2 over ordered pairs. A pair weighted both ways is met
            // from both sides; one weighted one way only is met once and stands for both orders.
            sums.s1 += (wji != 0 ? 0.5 : 1.0) * (wij + wji) * (wij + wji);
        }
    for (size_t i = 0; i < n; ++i) sums.s2 += (rowSum[i] + columnSum[i]) * (rowSum[i] + columnSum[i]);
    return sums;
}

std::vector<double> spatialLag(const SpatialWeights& weights, const std::vector<double>& values) {
    std::vector<double> lag(weights.size(), 0.0);
    for (size_t i = 0; i < weights.size(); ++i)
        for (size_t k = 0; k < weights.neighbours[i].size(); ++k)
            lag[i] += weights.weights[i][k] * values[weights.neighbours[i][k]];
    return lag;
}

}  // namespace bashu
