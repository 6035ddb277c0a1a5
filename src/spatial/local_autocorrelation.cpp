#include "spatial/local_autocorrelation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <thread>

#include "core/ascii_case.h"
#include "spatial/permutation_random.h"

namespace bashu {

std::string_view lisaClusterName(LisaCluster cluster) {
    switch (cluster) {
        case LisaCluster::HighHigh:
            return "High-High";
        case LisaCluster::LowLow:
            return "Low-Low";
        case LisaCluster::HighLow:
            return "High-Low";
        case LisaCluster::LowHigh:
            return "Low-High";
        case LisaCluster::Neighbourless:
            return "Neighbourless";
        case LisaCluster::NotSignificant:
            break;
    }
    return "Not significant";
}

Result<MultipleTesting> parseMultipleTesting(std::string_view name) {
    if (equalsIgnoreCase(name, "none")) return MultipleTesting::None;
    if (equalsIgnoreCase(name, "bonferroni")) return MultipleTesting::Bonferroni;
    if (equalsIgnoreCase(name, "fdr")) return MultipleTesting::FalseDiscoveryRate;
    return Error{"'" + std::string(name) + "' is not none, bonferroni or fdr"};
}

namespace {

Status checkValues(const std::vector<double>& values, const SpatialWeights& weights) {
    if (values.size() != weights.size())
        return Error{std::to_string(values.size()) + " values for " + std::to_string(weights.size()) +
                     " units"};
    if (values.size() < 4) return Error{"a local statistic needs at least 4 units"};
    if (weights.linksEveryPair()) return Error{kEveryPairLinked};
    for (double v : values)
        if (!std::isfinite(v)) return Error{"a value is missing or not finite: leave such units out first"};
    return Ok{};
}

// Runs `work(i)` for every unit, over the machine's cores (each unit's work is its own).
template <typename Work>
void forEachUnit(size_t n, const Work& work) {
    const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 16);
    if (threads == 1 || n < 2000) {
        for (size_t i = 0; i < n; ++i) work(i);
        return;
    }
    std::vector<std::thread> pool;
    for (size_t t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (size_t i = t; i < n; i += threads) work(i);
        });
    for (std::thread& thread : pool) thread.join();
}

// Each unit's folded pseudo p-value of coefficient_i * (the weighted sum of its neighbours'
// `pooled` values), against the same with as many of the other units' values drawn in their
// place (conditional randomisation): (min(>=, <=) + 1) / (R + 1). Each unit has its own random
// stream from the seed, so the result does not depend on the number of threads.
std::vector<double> conditionalPermutationP(const std::vector<double>& coefficient,
                                            const std::vector<double>& pooled, const SpatialWeights& weights,
                                            const PermutationOptions& options) {
    const size_t count = pooled.size();
    std::vector<double> pseudoP(count, 1.0);
    // The values in single precision for the draws: half the memory, so more of it stays in
    // cache under the random reads (the comparison with the observed value keeps a margin below).
    const std::vector<float> zf(pooled.begin(), pooled.end());
    forEachUnit(count, [&](size_t i) {
        const std::vector<uint32_t>& own = weights.neighbours[i];
        const size_t k = own.size();
        if (k == 0) return;
        PermutationRandom random(options.seed, i);
        // k of the other count - 1 units without replacement: a draw that repeats one already
        // drawn is drawn again (k is small beside the units, so that is rare).
        std::vector<uint32_t> drawn(k);
        // The observed lag from the same single-precision values, so a draw of the very
        // neighbours' values ties with it as it should.
        double observedLag = 0;
        for (size_t d = 0; d < k; ++d) observedLag += weights.weights[i][d] * double(zf[own[d]]);
        const double observed = coefficient[i] * observedLag;
        const uint32_t others = uint32_t(count - 1);
        size_t above = 0, below = 0;
        for (int p = 0; p < options.permutations; ++p) {
            double lag = 0;
            for (size_t d = 0; d < k; ++d) {
                uint32_t other = 0;
                do {
                    other = random.below(others);
                    if (other >= i) ++other;  // past the unit itself
                } while (std::find(drawn.begin(), drawn.begin() + std::ptrdiff_t(d), other) !=
                         drawn.begin() + std::ptrdiff_t(d));
                drawn[d] = other;
                lag += weights.weights[i][d] * double(zf[other]);
            }
            const double ii = coefficient[i] * lag;
            above += ii >= observed;
            below += ii <= observed;
        }
        pseudoP[i] = double(std::min(above, below) + 1) / double(options.permutations + 1);
    });
    return pseudoP;
}

// The values less their mean, over their standard deviation (n - 1, as R's scale()); an error
// for a constant.
Result<std::vector<double>> standardised(const std::vector<double>& values) {
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double squares = 0;
    for (double v : values) squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / (n - 1));
    if (!(sd > 0)) return Error{"constant"};
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) out.push_back((v - mean) / sd);
    return out;
}

}  // namespace

