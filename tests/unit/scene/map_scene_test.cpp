#include "scene/map_scene.h"

#include "scene/legend_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bashu {
namespace {

namespace fs = std::filesystem;

class Scene : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() /
              ("bashu-scene-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        write("units.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A", "pop": 5}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"code": "B", "pop": 50}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}},
{"type": "Feature", "properties": {"code": "C", "pop": 500}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 31], [106, 30]]]}}
]})");
        write("values.csv", "code,year,gdp\nA,2021,1.5\nB,2021,\nC,2021,30\nZ,2021,7\nA,2020,1\n");
    }
    void TearDown() override { fs::remove_all(dir); }

    void write(const std::string& name, const std::string& contents) {
        std::ofstream(dir / name) << contents;
    }

    MapDocument document() const {
        MapDocument d;
        LayerSpec layer;
        layer.source = (dir / "units.geojson").string();
        layer.join =
            JoinSpec{(dir / "values.csv").string(), "code", "code", {{"year", "2021"}}, "gdp", "gdp"};
        layer.fill.field = "gdp";
        layer.fill.method = "equal";
        layer.fill.classes = 2;
        layer.fill.ramp = "Blues";
        d.layers.push_back(layer);
        return d;
    }

    fs::path dir;
};

TEST_F(Scene, JoinsProjectsTessellatesAndColours) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_EQ(scene->layers.size(), 1u);
    const SceneLayer& layer = scene->layers[0];
    EXPECT_NE(scene->mapCrs.find("+proj=aea"), std::string::npos) << "auto picks an equal-area conic";
    EXPECT_LT(scene->extent.width(), 400000.0) << "projected to metres, about 300 km wide";
    EXPECT_GT(scene->extent.width(), 250000.0);
    EXPECT_EQ(layer.meshes.fill.triangleCount(), 6u);
    ASSERT_EQ(layer.featureColors.size(), 3u);
    EXPECT_EQ(layer.featureColors[1], layer.spec.fill.noData) << "B's value is blank";
    EXPECT_NE(layer.featureColors[0], layer.featureColors[2]);
    EXPECT_EQ(layer.legend.noDataCount, 1u);
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{1, 1}));
    ASSERT_EQ(layer.legend.histogram.size(), 40u);
    EXPECT_EQ(layer.legend.histogram.front(), 1.0f) << "1.5, the lowest value";
    EXPECT_EQ(layer.legend.histogram.back(), 1.0f) << "30, the highest";
    // Z has no unit and B has no value: both are reported.
    bool reportedZ = false;
    for (const std::string& w : scene->warnings)
        reportedZ |= w.find("1 rows match no feature") != std::string::npos;
    EXPECT_TRUE(reportedZ);
}

TEST_F(Scene, RestylingKeepsTheMeshes) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    SceneLayer& layer = scene->layers[0];
    const float* positions = layer.meshes.fill.positions.data();
    const std::vector<uint32_t> indices = layer.meshes.fill.indices;
    const std::vector<Rgba8> before = layer.featureColors;

    layer.spec.fill.field = "pop";
    layer.spec.fill.method = "quantile";
    layer.spec.fill.classes = 3;
    layer.spec.fill.ramp = "YlOrRd";
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_NE(layer.featureColors, before);
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{1, 1, 1}));
    EXPECT_EQ(layer.meshes.fill.positions.data(), positions) << "the mesh was not rebuilt";
    EXPECT_EQ(layer.meshes.fill.indices, indices);
}

TEST_F(Scene, StyleErrorsNameTheLayer) {
    MapDocument d = document();
    d.layers[0].fill.ramp = "Rainbow";
    Result<MapScene> scene = buildScene(d);
    ASSERT_FALSE(scene.ok());
    EXPECT_NE(scene.error().message.find("units.geojson: layer 'units': unknown colour ramp 'Rainbow'"),
              std::string::npos)
        << scene.error().message;
}

TEST_F(Scene, AMissingJoinTableIsNamed) {
    MapDocument d = document();
    d.layers[0].join->table = (dir / "nothere.csv").string();
    Result<MapScene> scene = buildScene(d);
    ASSERT_FALSE(scene.ok());
    EXPECT_EQ(scene.error().message, (dir / "nothere.csv").string() + ": no such file");
}

TEST_F(Scene, AnExplicitMapCrsIsUsed) {
    MapDocument d = document();
    d.crs = "EPSG:3857";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    // 104 degrees east in Web Mercator.
    EXPECT_NEAR(scene->extent.minX, 11577227.7, 1.0);
}

TEST_F(Scene, LegendListsLayersTopDownWithClassesAndSymbols) {
    write("line.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[104, 30], [107, 31]]}}]})");
    MapDocument d = document();
    LayerSpec line;
    line.source = (dir / "line.geojson").string();
    line.name = "rail 铁路";
    line.stroke = {Rgba8{200, 0, 0, 255}, 3.0};
    d.layers.push_back(line);
    d.layers[0].name = "GDP";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 5u);  // the line, the heading, 2 classes, no-data
    EXPECT_EQ(entries[0].kind, LegendEntry::Kind::LineSample);
    EXPECT_EQ(entries[0].label, "rail 铁路");
    EXPECT_EQ(entries[0].width, 3.0f);
    EXPECT_EQ(entries[1].kind, LegendEntry::Kind::Heading);
    EXPECT_EQ(entries[1].label, "GDP");
    EXPECT_EQ(entries[2].label, "1.5 – 15.8");
    EXPECT_EQ(entries[2].count, "1");
    EXPECT_EQ(entries[4].label, "no data 无数据");

    scene->layers[1].paint.visible = false;
    EXPECT_EQ(legendEntries(*scene).size(), 4u) << "hidden layers leave the legend";
}

}  // namespace
}  // namespace bashu
