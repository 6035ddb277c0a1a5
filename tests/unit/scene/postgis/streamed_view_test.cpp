// A PostGIS layer on a map (scene): read whole once, then for a view at its pixels' detail, its
// classes those of the whole table throughout (the test server of tests/postgis/pg_server.sh).
#include <gtest/gtest.h>

#include <algorithm>

#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"
#include "postgis/pg_values.h"
#include "scene/map_scene.h"
#include "scene/postgis_layer.h"
#include "thematic/classification.h"

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

std::vector<double> wholeTableQuantiles() {
    Result<PgSource> source = pgSource("PG:service=atlas", "hexes", "", "", "");
    Result<PgConnection> c = PgConnection::open(*source);
    EXPECT_TRUE(c) << c.error().message;
    Result<PgRelation> relation = describeRelation(*c);
    Result<PgValues> values = readPgValues(*c, *relation, "density", "");
    EXPECT_TRUE(values) << values.error().message;
    return classify(values->values, ClassMethod::Quantile, 5).limits;
}

// An 800 x 600 view at the middle of the layer, eight times finer than its first read.
Camera closeViewOf(const SceneLayer& layer) {
    Camera camera;
    camera.width = 800;
    camera.height = 600;
    camera.centerX = layer.extent.centerX();
    camera.centerY = layer.extent.centerY();
    camera.unitsPerPixel = layer.streamedDetail / 8;
    return camera;
}

