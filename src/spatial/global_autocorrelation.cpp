#include "spatial/global_autocorrelation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "spatial/permutation_random.h"

namespace bashu {

namespace {

// What both statistics need of the values and the weights.
struct Inputs {
    double n = 0;  // units with a neighbour
    double sumZ2 = 0, sumZ4 = 0;
    double kurtosis = 0;    // of the values, over all units (the moments under randomisation)
    std::vector<double> z;  // deviations from the mean of all units
    WeightSums sums;
};

Result<Inputs> inputsOf(const std::vector<double>& values, const SpatialWeights& weights) {
    if (values.size() != weights.size())
        return Error{std::to_string(values.size()) + " values for " + std::to_string(weights.size()) +
                     " units"};
    for (double v : values)
        if (!std::isfinite(v)) return Error{"a value is missing or not finite: leave such units out first"};
    Inputs in;
    in.n = double(values.size() - weights.islands().size());
    if (in.n < 4) return Error{"the statistic needs at least 4 units with neighbours"};
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    in.z.resize(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        in.z[i] = values[i] - mean;
        in.sumZ2 += in.z[i] * in.z[i];
        in.sumZ4 += in.z[i] * in.z[i] * in.z[i] * in.z[i];
    }
    if (!(in.sumZ2 > 0)) return Error{"the value is the same everywhere: nothing to correlate"};
    const double count = double(values.size());
    in.kurtosis = (in.sumZ4 / count) / ((in.sumZ2 / count) * (in.sumZ2 / count));
    in.sums = weightSums(weights);
    if (!(in.sums.s0 > 0)) return Error{"no unit has a neighbour"};
    if (weights.linksEveryPair()) return Error{kEveryPairLinked};
    return in;
}

double moranOf(const std::vector<double>& z, const SpatialWeights& w, double n, double s0, double sumZ2) {
    double cross = 0;
    for (size_t i = 0; i < w.size(); ++i) {
        double lag = 0;
        for (size_t k = 0; k < w.neighbours[i].size(); ++k) lag += w.weights[i][k] * z[w.neighbours[i][k]];
        cross += z[i] * lag;
    }
    return n / s0 * cross / sumZ2;
}

double gearyOf(const std::vector<double>& z, const SpatialWeights& w, double n, double s0, double sumZ2) {
    double squares = 0;
    for (size_t i = 0; i < w.size(); ++i)
        for (size_t k = 0; k < w.neighbours[i].size(); ++k) {
            const double d = z[i] - z[w.neighbours[i][k]];
            squares += w.weights[i][k] * d * d;
        }
    return (n - 1) * squares / (2 * s0 * sumZ2);
}

// The permutation test of `statistic`: values shuffled over the units, the observed value
// against the shuffled ones.
template <typename Statistic>
void permute(GlobalStatistic& result, const Inputs& in, const PermutationOptions& options,
             const Statistic& statistic) {
    if (options.permutations <= 0) return;
    PermutationRandom random(options.seed);
    std::vector<double> z = in.z;
    std::vector<double> drawn(size_t(options.permutations));
    for (double& value : drawn) {
        for (size_t i = z.size(); i > 1; --i) std::swap(z[i - 1], z[random.below(uint32_t(i))]);
        value = statistic(z);
    }
    size_t above = 0, below = 0;
    double sum = 0, sum2 = 0;
    for (double v : drawn) {
        above += v >= result.value;
        below += v <= result.value;
        sum += v;
        sum2 += v * v;
    }
    const double count = double(drawn.size());
    result.permutations = options.permutations;
    result.permutationMean = sum / count;
    result.permutationSd = std::sqrt(std::max(0.0, (sum2 - sum * sum / count) / (count - 1)));
    result.pseudoP = double(std::min(above, below) + 1) / (count + 1);
}

}  // namespace

Result<GlobalStatistic> moranI(const std::vector<double>& values, const SpatialWeights& weights,
                               const PermutationOptions& options) {
    Result<Inputs> inputs = inputsOf(values, weights);
    if (!inputs) return inputs.error();
    const Inputs& in = *inputs;
    const double n = in.n, s0 = in.sums.s0, s1 = in.sums.s1, s2 = in.sums.s2;
    GlobalStatistic r;
    r.value = moranOf(in.z, weights, n, s0, in.sumZ2);
    r.expected = -1.0 / (n - 1);
    const double e2 = r.expected * r.expected;
    r.varianceNormal = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - e2;
    const double k = in.kurtosis;
    r.varianceRandomisation = (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) -
                               k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0)) /
                                  ((n - 1) * (n - 2) * (n - 3) * s0 * s0) -
                              e2;
    r.zNormal = (r.value - r.expected) / std::sqrt(r.varianceNormal);
    r.zRandomisation = (r.value - r.expected) / std::sqrt(r.varianceRandomisation);
    permute(r, in, options,
            [&](const std::vector<double>& z) { return moranOf(z, weights, n, s0, in.sumZ2); });
    return r;
}

Result<GlobalStatistic> gearyC(const std::vector<double>& values, const SpatialWeights& weights,
                               const PermutationOptions& options) {
    Result<Inputs> inputs = inputsOf(values, weights);
    if (!inputs) return inputs.error();
    const Inputs& in = *inputs;
    const double n = in.n, s0 = in.sums.s0, s1 = in.sums.s1, s2 = in.sums.s2;
    GlobalStatistic r;
    r.value = gearyOf(in.z, weights, n, s0, in.sumZ2);
    r.expected = 1.0;
    r.varianceNormal = ((2 * s1 + s2) * (n - 1) - 4 * s0 * s0) / (2 * (n + 1) * s0 * s0);
    const double k = in.kurtosis;
    r.varianceRandomisation = ((n - 1) * s1 * (n * n - 3 * n + 3 - (n - 1) * k) -
                               0.25 * (n - 1) * s2 * (n * n + 3 * n - 6 - (n * n - n + 2) * k) +
                               s0 * s0 * (n * n - 3 - (n - 1) * (n - 1) * k)) /
                              (n * (n - 2) * (n - 3) * s0 * s0);
    r.zNormal = (r.expected - r.value) / std::sqrt(r.varianceNormal);
    r.zRandomisation = (r.expected - r.value) / std::sqrt(r.varianceRandomisation);
    permute(r, in, options,
            [&](const std::vector<double>& z) { return gearyOf(z, weights, n, s0, in.sumZ2); });
    return r;
}

}  // namespace bashu
