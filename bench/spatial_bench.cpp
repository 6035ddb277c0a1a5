// Spatial statistics at the scale: queen weights of 10^5 polygons and local Moran with 999
// permutations on 10^5 units (targets: under 1 s and 2 s on 2 cores), and a layer of them restyled
// to another statistic's classes once computed (target: under 5 ms). The polygons are a jittered
// grid of quadrilaterals sharing their corners, built in memory (no file read).
#include <benchmark/benchmark.h>

#include <cmath>

#include "scene/statistic_style.h"
#include "spatial/contiguity_weights.h"
#include "spatial/local_autocorrelation.h"

namespace {

constexpr int kSide = 317;  // 317^2 = 100,489 units

// Corner (i, j) of the grid, moved by a fixed pseudo-random amount so edges are not axis-aligned.
std::pair<double, double> corner(int i, int j) {
    const double jx = std::sin(i * 12.9898 + j * 78.233) * 0.2, jy = std::sin(i * 39.346 + j * 11.135) * 0.2;
    return {i + jx, j + jy};
}

bashu::GeometryColumn jitteredGrid() {
    bashu::GeometryColumn g;
    for (int j = 0; j < kSide; ++j)
        for (int i = 0; i < kSide; ++i) {
            for (auto [di, dj] : {std::pair{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}) {
                const auto [x, y] = corner(i + di, j + dj);
                g.addVertex(x, y);
            }
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

const bashu::GeometryColumn& grid() {
    static const bashu::GeometryColumn g = jitteredGrid();
    return g;
}

// A smooth field with some noise, one value per unit.
std::vector<double> smoothValues(size_t n) {
    std::vector<double> values(n);
    for (size_t i = 0; i < n; ++i)
        values[i] = std::sin(double(i % kSide) / 30.0) + std::cos(double(i / kSide) / 25.0) +
                    0.3 * std::sin(double(i) * 7.1);
    return values;
}

void BM_QueenWeights100k(benchmark::State& state) {
    for (auto _ : state) {
        bashu::Result<bashu::SpatialWeights> w =
            bashu::contiguityWeights(grid(), bashu::Contiguity::Queen, 0.0);
        benchmark::DoNotOptimize(w);
        if (!w || w->neighbours[kSide + 1].size() != 8) state.SkipWithError("wrong neighbours");
    }
}
BENCHMARK(BM_QueenWeights100k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LocalMoran999Permutations100k(benchmark::State& state) {
    const bashu::SpatialWeights w =
        bashu::rowStandardised(*bashu::contiguityWeights(grid(), bashu::Contiguity::Queen, 0.0));
    const std::vector<double> values = smoothValues(w.size());
    for (auto _ : state) {
        bashu::Result<bashu::LocalMoran> lisa =
            bashu::localMoran(values, w, {.permutations = 999, .seed = 1});
        benchmark::DoNotOptimize(lisa);
    }
}
BENCHMARK(BM_LocalMoran999Permutations100k)->Unit(benchmark::kMillisecond)->UseRealTime();

// The window's switch between the cluster map and the significance map of a layer whose
// statistic is computed: the classes and colours again from the kept results.
void BM_RestyleToClusterClasses100k(benchmark::State& state) {
    bashu::SceneLayer layer;
    layer.data.geometry = grid();
    bashu::Column& column = layer.data.attributes.addColumn("v", bashu::FieldType::Real);
    for (double v : smoothValues(layer.data.featureCount())) column.appendNumber(v);
    layer.spec.statistic = bashu::StatisticSpec{.field = "v"};
    if (!bashu::restyleByStatistic(layer)) state.SkipWithError("the statistic failed");
    layer.spec.statistic->method = bashu::StatisticMethod::LisaSignificance;
    if (!bashu::restyleByStatistic(layer)) state.SkipWithError("the statistic failed");
    bool clusters = true;
    for (auto _ : state) {
        layer.spec.statistic->method =
            clusters ? bashu::StatisticMethod::LisaClusters : bashu::StatisticMethod::LisaSignificance;
        clusters = !clusters;
        bashu::Status styled = bashu::restyleByStatistic(layer);
        benchmark::DoNotOptimize(layer.featureColors.data());
        if (!styled) state.SkipWithError("the restyle failed");
    }
}
BENCHMARK(BM_RestyleToClusterClasses100k)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
