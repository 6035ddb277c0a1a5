#include "export/small_multiples_panels.h"

#include <gtest/gtest.h>

#include "carto/legend_model.h"
#include "support/scene_fixture.h"
#include "thematic/classification.h"

namespace bashu {
namespace {

// Three units over three years whose values rise, so each year alone would get classes of its
// own; and a layer with a column per year.
class SmallMultiplesPanels : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        write("long.csv",
              "code,indicator,year,value\n"
              "A,gdp,2019,1\nB,gdp,2019,2\nC,gdp,2019,3\n"
              "A,gdp,2020,10\nB,gdp,2020,20\nC,gdp,2020,30\n"
              "A,gdp,2021,100\nB,gdp,2021,200\nC,gdp,2021,300\n");
        write("wide.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "a", "p2019": 1, "p2020": 10}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"name": "b", "p2019": 2, "p2020": 20}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}}
]})");
    }
    MapDocument byYear() const {
        MapDocument d = document();
        d.title = "GDP 2020 (2020年)";
        d.subtitle = "100 million yuan";
        d.layers[0].name = "GDP 2020";
        d.layers[0].join = JoinSpec{(dir / "long.csv").string(),
                                    "code",
                                    "code",
                                    {{"indicator", "gdp"}, {"year", "2020"}},
                                    "value",
                                    "gdp_2020",
                                    {},
                                    0,
                                    JoinMatch::Exact,
                                    {}};
        d.layers[0].fill.field = "gdp_2020";
        d.layers[0].fill.method = ClassMethod::EqualInterval;
        d.layers[0].fill.classes = 3;
        return d;
    }
    MapDocument byField() const {
        MapDocument d;
        LayerSpec layer;
        layer.name = "wide";
        layer.source = (dir / "wide.geojson").string();
        layer.fill.field = "p2019";
        layer.fill.method = ClassMethod::EqualInterval;
        layer.fill.classes = 2;
        layer.fill.ramp = Ramp::Blues;
        d.layers.push_back(layer);
        return d;
    }
    static SmallMultiplesRequest years(std::vector<std::string> values) {
        return SmallMultiplesRequest{PanelsBy::Year, std::move(values), 0};
    }
    static SmallMultiplesRequest fields(std::vector<std::string> values) {
        return SmallMultiplesRequest{PanelsBy::Field, std::move(values), 0};
    }
};

TEST_F(SmallMultiplesPanels, AllYearsAreTheYearsOfTheTable) {
    Result<MapScene> scene = buildScene(byYear());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, years({"all"}), "gdp.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    EXPECT_EQ(plan->values, (std::vector<std::string>{"2019", "2020", "2021"}));
    EXPECT_EQ(plan->layers, (std::vector<size_t>{0}));
    EXPECT_EQ(plan->condition, "year");
    EXPECT_EQ(plan->originalValue, "2020");
}

TEST_F(SmallMultiplesPanels, PooledClassesAreTheSameInEveryPanel) {
    Result<MapScene> scene = buildScene(byYear());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, years({"2019", "2021"}), "gdp.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_TRUE(poolClasses(*scene, *plan).ok());

    // The classes of all six values together, not of either year alone.
    const std::vector<double> pooled{1, 2, 3, 100, 200, 300};
    const std::vector<double> expected = classify(pooled, ClassMethod::EqualInterval, 3).limits;
    std::vector<std::vector<Rgba8>> colours;
    for (size_t panel = 0; panel < 2; ++panel) {
        ASSERT_TRUE(showPanel(*scene, *plan, panel).ok());
        const SceneLayer& layer = scene->layers[0];
        EXPECT_EQ(layer.legend.classification.limits, expected) << "panel " << panel;
        EXPECT_EQ(layer.legend.classColors.size(), 3u);
        colours.push_back(layer.featureColors);
    }
    // Each year alone would span all three colours; over both, 2019's values all fall in the
    // lowest class, and 2021's 300 is coloured unlike 2019's 3.
    EXPECT_EQ(colours[0][0], colours[0][2]) << "1 and 3 share the lowest class";
    EXPECT_NE(colours[1][2], colours[0][2]) << "300 is not coloured like 3";
}

TEST_F(SmallMultiplesPanels, PooledQuantilesFollowTheQuantileType) {
    // 1, 2, 3, 100, 200, 300 in two classes: type 1 breaks on the 3rd value, 3; type 7 halfway
    // between 3 and 100.
    MapDocument d = byYear();
    d.layers[0].fill.method = ClassMethod::Quantile;
    d.layers[0].fill.classes = 2;
    for (const auto& [type, middle] : {std::pair{1, 3.0}, std::pair{7, 51.5}}) {
        d.layers[0].fill.quantileType = type;
        Result<MapScene> scene = buildScene(d);
        ASSERT_TRUE(scene.ok()) << scene.error().message;
        Result<PanelPlan> plan = planPanels(*scene, years({"2019", "2021"}), "gdp.json");
        ASSERT_TRUE(plan.ok()) << plan.error().message;
        ASSERT_TRUE(poolClasses(*scene, *plan).ok());
        EXPECT_EQ(scene->layers[0].legend.classification.limits, (std::vector<double>{1, middle, 300}))
            << "type " << type;
    }
}

