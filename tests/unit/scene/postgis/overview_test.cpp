// A PostGIS layer whose table has an overview (`bashu overview`): its first read and its classes
// come from the overview, with the classes the table gives; views finer than every level read
// the table (the test server's "parcels_b", which only this test builds an overview of).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "postgis/pg_connection.h"
#include "postgis/pg_overview.h"
#include "postgis/pg_relation.h"

#include "scene/map_scene.h"
#include "scene/postgis_layer.h"

namespace bashu {
namespace {

LayerSpec parcels(const std::string& filter = "") {
    LayerSpec spec;
    spec.name = "Parcels";
    spec.source = "PG:service=atlas";
    spec.sourceLayer = "parcels_b";
    spec.filter = filter;
    spec.fill.field = "density";
    spec.fill.method = ClassMethod::Quantile;
    spec.fill.classes = 5;
    return spec;
}

TEST(PostgisOverview, TheFirstReadAndTheClassesComeFromTheOverview) {
    std::vector<std::string> steps;
    Result<PostgisOverviewSummary> built = buildPostgisOverview(
        "PG:service=atlas_owner", "parcels_b", [&](const std::string& step) { steps.push_back(step); });
    ASSERT_TRUE(built) << built.error().message;
    ASSERT_GE(built->levels.size(), 2u);
    ASSERT_EQ(built->levels[0].first, 512);
    ASSERT_EQ(built->levels[1].first, 1024);
    const size_t levelRows = built->levels[0].second, gridRows = built->levels[1].second;

    Result<PreparedLayers> prepared = prepareSceneLayers({parcels()}, "", "auto");
    ASSERT_TRUE(prepared) << prepared.error().message;
    const SceneLayer& layer = prepared->layers.front();
    EXPECT_EQ(layer.data.report.overviewCells, 512);
    EXPECT_EQ(layer.data.featureCount(), levelRows) << "the level of 512 cells, read whole";
    EXPECT_EQ(layer.data.report.merged, built->tableRows - levelRows);

    // An export's first read takes no level coarser than its grid's cells: the level of 1024.
    Result<PreparedLayers> forExport =
        prepareSceneLayers({parcels()}, "", "auto", nullptr, true, nullptr, /*forExport=*/true);
    ASSERT_TRUE(forExport) << forExport.error().message;
    EXPECT_EQ(forExport->layers.front().data.report.overviewCells, 1024);

    // A filter keeping every row: the overview (built without one) is not used, the table is read
    // and thinned to 1024 cells across (on the same grid: the filter's extent is exact, as the
    // overview's), keeping what the level of 1024 cells keeps; the classes and "no data" are
    // the same.
    Result<PreparedLayers> table = prepareSceneLayers({parcels("id IS NOT NULL")}, "", "auto");
    ASSERT_TRUE(table) << table.error().message;
    const SceneLayer& direct = table->layers.front();
    EXPECT_EQ(direct.data.report.overviewCells, 0);
    EXPECT_EQ(direct.data.featureCount(), gridRows);
    EXPECT_EQ(direct.data.report.merged, built->tableRows - gridRows);
    EXPECT_EQ(layer.legend.classification.limits, direct.legend.classification.limits);
    EXPECT_EQ(layer.legend.noDataCount, direct.legend.noDataCount);
    EXPECT_GT(layer.legend.noDataCount, 100u);

    // A view finer than every level (a pixel a tenth of the finest level's
    // cell) reads the table: the 100 m hexagons themselves, none merged.
    Camera camera;
    camera.width = 400;
    camera.height = 300;
    camera.centerX = layer.extent.centerX();
    camera.centerY = layer.extent.centerY();
    // The small hexagons' part of the map: the densest cell of the first read.
    const Extent& everything = layer.extent;
    camera.unitsPerPixel =
        std::max(everything.width(), everything.height()) / built->levels.back().first / 10;
    const Result<Extent> dense = [&]() -> Result<Extent> {
        for (size_t i = 0; i < layer.data.featureCount(); ++i) {
            const Extent box = layer.data.geometry.featureExtent(i);
            if (box.width() < everything.width() / 500) return box;
        }
        return Error{"no small feature"};
    }();
    ASSERT_TRUE(dense) << dense.error().message;
    camera.centerX = dense->centerX();
    camera.centerY = dense->centerY();
    Result<SceneLayer> view = readStreamedView(layer, prepared->mapCrs, camera);
    ASSERT_TRUE(view) << view.error().message;
    EXPECT_GT(view->viewFeatures, 100u);
    EXPECT_EQ(view->data.report.merged, 0u) << "100 m hexagons at 40 m a pixel are each drawn";
    EXPECT_EQ(view->data.report.overviewCells, 0);

    // A view of the whole map 700 pixels across reads the level of 512 cells (under two pixels
    // each); an export of it (margin 0) the level of 1024 (under one).
    camera.width = 800;
    camera.height = 600;
    camera.centerX = everything.centerX();
    camera.centerY = everything.centerY();
    camera.unitsPerPixel = std::max(everything.width() / 700, everything.height() / 500);
    Result<SceneLayer> whole = readStreamedView(layer, prepared->mapCrs, camera);
    ASSERT_TRUE(whole) << whole.error().message;
    EXPECT_EQ(whole->data.report.overviewCells, 512);
    Result<SceneLayer> exported = readStreamedView(layer, prepared->mapCrs, camera, {}, 0.0);
    ASSERT_TRUE(exported) << exported.error().message;
    EXPECT_EQ(exported->data.report.overviewCells, 1024);

    // The table changes: once the server has counted it, the overview is not used and the map's
    // messages say why.
    Result<PgSource> ownerSource = pgSource("PG:service=atlas_owner", "parcels_b", "", "", "");
    ASSERT_TRUE(ownerSource);
    Result<PgConnection> owner = PgConnection::open(*ownerSource);
    ASSERT_TRUE(owner) << owner.error().message;
    ASSERT_TRUE(owner->write(
        {{"UPDATE parcels_b SET density = 1 WHERE id = 3", {}}, {"SELECT pg_stat_force_next_flush()", {}}}));
    Result<PgRelation> relation = describeRelation(*owner);
    ASSERT_TRUE(relation);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    Result<PgOverviewLookup> found = findPgOverview(*owner, *relation);
    while (found && found->overview && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        found = findPgOverview(*owner, *relation);
    }
    ASSERT_TRUE(found && !found->overview);
    Result<PreparedLayers> stale = prepareSceneLayers({parcels()}, "", "auto");
    ASSERT_TRUE(stale) << stale.error().message;
    EXPECT_EQ(stale->layers.front().data.report.overviewCells, 0);
    EXPECT_EQ(stale->layers.front().data.featureCount(), gridRows) << "the table, thinned";
    bool said = false;
    for (const std::string& w : stale->warnings)
        said = said || w.find("parcels_b's overview (built ") != std::string::npos;
    EXPECT_TRUE(said) << "the warnings say the overview is older than the table";
}

}  // namespace
}  // namespace bashu