TEST(StreamedView, AViewIsReadAtItsDetailWithTheClassesOfTheWholeTable) {
    Result<PreparedLayers> prepared = prepareSceneLayers({hexagons()}, "", "auto");
    ASSERT_TRUE(prepared) << prepared.error().message;
    SceneLayer& layer = prepared->layers.front();
    ASSERT_TRUE(layer.postgis);
    const size_t whole = layer.data.featureCount();
    EXPECT_GT(whole, 50000u);
    const std::vector<double> limits = wholeTableQuantiles();
    EXPECT_EQ(layer.legend.classification.limits, limits);

    const Camera camera = closeViewOf(layer);
    ASSERT_TRUE(needsStreamedRead(layer, camera));
    Result<SceneLayer> read = readStreamedView(layer, prepared->mapCrs, camera);
    ASSERT_TRUE(read) << read.error().message;
    const Extent wholeExtent = layer.extent;
    takeStreamedView(layer, std::move(*read));
    EXPECT_LT(layer.viewFeatures, whole / 10);
    EXPECT_GT(layer.viewFeatures, 100u);
    EXPECT_EQ(layer.data.featureCount(), whole) << "the view's features, and the first read's around them";
    EXPECT_EQ(layer.legend.classification.limits, limits) << "the whole table's classes, not the view's";
    EXPECT_EQ(layer.extent.minX, wholeExtent.minX) << "the layer still spans its table";
    // The first read's meshes appended after the view's: every feature filled where it lies.
    const PolygonMesh& fill = layer.meshes.fill;
    EXPECT_EQ(layer.featureColors.size(), layer.data.featureCount());
    EXPECT_TRUE(layer.meshes.levels.empty()) << "a view is drawn at its own detail";
    std::vector<bool> filled(layer.data.featureCount(), false);
    size_t misplaced = 0;
    for (size_t v = 0; v < fill.featureIds.size(); ++v) {
        const uint32_t f = fill.featureIds[v];
        ASSERT_LT(f, filled.size());
        filled[f] = true;
        const Extent e = layer.data.geometry.featureExtent(f);
        const double x = fill.positions[2 * v] + fill.originX, y = fill.positions[2 * v + 1] + fill.originY;
        const double slack = 1e-5 * std::max(e.width(), e.height()) + 1e-3;
        if (x < e.minX - slack || x > e.maxX + slack || y < e.minY - slack || y > e.maxY + slack) ++misplaced;
    }
    EXPECT_EQ(misplaced, 0u) << "a vertex outside its feature's box";
    EXPECT_EQ(size_t(std::count(filled.begin(), filled.end(), true)), filled.size())
        << "a feature left unfilled";
    // What was read for the view meets the box read (the view and half a view around it).
    for (size_t f = 0; f < layer.viewFeatures; ++f) {
        const Extent e = layer.data.geometry.featureExtent(f);
        ASSERT_TRUE(e.maxX >= layer.streamedBox.minX && e.minX <= layer.streamedBox.maxX &&
                    e.maxY >= layer.streamedBox.minY && e.minY <= layer.streamedBox.maxY)
            << f;
    }
    EXPECT_FALSE(layer.outlinesLeftOut);
    EXPECT_GT(layer.meshes.lines.segmentCount(), 6 * layer.viewFeatures) << "outlines of width 0.8 built";
    EXPECT_FALSE(needsStreamedRead(layer, camera));
    // A short pan draws from what was read; a long one, or a closer view, reads again.
    Camera panned = camera;
    panned.centerX += 0.3 * camera.width * camera.unitsPerPixel;
    EXPECT_FALSE(needsStreamedRead(layer, panned));
    panned.centerX += 2.0 * camera.width * camera.unitsPerPixel;
    EXPECT_TRUE(needsStreamedRead(layer, panned));
    Camera closer = camera;
    closer.unitsPerPixel /= 4;
    EXPECT_TRUE(needsStreamedRead(layer, closer));
    Camera wholeView = camera;
    wholeView.unitsPerPixel = layer.backdropDetail;
    EXPECT_FALSE(needsStreamedRead(layer, wholeView)) << "the first read is detailed enough";

    // Away and back: the view read first is kept, and drawn again without the server.
    const size_t viewed = layer.viewFeatures, hits = layer.postgis->cachedViewHits();
    Camera away = camera;
    away.centerX += 3.0 * camera.width * camera.unitsPerPixel;
    Result<SceneLayer> there = readStreamedView(layer, prepared->mapCrs, away);
    ASSERT_TRUE(there) << there.error().message;
    takeStreamedView(layer, std::move(*there));
    EXPECT_EQ(layer.postgis->cachedViewHits(), hits);
    ASSERT_TRUE(needsStreamedRead(layer, camera));
    Result<SceneLayer> back = readStreamedView(layer, prepared->mapCrs, camera);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(layer.postgis->cachedViewHits(), hits + 1);
    EXPECT_EQ(back->viewFeatures, viewed);
    EXPECT_EQ(back->data.featureCount(), whole);
    EXPECT_EQ(back->legend.classification.limits, limits);
}

// Outlines of no width are not built for a view (at 10^7 hexagons, 110 MB a view on each side of
// the GPU); widened, they are built for every feature drawn, the backdrop's too.
TEST(StreamedView, OutlinesOfNoWidthAreBuiltOnlyOnceWidened) {
    LayerSpec spec = hexagons();
    spec.stroke.width = 0;
    Result<PreparedLayers> prepared = prepareSceneLayers({spec}, "", "auto");
    ASSERT_TRUE(prepared) << prepared.error().message;
    SceneLayer& layer = prepared->layers.front();
    const Camera camera = closeViewOf(layer);
    Result<SceneLayer> read = readStreamedView(layer, prepared->mapCrs, camera, {}, 0.0);
    ASSERT_TRUE(read) << read.error().message;
    takeStreamedView(layer, std::move(*read));
    ASSERT_GT(layer.viewFeatures, 50u);
    EXPECT_LT(layer.viewFeatures, layer.data.featureCount()) << "the backdrop around the view";
    EXPECT_TRUE(layer.outlinesLeftOut);
    EXPECT_EQ(layer.meshes.lines.segmentCount(), 0u) << "not even the backdrop's";
    EXPECT_FALSE(buildLeftOutOutlines(layer)) << "not drawn yet: nothing to build";

    layer.paint.strokeWidth = 1.0f;
    ASSERT_TRUE(buildLeftOutOutlines(layer));
    EXPECT_FALSE(layer.outlinesLeftOut);
    std::vector<size_t> segments(layer.data.featureCount(), 0);
    for (uint32_t f : layer.meshes.lines.featureIds) ++segments[f];
    EXPECT_EQ(size_t(std::count_if(segments.begin(), segments.end(), [](size_t n) { return n >= 3; })),
              segments.size())
        << "a feature left without its outline";
    EXPECT_FALSE(buildLeftOutOutlines(layer)) << "built once";
}

