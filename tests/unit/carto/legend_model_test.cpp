#include "carto/legend_model.h"

#include <gtest/gtest.h>

#include "scene/field_unit.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

TEST_F(Scene, EmptyEndClassesOfAStandardDeviationMapReadAsOpenRanges) {
    MapDocument d = document();
    d.layers[0].name = "pop";
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = ClassMethod::StandardDeviation;
    d.layers[0].fill.classes = 6;
    d.layers[0].fill.ramp = Ramp::RdBu;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    // pop 5, 50, 500: mean 185, sample standard deviation 273.72; nothing lies beyond two
    // deviations, so both end classes are empty and collapsed onto their breaks.
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);  // the heading and 6 classes
    // Each class also says what it stands for, as GeoDa's legend does; below the mean a value on
    // the upper limit belongs to the class above (GeoDa's rule), and the label says "< b".
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"< -362  (< −2 SD)", "0"},
        {"-362 – < -89  (−2 SD to −1 SD)", "0"},
        {"-89 – < 185  (−1 SD to mean)", "2"},
        {"185 – 459  (mean to +1 SD)", "0"},
        {"459 – 732  (+1 SD to +2 SD)", "1"},
        {"> 732  (> +2 SD)", "0"},
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(entries[i + 1].label, expected[i].first) << i;
        EXPECT_EQ(entries[i + 1].count, expected[i].second) << i;
    }
}

TEST_F(Scene, AValueReadsAsTheLegendWritesItsLimits) {
    // The window's tooltip and the legend must agree: pop 5, 50, 500 in 2 equal classes give
    // limits 5 – 252.5 – 500, written with one decimal; a value reads the same way.
    MapDocument d = document();
    d.layers[0].name = "Population";
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = ClassMethod::EqualInterval;
    d.layers[0].fill.classes = 2;
    d.layers[0].fill.unit = "万人";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const SceneLayer& layer = scene->layers[0];
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(legendHeading(layer), entries[0].label);
    EXPECT_EQ(legendHeading(layer), "Population (万人)");
    EXPECT_EQ(entries[1].label, "5.0 – 252.5");
    EXPECT_EQ(legendNumber(*scene, layer, 252.5), "252.5");
    EXPECT_EQ(legendNumber(*scene, layer, 19916.98), "19,917.0") << "not 19916.98";
}

TEST_F(Scene, ACategoryReadsAsItsLegendEntry) {
    MapDocument d = document();
    d.layers[0].join.reset();
    d.layers[0].fill.field = "code";  // text: a colour per value
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    SceneLayer& layer = scene->layers[0];
    layer.legend.categories = {"science_city", "B"};
    EXPECT_EQ(legendCategory(*scene, layer, "science_city"), "science city");
    EXPECT_EQ(legendCategory(*scene, layer, "Z"), "Z") << "no category of the legend";
    layer.spec.fill.labels = {"科学城", ""};
    EXPECT_EQ(legendCategory(*scene, layer, "science_city"), "科学城") << "an edited label";
    EXPECT_EQ(legendCategory(*scene, layer, "B"), "B");
}

TEST_F(Scene, EditedClassLabelsReplaceTheComputedOnesWhenThereIsOneAClass) {
    MapDocument d = document();
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = ClassMethod::StandardDeviation;
    d.layers[0].fill.classes = 6;
    d.layers[0].fill.labels = {"far below", "", "below", "above", "", "far above"};
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_TRUE(scene->warnings.empty());
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_EQ(entries[1].label, "far below");
    EXPECT_EQ(entries[2].label, "-362 – < -89  (−2 SD to −1 SD)") << "an empty one keeps the computed label";
    EXPECT_EQ(entries[3].label, "below");
    EXPECT_EQ(entries[3].count, "2") << "counts stay";
    EXPECT_EQ(computedClassLabels(*scene, scene->layers[0])[0], "< -362  (< −2 SD)");

    // Labels for another number of classes are not used, and the load says so.
    d.layers[0].fill.labels = {"low", "high"};
    Result<MapScene> mismatched = buildScene(d);
    ASSERT_TRUE(mismatched.ok());
    EXPECT_EQ(legendEntries(*mismatched)[1].label, "< -362  (< −2 SD)");
    ASSERT_EQ(mismatched->warnings.size(), 1u);
    EXPECT_NE(
        mismatched->warnings[0].find("2 legend labels for 6 classes; the legend shows the computed labels"),
        std::string::npos)
        << mismatched->warnings[0];
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
    layer.fill.method = ClassMethod::Quantile;
    layer.fill.classes = 3;
    d.layers.push_back(layer);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[1].label, "1.0") << "[1, 1] holds the two 1s: one value";
    EXPECT_EQ(entries[1].count, "2");
}

