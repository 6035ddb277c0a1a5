// Each stage of `bashu render` on the built-in data, and the floor it is measured against:
// the time GDAL alone needs to read the same file (open, every feature, its geometry and fields).
#include <benchmark/benchmark.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <random>

#include "io/image_writer.h"
#include "io/vector_reader.h"
#include "platform/headless_context.h"
#include "proj/transform.h"
#include "scene/render_scene.h"
#include "tessellate/polygon_mesh.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

const std::string kGeodata = BASHU_GEODATA;

void gdalReadFloor(benchmark::State& state, const std::string& path) {
    GDALAllRegister();
    for (auto _ : state) {
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        size_t points = 0;
        for (OGRLayer* layer : dataset->GetLayers())
            for (auto& feature : *layer) {
                for (int i = 0; i < feature->GetFieldCount(); ++i)
                    benchmark::DoNotOptimize(feature->GetFieldAsString(i));
                if (const OGRGeometry* g = feature->GetGeometryRef()) points += size_t(g->WkbSize());
            }
        benchmark::DoNotOptimize(points);
    }
}
BENCHMARK_CAPTURE(gdalReadFloor, districts, kGeodata + "/districts.geojson")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(gdalReadFloor, statistical_units, kGeodata + "/statistical_units.geojson")
    ->Unit(benchmark::kMillisecond);

void readLayer(benchmark::State& state, const std::string& path, bool validate) {
    ReadOptions options;
    options.validate = validate;
    for (auto _ : state) {
        Result<VectorFile> file = readVectorFile(path, options);
        benchmark::DoNotOptimize(file.ok());
    }
}
BENCHMARK_CAPTURE(readLayer, districts_validated, kGeodata + "/districts.geojson", true)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readLayer, districts_unchecked, kGeodata + "/districts.geojson", false)
    ->Unit(benchmark::kMillisecond);

void projectAndTessellate(benchmark::State& state) {
    Result<VectorFile> file = readVectorFile(kGeodata + "/districts.geojson");
    const Layer& layer = file->layers.front();
    Result<Transform> transform = Transform::create(layer.crs, equalAreaConicFor(layer.geometry.extent()));
    for (auto _ : state) {
        GeometryColumn g = layer.geometry;
        transform->transformInPlace(g.xy);
        const Extent e = g.extent();
        PolygonMesh mesh = tessellatePolygons(g, e.centerX(), e.centerY());
        benchmark::DoNotOptimize(mesh.indices.data());
    }
    state.counters["vertices"] = double(layer.geometry.vertexCount());
}
BENCHMARK(projectAndTessellate)->Unit(benchmark::kMillisecond);

void tessellateOnly(benchmark::State& state) {
    Result<VectorFile> file = readVectorFile(kGeodata + "/districts.geojson");
    const GeometryColumn& g = file->layers.front().geometry;
    for (auto _ : state) {
        PolygonMesh mesh = tessellatePolygons(g, 105.0, 30.0);
        benchmark::DoNotOptimize(mesh.indices.data());
    }
}
BENCHMARK(tessellateOnly)->Unit(benchmark::kMillisecond);

void jenks(benchmark::State& state) {
    std::mt19937 random(42);
    std::lognormal_distribution<double> values(7.0, 1.0);
    std::vector<double> v(size_t(state.range(0)));
    for (double& x : v) x = values(random);
    for (auto _ : state) benchmark::DoNotOptimize(classify(v, ClassMethod::NaturalBreaks, 5).limits.data());
}
BENCHMARK(jenks)->Arg(59)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

void buildBuiltinScene(benchmark::State& state) {
    Result<MapDocument> document = loadMapDocument(kGeodata + "/gdp_2021.json");
    for (auto _ : state) {
        Result<MapScene> scene = buildScene(*document);
        benchmark::DoNotOptimize(scene.ok());
    }
}
BENCHMARK(buildBuiltinScene)->Unit(benchmark::kMillisecond);

void renderBuiltin(benchmark::State& state) {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapDocument> document = loadMapDocument(kGeodata + "/gdp_2021.json");
    Result<MapScene> scene = buildScene(*document);
    const Camera camera = fitCamera(*scene, 2048, 1536);
    for (auto _ : state) {
        Result<Image> image = renderSceneImage(*scene, camera);
        benchmark::DoNotOptimize(image.ok());
    }
}
BENCHMARK(renderBuiltin)->Unit(benchmark::kMillisecond);

void writeBuiltinPng(benchmark::State& state) {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapDocument> document = loadMapDocument(kGeodata + "/gdp_2021.json");
    Result<MapScene> scene = buildScene(*document);
    Result<Image> image = renderSceneImage(*scene, fitCamera(*scene, 2048, 1536));
    for (auto _ : state) benchmark::DoNotOptimize(writePng(*image, "/tmp/bashu-bench.png").ok());
}
BENCHMARK(writeBuiltinPng)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bashu

BENCHMARK_MAIN();
