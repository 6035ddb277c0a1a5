// Each stage of `bashu render` on the built-in data, and the floor it is measured against:
// the time GDAL alone needs to read the same file (open, every feature, its geometry and fields).
// With BASHU_READ_FLOOR_FILE=PATH in the environment the same floor is also measured on that file,
// as gdalReadFloor/file (bench/scale.sh uses it on its generated datasets), and the window's first
// frame of it, as firstFrame/file.
#include <benchmark/benchmark.h>

#include <epoxy/gl.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdlib>
#include <memory>
#include <random>

#include "export/render_scene.h"
#include "io/image_writer.h"
#include "io/vector_reader.h"
#include "platform/headless_context.h"
#include "proj/transform.h"
#include "render/map_frame_cache.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "scene/document_inputs.h"
#include "tessellate/polygon_mesh.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

const std::string kGeodata = BASHU_GEODATA;

void gdalReadFloor(benchmark::State& state, const std::string& path) {
    GDALAllRegister();
    for (auto _ : state) {
        GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!dataset) {
            state.SkipWithError(("GDAL cannot open " + path).c_str());
            return;
        }
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
    const Camera camera = fitCamera(*scene, ExportOptions{});
    for (auto _ : state) {
        Result<Image> image = renderSceneImage(*scene, camera);
        benchmark::DoNotOptimize(image.ok());
    }
}
BENCHMARK(renderBuiltin)->Unit(benchmark::kMillisecond);

// The built-in map uploaded as the window uploads it: a GL context, its scene, a renderer holding
// its layers, and their paints. Empty when any part is missing (the caller skips).
struct UploadedBuiltin {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapScene> scene = Error{"not built"};
    Result<MapRenderer> renderer = Error{"not created"};
    std::vector<LayerPaint> paints;
    bool ok() const { return context && scene && renderer; }
};

std::unique_ptr<UploadedBuiltin> uploadBuiltin() {
    auto u = std::make_unique<UploadedBuiltin>();
    if (!u->context) return u;
    Result<MapDocument> document = loadMapDocument(kGeodata + "/gdp_2021.json");
    if (document) u->scene = buildScene(*document);
    u->renderer = MapRenderer::create();
    if (!u->ok()) return u;
    for (const SceneLayer& layer : u->scene->layers) {
        const size_t index = u->renderer->addLayer(layer.meshes);
        u->renderer->setFeatureColors(index, layer.featureColors);
        u->paints.push_back(layer.paint);
    }
    return u;
}

// The window's frame on the built-in map as it opens: every layer drawn into 1280 x 860 pixels,
// multisampled where the window's frame cache would be (MapRenderer::needsMultisampling; the
// built-in map's outlines cover its fill edges, so not), then glFinish so the GPU's work is
// counted, not only its queueing. ImGui's panels are not included.
void WindowFrame(benchmark::State& state) {
    const std::unique_ptr<UploadedBuiltin> built = uploadBuiltin();
    if (!built->ok()) {
        state.SkipWithError("no GL context, scene or renderer");
        return;
    }
    const Result<MapScene>& scene = built->scene;
    Result<MapRenderer>& renderer = built->renderer;
    const std::vector<LayerPaint>& paints = built->paints;
    constexpr int kWidth = 1280, kHeight = 860;
    // The window's first view: everything, 24 pixels kept free (MapViewState::fitAll).
    const Camera camera = Camera::fit(shownExtent(scene->layers), kWidth, kHeight, 24.0);
    Result<OffscreenTarget> target =
        OffscreenTarget::create(kWidth, kHeight, renderer->needsMultisampling(camera, paints, 1.0f) ? 4 : 0);
    if (!target) {
        state.SkipWithError(target.error().message.c_str());
        return;
    }
    target->bind();
    for (auto _ : state) {
        renderer->draw(camera, paints, scene->document.background);
        glFinish();
    }
    state.counters["samples"] = double(target->samples());
}
BENCHMARK(WindowFrame)->Unit(benchmark::kMillisecond)->UseRealTime();

