// PostGIS layers against the server bench/postgis.sh starts (service "atlas", table "hexes"): the
// first read of the whole table (what a window's first frame waits for), a view's read (a pan or a
// zoom), and the classes of the whole table.
#include <benchmark/benchmark.h>

#include "scene/map_scene.h"
#include "scene/postgis_layer.h"

namespace bashu {
namespace {

LayerSpec hexagons() {
    LayerSpec spec;
    spec.name = "Hexagons";
    spec.source = "PG:service=atlas";
    spec.sourceLayer = "hexes";
    spec.fill.field = "density";
    spec.fill.method = ClassMethod::Quantile;
    spec.fill.classes = 5;
    return spec;
}

// Read, projected, tessellated and coloured: the layer as the window's first frame draws it.
void BM_PostgisFirstRead(benchmark::State& state) {
    size_t held = 0, merged = 0;
    for (auto _ : state) {
        Result<PreparedLayers> prepared = prepareSceneLayers({hexagons()}, "", "auto");
        if (!prepared) state.SkipWithError(prepared.error().message.c_str());
        if (prepared) {
            held = prepared->layers.front().data.featureCount();
            merged = prepared->layers.front().data.report.merged;  // under a cell of the first read's grid
        }
        benchmark::DoNotOptimize(prepared);
    }
    state.counters["held"] = double(held);
    state.counters["merged"] = double(merged);
}
BENCHMARK(BM_PostgisFirstRead)->Unit(benchmark::kMillisecond)->Iterations(3);

// A 1600 x 1000 view 1/`part` of the region across, read and prepared (a pan to a new area): the
// view alone (what the window draws first), then with half a view around it (read next);
// features smaller than cell_px pixels kept one a cell that wide (an export: 1; the window: 2).
// At 10^7 hexagons, a view an eighth across shows them 3.4 pixels wide, a third across 1.6.
void BM_PostgisViewRead(benchmark::State& state) {
    const double margin = double(state.range(0)) / 100, cellPixels = double(state.range(1));
    const double part = double(state.range(2));
    Result<PreparedLayers> prepared = prepareSceneLayers({hexagons()}, "", "auto");
    if (!prepared) {
        state.SkipWithError(prepared.error().message.c_str());
        return;
    }
    const SceneLayer& layer = prepared->layers.front();
    Camera camera;
    camera.width = 1600;
    camera.height = 1000;
    camera.unitsPerPixel = layer.extent.width() / part / camera.width;
    size_t step = 0, features = 0;
    for (auto _ : state) {
        // Another place each time: nothing of it is cached.
        camera.centerX = layer.extent.minX + layer.extent.width() * (0.2 + 0.1 * double(step % 7));
        camera.centerY = layer.extent.minY + layer.extent.height() * (0.3 + 0.1 * double(step++ % 5));
        Result<SceneLayer> read = readStreamedView(layer, prepared->mapCrs, camera, {}, margin, cellPixels);
        if (!read) state.SkipWithError(read.error().message.c_str());
        features = read ? read->data.featureCount() : 0;
    }
    state.counters["features"] = double(features);
}
BENCHMARK(BM_PostgisViewRead)
    ->ArgNames({"margin%", "cell_px", "part"})
    ->Args({0, 1, 8})
    ->Args({50, 1, 8})
    ->Args({0, 2, 3})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(7);

// The field's values over the whole table, streamed (the classes of every view and export).
void BM_PostgisTableValues(benchmark::State& state) {
    PostgisFeed feed(hexagons());
    size_t values = 0;
    for (auto _ : state) {
        Result<TableValues> read = feed.values("density");
        if (!read) state.SkipWithError(read.error().message.c_str());
        values = read ? read->values.size() : 0;
    }
    state.counters["values"] = double(values);
}
BENCHMARK(BM_PostgisTableValues)->Unit(benchmark::kMillisecond)->Iterations(5);

// Above 10^6 values (as for a table of 10^7): the values at evenly spaced ranks, one sort on the
// server. Here 10^5 of the table's values, to time the sort and the sample against the whole read.
void BM_PostgisTableRankSample(benchmark::State& state) {
    PostgisFeed feed(hexagons());
    size_t values = 0;
    for (auto _ : state) {
        Result<TableValues> read = feed.values("density", 100'000);
        if (!read) state.SkipWithError(read.error().message.c_str());
        values = read ? read->values.size() : 0;
    }
    state.counters["values"] = double(values);
}
BENCHMARK(BM_PostgisTableRankSample)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
}  // namespace bashu

BENCHMARK_MAIN();