TEST(StreamedView, AViewHoldsNoMoreFeaturesThanItsReadHasPixels) {
    Result<PreparedLayers> prepared = prepareSceneLayers({hexagons()}, "", "auto");
    ASSERT_TRUE(prepared) << prepared.error().message;
    SceneLayer& layer = prepared->layers.front();
    EXPECT_EQ(layer.data.report.merged, 0u) << "the first read's hexagons are bigger than its cells";
    // A small window over the whole region: many hexagons to a pixel.
    Camera camera;
    camera.width = 120;
    camera.height = 90;
    camera.centerX = layer.extent.centerX();
    camera.centerY = layer.extent.centerY();
    camera.unitsPerPixel = std::max(layer.extent.width() / 120, layer.extent.height() / 90);
    Result<SceneLayer> read = readStreamedView(layer, prepared->mapCrs, camera, {}, 0.0);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_GT(read->data.report.merged, layer.data.featureCount() / 2);
    // One feature a pixel of the read (each drawn as its pixel), a pixel more at the edges.
    EXPECT_LE(read->data.featureCount(), size_t(121 * 91));
    EXPECT_EQ(read->data.featureCount() + read->data.report.merged, layer.data.featureCount());
    // Classes stay the whole table's, and the legend counts the table's hexagons, not the read's.
    EXPECT_EQ(read->legend.classification.limits, wholeTableQuantiles());
    size_t counted = read->legend.noDataCount;
    for (size_t c : read->legend.classCounts) counted += c;
    EXPECT_EQ(counted, layer.data.featureCount());
    EXPECT_EQ(read->legend.classCounts, layer.legend.classCounts);

    // The window's reads keep one feature to a cell of two pixels, and count as read at that
    // detail: a view any closer is read again.
    Result<SceneLayer> window = readStreamedView(layer, prepared->mapCrs, camera, {}, 0.0, 2.0);
    ASSERT_TRUE(window) << window.error().message;
    EXPECT_LE(window->data.featureCount(), size_t(61 * 46));
    EXPECT_EQ(window->data.featureCount() + window->data.report.merged, layer.data.featureCount());
    EXPECT_EQ(window->streamedDetail, 2 * camera.unitsPerPixel);
    EXPECT_EQ(window->legend.classCounts, layer.legend.classCounts);
}

TEST(StreamedView, AReadTheUserHasLeftIsKeptButNotPrepared) {
    Result<PreparedLayers> prepared = prepareSceneLayers({hexagons()}, "", "auto");
    ASSERT_TRUE(prepared) << prepared.error().message;
    SceneLayer& layer = prepared->layers.front();
    const Camera camera = closeViewOf(layer);
    // The user leaves once the rows have come: the read asks its progress before its statement
    // and every 4096 rows (the view with its margin holds fewer), so its second ask is after them.
    size_t asked = 0;
    const auto left = [&](size_t) { return asked++ == 0; };
    Result<SceneLayer> read = readStreamedView(layer, prepared->mapCrs, camera, left, 0.5);
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().message.find("cancelled"), std::string::npos) << read.error().message;
    EXPECT_EQ(asked, 2u) << "asked before the statement, then after the rows, before preparing them";
    // What the server sent is kept: going back to the view draws it without asking again.
    std::optional<Result<SceneLayer>> kept = keptStreamedView(layer, prepared->mapCrs, camera);
    ASSERT_TRUE(kept);
    ASSERT_TRUE(*kept) << kept->error().message;
    EXPECT_GT((*kept)->viewFeatures, 100u);
    EXPECT_LT((*kept)->viewFeatures, 4096u);
}