// The window's frames through its frame cache (MapFrameCache) into a single-sampled 1280 x 860
// target standing in for the window: arg 0 is a frame where only the panels change (the map
// image is copied), arg 1 a frame of a drag or wheel zoom (the image is copied moved and
// scaled). The full draw after a gesture settles costs what WindowFrame measures.
void WindowFrameCached(benchmark::State& state) {
    const std::unique_ptr<UploadedBuiltin> built = uploadBuiltin();
    if (!built->ok()) {
        state.SkipWithError("no GL context, scene or renderer");
        return;
    }
    const Result<MapScene>& scene = built->scene;
    Result<MapRenderer>& renderer = built->renderer;
    const std::vector<LayerPaint>& paints = built->paints;
    constexpr int kWidth = 1280, kHeight = 860;
    Camera camera = Camera::fit(shownExtent(scene->layers), kWidth, kHeight, 24.0);
    Result<OffscreenTarget> window = OffscreenTarget::create(kWidth, kHeight, 0);
    if (!window) {
        state.SkipWithError(window.error().message.c_str());
        return;
    }
    MapFrameCache cache;
    const bool moving = state.range(0) == 1;
    (void)cache.present(*renderer, camera, paints, scene->document.background, false, window->framebuffer());
    glFinish();
    int step = 0;
    for (auto _ : state) {
        if (moving) camera.panByPixels((++step % 2) ? 3.0 : -3.0, 2.0);
        (void)cache.present(*renderer, camera, paints, scene->document.background, moving,
                            window->framebuffer());
        glFinish();
    }
}
BENCHMARK(WindowFrameCached)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void writeBuiltinPng(benchmark::State& state) {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapDocument> document = loadMapDocument(kGeodata + "/gdp_2021.json");
    Result<MapScene> scene = buildScene(*document);
    Result<Image> image = renderSceneImage(*scene, fitCamera(*scene, ExportOptions{}));
    for (auto _ : state) benchmark::DoNotOptimize(writePng(*image, "/tmp/bashu-bench.png").ok());
}
BENCHMARK(writeBuiltinPng)->Unit(benchmark::kMillisecond);

// The window's first frame of a file (BASHU_READ_FLOOR_FILE), measured against its read floor:
// the layers prepared as the window prepares a file it opens (every field, full meshes and detail
// levels; off the UI thread there, behind a progress bar), committed, uploaded and drawn once whole
// through the frame cache into 1280 x 860 pixels, then glFinish.
void firstFrame(benchmark::State& state, const std::string& path) {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapDocument> files = documentFromFiles({path});
    if (!context || !files) {
        state.SkipWithError(!context ? context.error().message.c_str() : files.error().message.c_str());
        return;
    }
    constexpr int kWidth = 1280, kHeight = 860;
    for (auto _ : state) {
        // As the window loads a file: the meshes of the first view (the whole file at the
        // window's size), the others built after the frame is shown.
        Result<FirstView> prepared =
            prepareFirstView(files->layers, "", files->crs, nullptr, std::nullopt, kWidth, kHeight, 24.0);
        MapScene scene;
        scene.document = *files;
        Result<MapRenderer> renderer = MapRenderer::create();
        Result<OffscreenTarget> window = OffscreenTarget::create(kWidth, kHeight, 0);
        if (!prepared || !renderer || !window || !commitSceneLayers(scene, std::move(prepared->prepared))) {
            state.SkipWithError("the file could not be loaded or drawn");
            return;
        }
        std::vector<LayerPaint> paints;
        for (const SceneLayer& layer : scene.layers) {
            uploadSceneLayer(*renderer, layer);
            paints.push_back(layer.paint);
        }
        MapFrameCache cache;
        const Camera camera = Camera::fit(shownExtent(scene.layers), kWidth, kHeight, 24.0);
        (void)cache.present(*renderer, camera, paints, scene.document.background, false,
                            window->framebuffer());
        glFinish();
    }
}

}  // namespace
}  // namespace bashu

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    if (const char* env = std::getenv("BASHU_READ_FLOOR_FILE"); env && *env) {
        const std::string path = env;
        benchmark::RegisterBenchmark("gdalReadFloor/file", [path](benchmark::State& state) {
            bashu::gdalReadFloor(state, path);
        })->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("firstFrame/file",
                                     [path](benchmark::State& state) { bashu::firstFrame(state, path); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