TEST_F(SmallMultiplesPanels, PooledBoxMapKeepsItsMeaningsAndTies) {
    // 1, 2, 3, 100, 200, 300 pooled: GeoDa's hinges 2, 51.5 (between 3 and 100) and 200, fences
    // -295 and 497. 2 lies on Q1: GeoDa counts it in "25-50%", with 3.
    MapDocument d = byYear();
    d.layers[0].fill.method = ClassMethod::BoxMap;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, years({"2019", "2021"}), "gdp.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_TRUE(poolClasses(*scene, *plan).ok());
    Result<PooledCounts> counts = countOverPanels(*scene, *plan);
    ASSERT_TRUE(counts.ok());
    showAllPanels(*scene, *plan, *counts);
    const SceneLayer& layer = scene->layers[0];
    EXPECT_EQ(layer.legend.classification.limits, (std::vector<double>{-295, -295, 2, 51.5, 200, 497, 497}));
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{0, 1, 2, 2, 1, 0}));
    const std::vector<std::string> labels = computedClassLabels(*scene, layer);
    ASSERT_EQ(labels.size(), 6u);
    EXPECT_EQ(labels[0], "< -295.0  (lower outliers)");
    EXPECT_EQ(labels[1], "-295.0 – < 2.0  (< 25%)");
    EXPECT_EQ(labels[2], "2.0 – < 51.5  (25–50%)");
    EXPECT_EQ(labels[3], "51.5 – 200.0  (50–75%)");
    EXPECT_EQ(labels[4], "200.0 – 497.0  (> 75%)");
    EXPECT_EQ(labels[5], "> 497.0  (upper outliers)");
}

TEST_F(SmallMultiplesPanels, GivenBreaksAreKeptAndWidenedForAllPanels) {
    MapDocument d = byYear();
    d.layers[0].fill.breaks = {5, 50, 150};
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, years({"2019", "2020", "2021"}), "gdp.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_TRUE(poolClasses(*scene, *plan).ok());
    for (size_t panel = 0; panel < 3; ++panel) {
        ASSERT_TRUE(showPanel(*scene, *plan, panel).ok());
        EXPECT_EQ(scene->layers[0].legend.classification.limits, (std::vector<double>{1, 50, 300}))
            << "panel " << panel;
    }
}

TEST_F(SmallMultiplesPanels, TheSharedTitleSpansTheYearsAndCountsAreSummed) {
    MapDocument d = byYear();
    d.subtitle = "Only 3 units have a 2020 value";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, years({"2021", "2019"}), "gdp.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_TRUE(poolClasses(*scene, *plan).ok());
    Result<PooledCounts> counts = countOverPanels(*scene, *plan);
    ASSERT_TRUE(counts.ok());
    showAllPanels(*scene, *plan, *counts);
    EXPECT_EQ(scene->document.title, "GDP 2019–2021 (2019–2021年)");
    EXPECT_EQ(scene->document.subtitle, "") << "it spoke of 2020 alone";
    EXPECT_EQ(scene->layers[0].spec.name, "GDP 2019–2021");
    size_t total = 0;
    for (size_t c : scene->layers[0].legend.classCounts) total += c;
    EXPECT_EQ(total, 6u) << "three units in each of two panels";
}

TEST_F(SmallMultiplesPanels, FieldsArePanelsOfTheSameClasses) {
    Result<MapScene> scene = buildScene(byField());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Result<PanelPlan> plan = planPanels(*scene, fields({"p2019", "p2020"}), "wide.json");
    ASSERT_TRUE(plan.ok()) << plan.error().message;
    ASSERT_TRUE(poolClasses(*scene, *plan).ok());
    std::vector<std::vector<double>> limits;
    for (size_t panel = 0; panel < 2; ++panel) {
        ASSERT_TRUE(showPanel(*scene, *plan, panel).ok());
        EXPECT_EQ(scene->layers[0].spec.fill.field, plan->values[panel]);
        limits.push_back(scene->layers[0].legend.classification.limits);
    }
    EXPECT_EQ(limits[0], limits[1]);
    EXPECT_EQ(limits[0], (std::vector<double>{1, 10.5, 20}));
}

TEST_F(SmallMultiplesPanels, MistakesNameTheDocumentAndWhatIsWrong) {
    Result<MapScene> joined = buildScene(byYear());
    ASSERT_TRUE(joined.ok()) << joined.error().message;
    Result<PanelPlan> missingYear = planPanels(*joined, years({"2019", "2018"}), "gdp.json");
    ASSERT_FALSE(missingYear.ok());
    EXPECT_EQ(missingYear.error().message,
              "gdp.json: no year 2018 in long.csv for layer 'GDP 2020' (years: 2019, 2020, 2021)");
    Result<PanelPlan> twice = planPanels(*joined, years({"2019", "2019"}), "gdp.json");
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().message.find("2019 is given twice"), std::string::npos);

    Result<MapScene> wide = buildScene(byField());
    ASSERT_TRUE(wide.ok()) << wide.error().message;
    Result<PanelPlan> noJoin = planPanels(*wide, years({"2019"}), "wide.json");
    ASSERT_FALSE(noJoin.ok());
    EXPECT_EQ(noJoin.error().message.rfind("wide.json: --years needs a layer joined to a table by year", 0),
              0u)
        << noJoin.error().message;
    Result<PanelPlan> text = planPanels(*wide, fields({"p2019", "name"}), "wide.json");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().message,
              "wide.json: field 'name' of layer 'wide' holds text; small multiples compare numbers "
              "(numeric fields: p2019, p2020)");
    Result<PanelPlan> unknown = planPanels(*wide, fields({"p2018"}), "wide.json");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("no field 'p2018'"), std::string::npos);

    std::vector<std::string> many;
    for (int i = 0; i < int(kMaxPanels) + 1; ++i) many.push_back("p2019");
    EXPECT_FALSE(planPanels(*wide, fields(many), "wide.json").ok());
}

}  // namespace
}  // namespace bashu
