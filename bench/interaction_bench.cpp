// The window's interactive operations at 10^6 features (bench/SCALE.md, "Interactive operations
// at 10^6"): what a style change costs (restyleLayer, then the colour upload the window makes
// through MapRenderer::setFeatureColors), what a year step of the slider costs, hover picking
// through FeatureIndex, and the classification methods on 10^6 values.
//
// Everything is built in memory, no files: a 1000 x 1000 grid of square cells shaped like
// bench/datasets/generate.py's grid_1e6 (every edge cut in three, 13 points a ring), in metres
// as after projection to the map CRS, with gdp_2019..gdp_2023 drawn as generate.py draws them.
// The data is built once per process and shared by the benchmarks (repetitions included).
#include <benchmark/benchmark.h>

#include <epoxy/gl.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/feature_index.h"
#include "platform/headless_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "scene/join_switch.h"
#include "scene/map_scene.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

constexpr int kSide = 1000;                                   // cells a side: 10^6 features
constexpr double kCell = 800.0;                               // metres
constexpr double kOriginX = -400000.0, kOriginY = 3000000.0;  // a fitted conic's range
constexpr std::array kYears = {2019, 2020, 2021, 2022, 2023};

// Cell (i, j) is feature j * side + i: a square ring with every edge cut in three, counter-
// clockwise, closed (12 vertices and the closing one, as generate.py's grid).
GeometryColumn gridCells(int side) {
    GeometryColumn g;
    g.xy.reserve(size_t(side) * size_t(side) * 26);
    constexpr std::array<std::array<double, 2>, 4> corners = {{{0, 0}, {1, 0}, {1, 1}, {0, 1}}};
    for (int j = 0; j < side; ++j)
        for (int i = 0; i < side; ++i) {
            const double x0 = kOriginX + i * kCell, y0 = kOriginY + j * kCell;
            for (size_t c = 0; c < 4; ++c) {
                const auto [ax, ay] = corners[c];
                const auto [bx, by] = corners[(c + 1) % 4];
                for (int step = 0; step < 3; ++step) {
                    const double t = step / 3.0;
                    g.addVertex(x0 + kCell * (ax + t * (bx - ax)), y0 + kCell * (ay + t * (by - ay)));
                }
            }
            g.addVertex(x0, y0);
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

// gdp_YYYY per feature as generate.py draws them: a lognormal(5, 1.2) base growing by a
// normal(6%, 3%) a year, rounded to 0.01 (so values repeat: fewer distinct values than features).
std::vector<std::vector<double>> gdpByYear(size_t n) {
    std::mt19937_64 random(20261127);
    std::lognormal_distribution<double> base(5.0, 1.2);
    std::normal_distribution<double> growth(0.06, 0.03);
    std::vector<std::vector<double>> years(kYears.size(), std::vector<double>(n));
    for (size_t f = 0; f < n; ++f) {
        double v = base(random);
        for (size_t y = 0; y < kYears.size(); ++y) {
            if (y > 0) v *= 1.0 + growth(random);
            years[y][f] = std::round(v * 100.0) / 100.0;
        }
    }
    return years;
}

std::string codeOf(size_t feature) {
    std::string code = "u";  // appended, not "u" + ...: GCC 12 warns falsely (-Wrestrict) on that
    return code += std::to_string(feature + 1);
}

// The grid as a polygon layer of a built scene: geometry in the map CRS, a text key `code` and
// the five gdp fields; no meshes (only the GPU benchmark needs them, see gridMeshes).
const SceneLayer& gridLayer() {
    static const SceneLayer layer = [] {
        SceneLayer l;
        l.spec.name = "grid 10^6";
        l.spec.source = "grid_1e6 (in memory)";
        l.data.name = "grid";
        l.data.geometry = gridCells(kSide);
        const size_t n = l.data.featureCount();
        Column& code = l.data.attributes.addColumn("code", FieldType::String);
        for (size_t f = 0; f < n; ++f) code.appendString(codeOf(f));
        const std::vector<std::vector<double>> gdp = gdpByYear(n);
        for (size_t y = 0; y < kYears.size(); ++y) {
            Column& c = l.data.attributes.addColumn("gdp_" + std::to_string(kYears[y]), FieldType::Real);
            for (double v : gdp[y]) c.appendNumber(v);
        }
        return l;
    }();
    return layer;
}

size_t distinctCount(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return size_t(std::unique(values.begin(), values.end()) - values.begin());
}

// ---- Recolour: restyleLayer ---------------------------------------------------------------

// What the window runs when the field or the classification changes (style_panel.cpp: reclassify
// without held classes, or restyleLayer): the layer's colours and legend recomputed from its
// fill. Each iteration switches the field between gdp_2021 and gdp_2022, so every call classifies
// other values. `held` gives the fill explicit breaks (classes held over all years: what the year
// slider restyles with by default), so no classification is computed, only the colours.
void restyle(benchmark::State& state, const char* method, bool held) {
    SceneLayer layer = gridLayer();
    FillStyle& fill = layer.spec.fill;
    fill.method = *parseClassMethod(method);
    fill.classes = 5;
    fill.ramp = Ramp::YlOrRd;
    if (held) {
        std::vector<double> all;
        for (int year : kYears)
            for (double v : layer.data.attributes.find("gdp_" + std::to_string(year))->numbers)
                all.push_back(v);
        fill.breaks = classify(all, fill.method, fill.classes).limits;
    }
    const std::array<std::string, 2> fields = {"gdp_2021", "gdp_2022"};
    size_t step = 0;
    for (auto _ : state) {
        fill.field = fields[step++ % 2];
        if (Status styled = restyleLayer(layer); !styled) {
            state.SkipWithError(styled.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(layer.featureColors.data());
    }
    state.counters["features"] = double(layer.data.featureCount());
    state.counters["distinct"] = double(distinctCount(layer.data.attributes.find("gdp_2022")->numbers));
    state.counters["classes"] = double(layer.legend.classification.classCount());
}
// The same field restyled with another method or number of classes (the style panel's combo and
// slider): the layer keeps its sorted values, so no sort.
void restyleSameField(benchmark::State& state) {
    SceneLayer layer = gridLayer();
    FillStyle& fill = layer.spec.fill;
    fill.field = "gdp_2022";
    fill.ramp = Ramp::YlOrRd;
    const std::array<ClassMethod, 2> methods = {ClassMethod::Quantile, ClassMethod::EqualInterval};
    size_t step = 0;
    for (auto _ : state) {
        fill.method = methods[step % 2];
        fill.classes = 5 + int(step++ % 2);
        if (Status styled = restyleLayer(layer); !styled) {
            state.SkipWithError(styled.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(layer.featureColors.data());
    }
    state.counters["features"] = double(layer.data.featureCount());
}
BENCHMARK(restyleSameField)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, quantile, "quantile", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, jenks, "jenks", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, equal, "equal", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, pretty, "pretty", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, stddev, "stddev", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(restyle, jenks_held_breaks, "jenks", true)->Unit(benchmark::kMillisecond);

// ---- Recolour: the GPU colour upload --------------------------------------------------------

// The grid's meshes as buildScene makes them (fill triangles and outline segments), built once.
const LayerMeshes& gridMeshes() {
    static const LayerMeshes meshes = [] {
        const GeometryColumn& g = gridLayer().data.geometry;
        const Extent e = g.extent();
        LayerMeshes m;
        m.fill = tessellatePolygons(g, e.centerX(), e.centerY());
        m.lines = buildLineMesh(g, e.centerX(), e.centerY());
        m.levels = buildDetailLevels(g, e.centerX(), e.centerY());
        return m;
    }();
    return meshes;
}

// A renderer on a headless EGL context (llvmpipe here), the context kept alive with it; null,
// with the benchmark skipped, when either cannot be made.
struct GlRenderer {
    Result<HeadlessContext> context = HeadlessContext::create();
    Result<MapRenderer> renderer = Error{"no GL context"};
};

std::unique_ptr<GlRenderer> makeGlRenderer(benchmark::State& state) {
    auto gl = std::make_unique<GlRenderer>();
    if (gl->context) gl->renderer = MapRenderer::create();
    if (!gl->context || !gl->renderer) {
        state.SkipWithError(!gl->context ? gl->context.error().message.c_str()
                                         : gl->renderer.error().message.c_str());
        return nullptr;
    }
    return gl;
}

// What the window does after a restyle (map_window.cpp): MapRenderer::setFeatureColors with the
// layer's 10^6 colours, on a headless EGL context (llvmpipe here), the grid's meshes uploaded as
// the window uploads them. glFinish so the upload is done, not only queued. The table keeps its
// size, so this is the glBufferSubData path the window takes after the first colouring; each
// iteration alternates two colourings (quantile and jenks).
void uploadColors(benchmark::State& state) {
    const std::unique_ptr<GlRenderer> gl = makeGlRenderer(state);
    if (!gl) return;
    MapRenderer* renderer = &*gl->renderer;
    std::array<std::vector<Rgba8>, 2> colorings;
    SceneLayer layer = gridLayer();
    layer.spec.fill.field = "gdp_2021";
    for (size_t i = 0; i < colorings.size(); ++i) {
        layer.spec.fill.method = i == 0 ? ClassMethod::Quantile : ClassMethod::NaturalBreaks;
        (void)restyleLayer(layer);
        colorings[i] = layer.featureColors;
    }
    const size_t index = renderer->addLayer(gridMeshes());
    renderer->setFeatureColors(index, colorings[1]);
    glFinish();
    size_t step = 0;
    for (auto _ : state) {
        renderer->setFeatureColors(index, colorings[step++ % 2]);
        glFinish();
    }
    state.counters["features"] = double(colorings[0].size());
    state.counters["MB"] = double(colorings[0].size() * sizeof(Rgba8)) / 1e6;
}
BENCHMARK(uploadColors)->Unit(benchmark::kMillisecond)->UseRealTime();

// The window's settled frame at 10^6 features (what is drawn once a gesture ends; while it lasts
// the window shows the last such frame moved, see bench_pipeline's WindowFrameCached): the grid
// into 1280 x 860 pixels, multisampled where the window would be, glFinish so the drawing is counted. Arg 0
// is the whole grid (cells of 1.2 px: a detail level of dots, drawn from its raster of feature
// numbers), arg 1 zoomed to a tenth of its width (10^4 cells of 12 px with outlines, the full
// meshes, culled to the view), arg 2 to a hundredth (cells of 120 px).
void settledFrame(benchmark::State& state) {
    const std::unique_ptr<GlRenderer> gl = makeGlRenderer(state);
    if (!gl) return;
    MapRenderer* renderer = &*gl->renderer;
    SceneLayer layer = gridLayer();
    layer.spec.fill.field = "gdp_2022";
    layer.spec.fill.method = ClassMethod::Quantile;
    (void)restyleLayer(layer);
    const size_t index = renderer->addLayer(gridMeshes());
    renderer->setFeatureColors(index, layer.featureColors);
    LayerPaint paint;
    paint.typicalFeatureSize = kCell;
    const std::vector<LayerPaint> paints = {paint};
    constexpr int kWidth = 1280, kHeight = 860;
    const double zoom = std::pow(10.0, double(state.range(0)));
    const Extent all = layer.data.geometry.extent();
    Extent shown;
    shown.include(all.centerX() - all.width() / (2 * zoom), all.centerY() - all.height() / (2 * zoom));
    shown.include(all.centerX() + all.width() / (2 * zoom), all.centerY() + all.height() / (2 * zoom));
    const Camera camera = Camera::fit(shown, kWidth, kHeight, 24.0);
    // Multisampled as the window's frame cache would be (while outlines fade, not once whole).
    Result<OffscreenTarget> target =
        OffscreenTarget::create(kWidth, kHeight, renderer->needsMultisampling(camera, paints, 1.0f) ? 4 : 0);
    if (!target) {
        state.SkipWithError(target.error().message.c_str());
        return;
    }
    target->bind();
    // Once untimed: llvmpipe compiles a program's shaders on its first draw.
    renderer->draw(camera, paints, Rgba8{255, 255, 255, 255});
    glFinish();
    for (auto _ : state) {
        renderer->draw(camera, paints, Rgba8{255, 255, 255, 255});
        glFinish();
    }
    state.counters["features"] = double(layer.data.featureCount());
    state.counters["samples"] = double(target->samples());
    std::vector<double> dotBelow;
    for (const DetailLevel& level : gridMeshes().levels) dotBelow.push_back(level.dotBelow);
    const int level = chooseDetailLevel(dotBelow, camera.unitsPerPixel);
    state.counters["level"] = level;
    state.counters["dots"] = level < 0 ? 0.0 : double(gridMeshes().levels[size_t(level)].dots.dotCount());
    state.counters["triangles"] = double(level < 0 ? gridMeshes().fill.triangleCount()
                                                   : gridMeshes().levels[size_t(level)].fill.triangleCount());
}
BENCHMARK(settledFrame)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- The year slider ------------------------------------------------------------------------

// A layer of 10^6 features joined to a long table of gdp by code and year (5 x 10^6 rows, every
// field text, as GDAL reads a CSV without .csvt), showing 2021. The year step never reads
// geometry, so the layer's features have none (featureCount is all restyleLayer asks of it).
MapScene joinedScene() {
    const SceneLayer& grid = gridLayer();
    const size_t n = grid.data.featureCount();
    AttributeTable table;
    Column& code = table.addColumn("code", FieldType::String);
    Column& year = table.addColumn("year", FieldType::String);
    Column& value = table.addColumn("gdp", FieldType::String);
    for (int y : kYears) {
        const Column& gdp = *grid.data.attributes.find("gdp_" + std::to_string(y));
        for (size_t f = 0; f < n; ++f) {
            code.appendString(codeOf(f));
            year.appendString(std::to_string(y));
            value.appendString(gdp.text(f));
        }
    }
    MapScene scene;
    SceneLayer layer;
    layer.spec.name = "GDP 2021";
    layer.spec.source = "grid_1e6 (in memory)";
    layer.spec.join =
        JoinSpec{"gdp.csv (in memory)", "code", "code", {{"year", "2021"}}, "gdp", "gdp_2021", {}, 0,
                 JoinMatch::Exact,      {}};
    layer.spec.fill.field = "gdp_2021";
    layer.spec.fill.method = ClassMethod::NaturalBreaks;
    layer.data.name = "grid";
    for (size_t f = 0; f < n; ++f) layer.data.geometry.endFeature();
    layer.data.attributes.columns.push_back(*grid.data.attributes.find("code"));
    layer.joinTable = std::make_shared<const JoinedTable>(std::move(table));
    std::vector<std::string> warnings;
    (void)applyJoin(layer, warnings);
    (void)restyleLayer(layer);
    scene.layers.push_back(std::move(layer));
    return scene;
}

MapScene& sharedJoinedScene() {
    static MapScene scene = joinedScene();
    return scene;
}

// One step of the year slider as style_panel.cpp takes it: switchJoinCondition (re-join and
// restyle), then reclassify: with classes held over all years (the window's default) the breaks
// of all five years pooled (holdClassesOver) and a restyle with them; without, a restyle with
// classes of the year shown. (reclassify is private to the window; its steps are repeated here.)
void switchYear(benchmark::State& state, bool holdClasses) {
    MapScene& scene = sharedJoinedScene();
    SceneLayer& layer = scene.layers.front();
    for (auto _ : state) {
        // The year after the one shown (the scene is shared by repetitions: never a no-op switch).
        const int shown = std::stoi(layer.spec.join->where.front().second);
        const std::string year = std::to_string(shown == kYears.back() ? kYears.front() : shown + 1);
        Status switched = switchJoinCondition(scene, 0, "year", year);
        if (switched) {
            const bool years = choicesAreYears(joinChoices(layer, "year"));  // reclassify's yearField
            if (holdClasses && years && layer.spec.fill.field == layer.spec.join->as) {
                switched = holdClassesOver(layer, "year");
            } else {
                layer.spec.fill.breaks.clear();
                switched = restyleLayer(layer);
            }
        }
        if (!switched) {
            state.SkipWithError(switched.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(layer.featureColors.data());
    }
    state.counters["table_rows"] = double(layer.joinTable->table().columns.front().size());
}
// The first join of a layer to the long table, as loading makes it: the table indexed by its
// condition values (JoinIndex::build, one pass over the 5M rows) and the year shown joined. What
// the index costs once, so that each year step after it is a pass over the layer only.
void firstJoin(benchmark::State& state) {
    const SceneLayer& joined = sharedJoinedScene().layers.front();
    for (auto _ : state) {
        SceneLayer layer;
        layer.spec = joined.spec;
        layer.joinTable = joined.joinTable;
        layer.data.attributes.columns.push_back(*joined.data.attributes.find("code"));
        std::vector<std::string> warnings;
        if (Status status = applyJoin(layer, warnings); !status) {
            state.SkipWithError(status.error().message.c_str());
            break;
        }
        benchmark::DoNotOptimize(layer.joinIndex.get());
    }
    state.counters["table_rows"] = double(joined.joinTable->table().columns.front().size());
}
BENCHMARK(firstJoin)->Unit(benchmark::kMillisecond);

BENCHMARK_CAPTURE(switchYear, held_classes, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(switchYear, free_classes, false)->Unit(benchmark::kMillisecond);

// What the style panel computes on every frame while it shows a joined layer (drawDataControls):
// the choices of each join condition, here the year's.
void styleDataControls(benchmark::State& state) {
    const SceneLayer& layer = sharedJoinedScene().layers.front();
    for (auto _ : state) benchmark::DoNotOptimize(joinChoices(layer, "year").size());
}
BENCHMARK(styleDataControls)->Unit(benchmark::kMillisecond);

// ---- Hover picking --------------------------------------------------------------------------

// The window's hover query (inspection.cpp: updateInspection) on the index indexLayers builds:
// FeatureIndex::pick at a point drawn uniformly over the grid, one query an iteration, with the
// window's 4-pixel tolerance for the whole grid in a 1280-pixel-wide view (polygons ignore it).
void pickPolygon(benchmark::State& state) {
    const GeometryColumn& g = gridLayer().data.geometry;
    const FeatureIndex index(g);
    const Extent e = g.extent();
    const double tolerance = 4.0 * e.width() / 1280.0;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(e.minX, e.maxX), y(e.minY, e.maxY);
    std::vector<std::array<double, 2>> points(1 << 16);
    for (auto& p : points) p = {x(random), y(random)};
    size_t step = 0, found = 0;
    for (auto _ : state) {
        const auto& p = points[step++ & (points.size() - 1)];
        const std::optional<size_t> f = index.pick(p[0], p[1], tolerance);
        found += f.has_value();
        benchmark::DoNotOptimize(f);
    }
    state.counters["hit_rate"] = double(found) / double(step);
}
BENCHMARK(pickPolygon)->Unit(benchmark::kMicrosecond);

// Building that index (indexLayers runs when a layer is loaded, added or removed).
void buildFeatureIndex(benchmark::State& state) {
    const GeometryColumn& g = gridLayer().data.geometry;
    for (auto _ : state) {
        FeatureIndex index(g);
        benchmark::DoNotOptimize(&index);
    }
}
BENCHMARK(buildFeatureIndex)->Unit(benchmark::kMillisecond);

// ---- Classification of 10^6 values --------------------------------------------------------

// classify() alone on n lognormal(7, 1) values, all distinct (the worst case for exact Jenks),
// as pipeline_bench's `jenks` draws them for 59 to 10^5 values.
void classifyValues(benchmark::State& state, ClassMethod method) {
    std::mt19937 random(42);
    std::lognormal_distribution<double> values(7.0, 1.0);
    std::vector<double> v(size_t(state.range(0)));
    for (double& x : v) x = values(random);
    for (auto _ : state) benchmark::DoNotOptimize(classify(v, method, 5).limits.data());
    state.counters["distinct"] = double(distinctCount(v));
}
BENCHMARK_CAPTURE(classifyValues, jenks, ClassMethod::NaturalBreaks)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(classifyValues, quantile, ClassMethod::Quantile)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(classifyValues, equal, ClassMethod::EqualInterval)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bashu

BENCHMARK_MAIN();