TEST(StreamedView, AnExportFinerThanTheFirstReadReadsItsPart) {
    MapDocument document;
    document.layers = {hexagons()};
    document.view = MapView{106.5, 29.6, 60000.0};
    SceneBuildOptions options;
    options.exportCamera = [](const MapScene& scene) {
        Camera camera;
        camera.width = 1000;
        camera.height = 800;
        double x = 106.5, y = 29.6;
        scene.fromLonLat(x, y);
        camera.centerX = x;
        camera.centerY = y;
        camera.unitsPerPixel = 60.0;
        return camera;
    };
    Result<MapScene> scene = buildScene(document, options);
    ASSERT_TRUE(scene) << scene.error().message;
    const SceneLayer& layer = scene->layers.front();
    EXPECT_LT(layer.data.featureCount(), 5000u);
    EXPECT_EQ(layer.legend.classification.limits, wholeTableQuantiles());
}

TEST(StreamedView, AnExportFromTheWindowReadsItsPartAtItsPixelsAndPutsTheViewBack) {
    MapDocument document;
    document.layers = {hexagons()};
    Result<MapScene> scene = buildScene(document, {});
    ASSERT_TRUE(scene) << scene.error().message;
    SceneLayer& layer = scene->layers.front();
    ASSERT_TRUE(layer.backdrop);
    // The window's view: read at two-pixel cells, with the first read drawn around it.
    const Camera window = closeViewOf(layer);
    Result<SceneLayer> read = readStreamedView(layer, scene->mapCrs, window, {}, 0.0, 2.0);
    ASSERT_TRUE(read) << read.error().message;
    takeStreamedView(layer, std::move(*read));
    const size_t shownFeatures = layer.data.featureCount(), shownView = layer.viewFeatures;
    ASSERT_EQ(layer.streamedDetail, 2 * window.unitsPerPixel);
    ASSERT_LT(shownView, shownFeatures) << "the backdrop around the view";

    // Exported at the window's size: read again at its pixels, without the backdrop. (As if the
    // window's full meshes were still to come: that stays so once put back.)
    layer.fullMeshesSkipped = true;
    Result<StreamedParts> parts = swapInExportParts(*scene, window);
    ASSERT_TRUE(parts) << parts.error().message;
    ASSERT_EQ(parts->size(), 1u);
    EXPECT_EQ(layer.streamedDetail, window.unitsPerPixel);
    EXPECT_EQ(layer.viewFeatures, layer.data.featureCount()) << "the view alone";
    // (The test table's hexagons are some 20 pixels wide here: none merged at either detail.)
    EXPECT_EQ(layer.viewFeatures, shownView);
    EXPECT_EQ(layer.legend.classification.limits, wholeTableQuantiles());
    ASSERT_TRUE(layer.backdrop) << "kept for the window";
    EXPECT_FALSE(layer.fullMeshesSkipped) << "the export's part is prepared whole";

    putBackStreamedParts(*scene, std::move(*parts));
    EXPECT_EQ(layer.data.featureCount(), shownFeatures);
    EXPECT_EQ(layer.viewFeatures, shownView);
    EXPECT_EQ(layer.streamedDetail, 2 * window.unitsPerPixel);
    EXPECT_EQ(layer.data.attributes.find("density")->size(), shownFeatures);
    EXPECT_TRUE(layer.fullMeshesSkipped) << "still waiting for its full meshes";
    layer.fullMeshesSkipped = false;

    // Nothing to read for an export of the view no finer than its cells, or of a hidden layer.
    Camera coarser = window;
    coarser.width /= 2;
    coarser.height /= 2;
    coarser.unitsPerPixel *= 2;
    Result<StreamedParts> none = swapInExportParts(*scene, coarser);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_TRUE(none->empty());
    layer.paint.visible = false;
    none = swapInExportParts(*scene, window);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace bashu