TEST_F(Scene, ABoxMapMarksItsOutliers) {
    MapDocument d = document();
    d.layers[0].join.reset();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.method = ClassMethod::BoxMap;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);
    EXPECT_NE(entries[1].label.find("(lower outliers)"), std::string::npos) << entries[1].label;
    EXPECT_NE(entries[6].label.find("(upper outliers)"), std::string::npos) << entries[6].label;
    // Breaks held over years (or pooled over panels) are the box map's over all of them: they
    // keep its meanings and its rule for ties.
    d.layers[0].fill.breaks = scene->layers[0].legend.classification.limits;
    Result<MapScene> held = buildScene(d);
    ASSERT_TRUE(held.ok());
    const std::vector<LegendEntry> heldEntries = legendEntries(*held);
    ASSERT_EQ(heldEntries.size(), 7u);
    for (size_t i = 1; i < 7; ++i) EXPECT_EQ(heldEntries[i].label, entries[i].label) << i;
    EXPECT_EQ(held->layers[0].legend.classification.tiesUpThrough, 3u);
    // Other limits, or a break set (the author's limits, whatever the method), have none.
    d.layers[0].fill.breaks = {0, 10, 100, 1000};
    Result<MapScene> other = buildScene(d);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(legendEntries(*other)[1].label.find("("), std::string::npos);
    d.layers[0].fill.breaks = scene->layers[0].legend.classification.limits;
    d.layers[0].fill.breakSet = "mine";
    d.breakSets["mine"] = d.layers[0].fill.breaks;
    Result<MapScene> locked = buildScene(d);
    ASSERT_TRUE(locked.ok()) << locked.error().message;
    EXPECT_EQ(legendEntries(*locked)[1].label.find("("), std::string::npos)
        << legendEntries(*locked)[1].label;
}

TEST_F(Scene, ABoxMapWithNoInterquartileRangeLabelsWhereItsValuesAre) {
    // -10, seven 5s, 20: every hinge and fence is 5. GeoDa: -10 is a lower outlier, the 5s are in
    // "50-75%" (on the fences, not outliers), 20 an upper outlier; the labels say as much.
    std::string features;
    const double values[] = {-10, 5, 5, 5, 5, 5, 5, 5, 20};
    for (size_t i = 0; i < std::size(values); ++i)
        features += std::string(i ? "," : "") + R"({"type": "Feature", "properties": {"v": )" +
                    std::to_string(values[i]) + R"(}, "geometry": {"type": "Point", "coordinates": [)" +
                    std::to_string(100 + i) + ", 30]}}";
    write("iqr0.geojson", R"({"type": "FeatureCollection", "features": [)" + features + "]}");
    MapDocument d;
    LayerSpec layer;
    layer.source = (dir / "iqr0.geojson").string();
    layer.fill.field = "v";
    layer.fill.method = ClassMethod::BoxMap;
    d.layers.push_back(layer);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 7u);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"-10.0 – < 5.0  (lower outliers)", "1"},
        {"5.0  (< 25%)", "0"},
        {"5.0  (25–50%)", "0"},
        {"5.0  (50–75%)", "7"},
        {"5.0  (> 75%)", "0"},
        {"5.0 – 20.0  (upper outliers)", "1"},
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(entries[i + 1].label, expected[i].first) << i;
        EXPECT_EQ(entries[i + 1].count, expected[i].second) << i;
    }
}

// A table in the layout of geodata/indicators.csv: long, with each value's unit spelled out.
class UnitScene : public Scene {
protected:
    MapDocument perCapita(const std::string& name, const std::string& unit) {
        write("per_capita.csv", "code,year,value,unit\nA,2021,30000," + unit + "\nB,2021,80000," + unit +
                                    "\nC,2021,130000," + unit + "\n");
        MapDocument d = document();
        d.layers[0].name = name;
        d.layers[0].join = JoinSpec{(dir / "per_capita.csv").string(),
                                    "code",
                                    "code",
                                    {{"year", "2021"}},
                                    "value",
                                    "per_capita",
                                    {},
                                    0,
                                    JoinMatch::Exact,
                                    {}};
        d.layers[0].fill.field = "per_capita";
        return d;
    }
};

TEST_F(UnitScene, AutoWritesLargeLimitsInWanOnAChineseMapWithTheUnitInTheHeading) {
    MapDocument d = perCapita("人均GDP 2021", "元");
    d.layers[0].fill.numberFormat = NumberFormat::Auto;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].label, "人均GDP 2021 (元)") << "the table's unit, once, in the heading";
    // The shared limit reads the same in both classes: no gap, no overlap.
    EXPECT_EQ(entries[1].label, "3.0万 – 8.0万");
    EXPECT_EQ(entries[2].label, "8.0万 – 13.0万");

    // The default stays as it was: thousands separators.
    d.layers[0].fill.numberFormat = NumberFormat::Plain;
    Result<MapScene> plain = buildScene(d);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(legendEntries(*plain)[1].label, "30,000 – 80,000");
}

