#include "scene/legend_model.h"

#include <gtest/gtest.h>

#include "unit/scene/scene_fixture.h"

namespace bashu {
namespace {

TEST_F(Scene, EmptyEndClassesOfAStandardDeviationMapReadAsOpenRanges) {
    MapDocument d = document();
    d.layers[0].name = "pop";
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = "stddev";
    d.layers[0].fill.classes = 6;
    d.layers[0].fill.ramp = "RdBu";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    // pop 5, 50, 500: mean 185, sample standard deviation 273.72; nothing lies beyond two
    // deviations, so both end classes are empty and collapsed onto their breaks.
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);  // the heading and 6 classes
    // Each class also says what it stands for, as GeoDa's legend does.
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"< -362  (< −2 SD)", "0"},           {"-362 – -89  (−2 SD to −1 SD)", "0"},
        {"-89 – 185  (−1 SD to mean)", "2"},  {"185 – 459  (mean to +1 SD)", "0"},
        {"459 – 732  (+1 SD to +2 SD)", "1"}, {"> 732  (> +2 SD)", "0"},
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(entries[i + 1].label, expected[i].first) << i;
        EXPECT_EQ(entries[i + 1].count, expected[i].second) << i;
    }
}

TEST_F(Scene, AZeroWidthClassHoldingValuesKeepsItsLimits) {
    write("ties.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"v": 1}, "geometry": {"type": "Point", "coordinates": [104, 30]}},
{"type": "Feature", "properties": {"v": 1}, "geometry": {"type": "Point", "coordinates": [105, 30]}},
{"type": "Feature", "properties": {"v": 2}, "geometry": {"type": "Point", "coordinates": [106, 31]}}]})");
    MapDocument d;
    LayerSpec layer;
    layer.source = (dir / "ties.geojson").string();
    layer.fill.field = "v";
    layer.fill.method = "quantile";
    layer.fill.classes = 3;
    d.layers.push_back(layer);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[1].label, "1.0 – 1.0") << "[1, 1] holds the two 1s";
    EXPECT_EQ(entries[1].count, "2");
}

TEST_F(Scene, ABoxMapMarksItsOutliers) {
    MapDocument d = document();
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = "boxmap";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_NE(entries[1].label.find("(lower outliers)"), std::string::npos) << entries[1].label;
    EXPECT_NE(entries[6].label.find("(upper outliers)"), std::string::npos) << entries[6].label;
    // Held breaks no longer follow the definition: no meanings then.
    d.layers[0].fill.breaks = {0, 10, 100, 1000};
    Result<MapScene> held = buildScene(d);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(legendEntries(*held)[1].label.find("("), std::string::npos);
}

}  // namespace
}  // namespace bashu