Result<LocalMoran> localMoran(const std::vector<double>& values, const SpatialWeights& weights,
                              const PermutationOptions& options) {
    if (Status ok = checkValues(values, weights); !ok) return ok.error();
    const size_t count = values.size();
    const double n = double(count);
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    LocalMoran r;
    r.z.resize(count);
    double sumZ2 = 0;
    for (size_t i = 0; i < count; ++i) {
        r.z[i] = values[i] - mean;
        sumZ2 += r.z[i] * r.z[i];
    }
    if (!(sumZ2 > 0)) return Error{"the value is the same everywhere: nothing to correlate"};
    const double m2 = sumZ2 / n;
    r.lag = spatialLag(weights, r.z);
    r.ii.resize(count);
    r.expected.resize(count);
    r.variance.resize(count);
    // Moments under conditional randomisation (Sokal, Oden and Thomson 1998), as spdep's
    // localmoran gives them by default.
    for (size_t i = 0; i < count; ++i) {
        r.ii[i] = r.z[i] / m2 * r.lag[i];
        double wi = 0, wi2 = 0;
        for (double w : weights.weights[i]) {
            wi += w;
            wi2 += w * w;
        }
        const double z2 = r.z[i] * r.z[i];
        r.expected[i] = -(z2 * wi) / ((n - 1) * m2);
        r.variance[i] =
            (r.z[i] / m2) * (r.z[i] / m2) * (n / (n - 2)) * (wi2 - wi * wi / (n - 1)) * (m2 - z2 / (n - 1));
    }

    if (options.permutations <= 0) return r;
    r.permutations = options.permutations;
    std::vector<double> coefficient(count);
    for (size_t i = 0; i < count; ++i) coefficient[i] = r.z[i] / m2;
    r.pseudoP = conditionalPermutationP(coefficient, r.z, weights, options);
    return r;
}

Result<LocalMoran> localMoranBivariate(const std::vector<double>& x, const std::vector<double>& y,
                                       const SpatialWeights& weights, const PermutationOptions& options) {
    if (Status ok = checkValues(x, weights); !ok) return ok.error();
    if (Status ok = checkValues(y, weights); !ok) return ok.error();
    LocalMoran r;
    Result<std::vector<double>> zx = standardised(x), zy = standardised(y);
    if (!zx || !zy) return Error{"a value is the same everywhere: nothing to correlate"};
    r.z = std::move(*zx);
    r.lag = spatialLag(weights, *zy);
    r.ii.resize(r.z.size());
    for (size_t i = 0; i < r.z.size(); ++i) r.ii[i] = r.z[i] * r.lag[i];
    if (options.permutations <= 0) return r;
    r.permutations = options.permutations;
    r.pseudoP = conditionalPermutationP(r.z, *zy, weights, options);
    return r;
}

std::vector<bool> significant(const std::vector<double>& p, double alpha, MultipleTesting correction) {
    std::vector<bool> out(p.size(), false);
    if (p.empty()) return out;
    if (correction == MultipleTesting::FalseDiscoveryRate) {
        // Benjamini-Hochberg: the largest rank k with p_(k) <= k alpha / m; ranks up to it pass.
        std::vector<size_t> order(p.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
        size_t last = 0;
        for (size_t k = 1; k <= order.size(); ++k)
            if (p[order[k - 1]] <= double(k) * alpha / double(p.size())) last = k;
        for (size_t k = 0; k < last; ++k) out[order[k]] = true;
        return out;
    }
    const double cut = correction == MultipleTesting::Bonferroni ? alpha / double(p.size()) : alpha;
    for (size_t i = 0; i < p.size(); ++i) out[i] = p[i] <= cut;
    return out;
}

std::vector<LisaCluster> lisaClusters(const LocalMoran& lisa, const SpatialWeights& weights, double alpha,
                                      MultipleTesting correction) {
    std::vector<LisaCluster> out(lisa.ii.size(), LisaCluster::NotSignificant);
    const std::vector<bool> pass = significant(lisa.pseudoP, alpha, correction);
    for (size_t i = 0; i < out.size(); ++i) {
        if (weights.neighbours[i].empty()) {
            out[i] = LisaCluster::Neighbourless;
            continue;
        }
        if (i >= pass.size() || !pass[i]) continue;
        const bool high = lisa.z[i] > 0, highAround = lisa.lag[i] > 0;
        out[i] = high ? (highAround ? LisaCluster::HighHigh : LisaCluster::HighLow)
                      : (highAround ? LisaCluster::LowHigh : LisaCluster::LowLow);
    }
    return out;
}

Result<LocalG> localGStar(const std::vector<double>& values, const SpatialWeights& weights) {
    if (Status ok = checkValues(values, weights); !ok) return ok.error();
    const size_t count = values.size();
    const double n = double(count);
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double sumX2 = 0;
    for (double v : values) sumX2 += v * v;
    const double s = std::sqrt(sumX2 / n - mean * mean);
    if (!(s > 0)) return Error{"the value is the same everywhere: no hot or cold spots"};
    LocalG r;
    r.z.resize(count);
    r.p.resize(count);
    for (size_t i = 0; i < count; ++i) {
        // The unit itself with weight 1, then its neighbours.
        double sum = values[i], wi = 1, s1 = 1;
        for (size_t k = 0; k < weights.neighbours[i].size(); ++k) {
            const double w = weights.weights[i][k];
            sum += w * values[weights.neighbours[i][k]];
            wi += w;
            s1 += w * w;
        }
        r.z[i] = (sum - mean * wi) / (s * std::sqrt((n * s1 - wi * wi) / (n - 1)));
        r.p[i] = std::erfc(std::abs(r.z[i]) / std::sqrt(2.0));
    }
    return r;
}

}  // namespace bashu
