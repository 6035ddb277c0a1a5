// Preparing layers off the UI thread: progress is reported, a cancelled load stops, and prepared
// layers join a scene in its CRS (or give an empty scene theirs).
#include <gtest/gtest.h>

#include "scene/map_scene.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

// A row of n unit squares as GeoJSON.
std::string squares(int n) {
    std::string text = R"({"type": "FeatureCollection", "features": [)";
    for (int i = 0; i < n; ++i) {
        const double x = 100.0 + i * 0.001;
        text += std::string(i ? "," : "") + R"({"type": "Feature", "properties": {"id": )" +
                std::to_string(i) + R"(}, "geometry": {"type": "Polygon", "coordinates": [[[)" +
                std::to_string(x) + ", 30], [" + std::to_string(x + 0.001) + ", 30], [" +
                std::to_string(x + 0.001) + ", 30.001], [" + std::to_string(x) + ", 30.001], [" +
                std::to_string(x) + ", 30]]]}}";
    }
    return text + "]}";
}

LayerSpec specOf(const fs::path& path) {
    LayerSpec spec;
    spec.name = path.stem().string();
    spec.source = path.string();
    return spec;
}

TEST_F(Scene, PreparingReportsProgressAndChoosesACrsForAnEmptyMap) {
    write("many.geojson", squares(9000));
    LoadProgress progress;
    Result<PreparedLayers> prepared =
        prepareSceneLayers({specOf(dir / "many.geojson")}, "", "auto", &progress);
    ASSERT_TRUE(prepared.ok()) << prepared.error().message;
    EXPECT_EQ(prepared->layers.size(), 1u);
    EXPECT_EQ(progress.featuresRead, 8192u) << "reported every 4096 features";
    EXPECT_EQ(progress.featuresTotal, 9000u);
    EXPECT_EQ(progress.layersDone, 1u);
    EXPECT_EQ(prepared->mapCrs.rfind("+proj=aea", 0), 0u) << prepared->mapCrs;

    MapScene scene;
    ASSERT_TRUE(commitSceneLayers(scene, std::move(*prepared)).ok());
    EXPECT_EQ(scene.layers.size(), 1u);
    EXPECT_EQ(scene.mapCrsName, "Albers equal-area conic fitted to the data");
    ASSERT_TRUE(scene.toLonLat);
    EXPECT_FALSE(shownExtent(scene.layers).empty());
}

TEST_F(Scene, ACancelledLoadStops) {
    write("many.geojson", squares(100));
    LoadProgress progress;
    progress.cancelled = true;
    Result<PreparedLayers> prepared =
        prepareSceneLayers({specOf(dir / "many.geojson")}, "", "auto", &progress);
    ASSERT_FALSE(prepared.ok());
    EXPECT_EQ(prepared.error().message, (dir / "many.geojson").string() + ": loading cancelled");
}

TEST_F(Scene, PreparedLayersMustMatchTheMapsCrs) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    write("more.geojson", squares(3));
    Result<PreparedLayers> other = prepareSceneLayers({specOf(dir / "more.geojson")}, "EPSG:3857", "auto");
    ASSERT_TRUE(other.ok()) << other.error().message;
    const size_t before = scene->layers.size();
    EXPECT_FALSE(commitSceneLayers(*scene, std::move(*other)).ok());
    EXPECT_EQ(scene->layers.size(), before);

    Result<PreparedLayers> same = prepareSceneLayers({specOf(dir / "more.geojson")}, scene->mapCrs, "auto");
    ASSERT_TRUE(same.ok());
    EXPECT_TRUE(commitSceneLayers(*scene, std::move(*same)).ok());
    EXPECT_EQ(scene->layers.size(), before + 1);
}

}  // namespace
}  // namespace bashu