TEST_F(UnitScene, AutoKeepsPlainNumbersOnAnEnglishMapOrInAUnitOfWan) {
    MapDocument d = perCapita("GDP per capita", "yuan");
    d.layers[0].fill.numberFormat = NumberFormat::Auto;
    Result<MapScene> english = buildScene(d);
    ASSERT_TRUE(english.ok()) << english.error().message;
    EXPECT_EQ(legendEntries(*english)[0].label, "GDP per capita (yuan)");
    EXPECT_EQ(legendEntries(*english)[1].label, "30,000 – 80,000");

    // A unit spelled out as the built-in table spells it: its Chinese short form is the unit,
    // already in 万, so 万 again would read as 万万.
    d = perCapita("Population", "\"10 thousand persons (万人)\"");
    d.layers[0].fill.numberFormat = NumberFormat::Auto;
    Result<MapScene> wan = buildScene(d);
    ASSERT_TRUE(wan.ok()) << wan.error().message;
    EXPECT_EQ(legendEntries(*wan)[0].label, "Population (万人)");
    EXPECT_EQ(legendEntries(*wan)[1].label, "30,000 – 80,000");
}

TEST_F(UnitScene, AJoinedLayerShownByAnotherFieldIsHeadedByThatField) {
    // "人均GDP 2021 (元)" shown by its own `pop` column: the heading says pop, with no yuan.
    MapDocument d = perCapita("人均GDP 2021 (元)", "元");
    d.layers[0].fill.field = "pop";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_EQ(legendHeading(scene->layers[0]), "pop");
    EXPECT_EQ(layerUnit(scene->layers[0]), "");
    // Listed (layers, style, table, search) by that field too, not by the GDP it is named after.
    EXPECT_EQ(layerTitle(scene->layers[0]), "pop");
    d.layers[0].fill.field = d.layers[0].join->as;
    Result<MapScene> own = buildScene(d);
    ASSERT_TRUE(own.ok()) << own.error().message;
    EXPECT_EQ(layerTitle(own->layers[0]), "人均GDP 2021 (元)");
}

TEST_F(UnitScene, TheDocumentsUnitAndFormatWin) {
    MapDocument d = perCapita("GDP per capita (元)", "yuan");
    d.layers[0].fill.numberFormat = NumberFormat::Yi;
    d.layers[0].fill.unit = "元";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const std::vector<LegendEntry> entries = legendEntries(*scene);
    EXPECT_EQ(entries[0].label, "GDP per capita (元)") << "the name already says it";
    EXPECT_EQ(entries[1].label, "0.0003亿 – 0.0008亿") << "asked for: as many decimals as allowed";
}

}  // namespace
}  // namespace bashu

namespace bashu {
namespace {

TEST(LineLegend, SamplesCarryTheDashAndCasingAndWidthsByValueGetASampleEach) {
    MapScene scene;
    SceneLayer layer;
    layer.spec.name = "Planned rail";
    layer.data.geometry.kind = GeometryKind::Line;
    layer.spec.stroke.color = Rgba8{10, 20, 30, 255};
    layer.spec.stroke.dash = LineDash{6, 3};
    layer.spec.stroke.casingWidth = 1.5;
    layer.spec.stroke.casingColor = Rgba8{255, 255, 255, 255};
    layer.paint = paintOf(layer);
    scene.layers.push_back(layer);
    std::vector<LegendEntry> entries = legendEntries(scene);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].kind, LegendEntry::Kind::LineSample);
    EXPECT_EQ(entries[0].label, "Planned rail");
    EXPECT_EQ(entries[0].dash, (LineDash{6, 3}));
    EXPECT_EQ(entries[0].casing, (Rgba8{255, 255, 255, 255}));
    EXPECT_FLOAT_EQ(entries[0].casingWidth, 1.5f);

    scene.layers[0].featureSizes = {8.0f, 2.0f};
    scene.layers[0].sizeLegend.field = "trains";
    scene.layers[0].sizeLegend.lines = true;
    scene.layers[0].sizeLegend.values = {200, 100};
    scene.layers[0].sizeLegend.diameters = {8.0f, 4.0f};
    entries = legendEntries(scene);
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[1].kind, LegendEntry::Kind::Heading);
    EXPECT_EQ(entries[1].label, "trains (line width)");
    EXPECT_EQ(entries[2].kind, LegendEntry::Kind::LineSample);
    EXPECT_EQ(entries[2].label, "200");
    EXPECT_FLOAT_EQ(entries[2].width, 8.0f);
    EXPECT_EQ(entries[3].label, "100");
    EXPECT_FLOAT_EQ(entries[3].width, 4.0f);
    EXPECT_EQ(entries[3].dash, (LineDash{6, 3}));
}

}  // namespace
}  // namespace bashu
