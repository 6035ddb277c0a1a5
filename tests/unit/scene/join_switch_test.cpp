#include "scene/join_switch.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/scene_fixture.h"

namespace bashu {
namespace {

class JoinSwitch : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        write("long.csv",
              "code,indicator,year,value,unit\n"
              "A,gdp,2020,1,yi\nB,gdp,2020,2,yi\nC,gdp,2020,300,yi\n"
              "A,gdp,2021,10,yi\nB,gdp,2021,20,yi\nC,gdp,2021,30,yi\n"
              "A,pop,2021,5,wan\nB,pop,2021,6,wan\n"
              "A,people,2021,5,10 thousand persons (万人)\nB,people,2021,6,10 thousand persons (万人)\n");
    }
    MapDocument longDocument() const {
        MapDocument d = document();
        d.title = "Region GDP 2021 (2021年)";
        d.subtitle = "yi, 2021";
        d.layers[0].name = "GDP 2021";
        d.layers[0].join = JoinSpec{(dir / "long.csv").string(),
                                    "code",
                                    "code",
                                    {{"indicator", "gdp"}, {"year", "2021"}},
                                    "value",
                                    "gdp_2021",
                                    {},
                                    0,
                                    JoinMatch::Exact,
                                    {}};
        d.layers[0].fill.field = "gdp_2021";
        return d;
    }
};

TEST_F(JoinSwitch, ChoicesAreTheYearsOfTheCurrentIndicator) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const SceneLayer& layer = scene->layers[0];
    EXPECT_EQ(joinChoices(layer, "year"), (std::vector<std::string>{"2020", "2021"}));
    EXPECT_TRUE(choicesAreYears(joinChoices(layer, "year")));
    EXPECT_EQ(joinChoices(layer, "indicator"), (std::vector<std::string>{"gdp", "people", "pop"}));
    EXPECT_FALSE(choicesAreYears(joinChoices(layer, "indicator")));
}

TEST_F(JoinSwitch, TheIndicatorsOfAnyYearAreOneListWhicheverYearIsShown) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    EXPECT_EQ(joinChoices(scene->layers[0], "indicator"), (std::vector<std::string>{"gdp"}))
        << "2020's alone";
    EXPECT_EQ(joinChoicesAnyYear(scene->layers[0], "indicator"),
              (std::vector<std::string>{"gdp", "people", "pop"}));
    EXPECT_EQ(joinChoicesAnyYear(scene->layers[0], "year"), (std::vector<std::string>{"2020", "2021"}))
        << "the year's own choices keep the indicator's condition";
}

TEST_F(JoinSwitch, TheBestCoveredYearIsTheLatestWithTheMostValues) {
    write("sparse.csv",
          "code,indicator,year,value\n"
          "A,gdp,2019,1\nB,gdp,2019,2\nC,gdp,2019,3\n"
          "A,gdp,2020,1\nB,gdp,2020,2\nC,gdp,2020,3\n"
          "A,gdp,2021,1\nZ,gdp,2021,9\nY,gdp,2021,8\n"  // Z and Y name no feature
          "A,pop,2021,5\nB,pop,2021,\n");               // an empty value is none
    MapDocument d = longDocument();
    d.layers[0].join->table = (dir / "sparse.csv").string();
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    size_t most = 0;
    EXPECT_EQ(bestCoveredChoice(scene->layers[0], "year", &most), "2020");
    EXPECT_EQ(most, 3u);
    EXPECT_EQ(valuesForChoice(scene->layers[0], "year", "2021"), 1u) << "rows of no feature do not count";
    EXPECT_EQ(valuesForChoice(scene->layers[0], "year", "2018"), 0u);
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "indicator", "pop").ok());
    EXPECT_EQ(bestCoveredChoice(scene->layers[0], "year", &most), "2021");
    EXPECT_EQ(most, 1u);
}

TEST_F(JoinSwitch, RememberedChoicesFollowTheOtherConditions) {
    // The choices are kept per field and other conditions (the style panel asks every frame).
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_EQ(joinChoices(scene->layers[0], "year"), (std::vector<std::string>{"2020", "2021"}));
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    EXPECT_EQ(joinChoices(scene->layers[0], "year"), (std::vector<std::string>{"2020", "2021"}));
    EXPECT_EQ(joinChoices(scene->layers[0], "indicator"), (std::vector<std::string>{"gdp"}))
        << "only gdp has 2020 rows";
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2021").ok());
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "indicator", "pop").ok());
    EXPECT_EQ(joinChoices(scene->layers[0], "year"), (std::vector<std::string>{"2021"}))
        << "pop has 2021 only";
}

TEST_F(JoinSwitch, AnotherYearRejoinsAndRenamesEverythingThatNamedTheYear) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    const SceneLayer& layer = scene->layers[0];
    EXPECT_EQ(layer.spec.join->as, "gdp_2020");
    EXPECT_EQ(layer.spec.fill.field, "gdp_2020");
    EXPECT_EQ(layer.spec.name, "GDP 2020");
    EXPECT_EQ(scene->document.title, "Region GDP 2020 (2020年)");
    EXPECT_EQ(scene->document.subtitle, "yi, 2020");
    EXPECT_EQ(layer.data.attributes.find("gdp_2021"), nullptr) << "no stale column left behind";
    const Column* gdp = layer.data.attributes.find("gdp_2020");
    ASSERT_NE(gdp, nullptr);
    EXPECT_DOUBLE_EQ(*gdp->number(2), 300.0);
    EXPECT_DOUBLE_EQ(layer.legend.classification.limits.back(), 300.0) << "restyled on the new values";
}

// GDP per unit area in colour under circles of GDP: two layers of one table and year. A year
// chosen for one moves the other, and the circles are sized on the new values.
TEST_F(JoinSwitch, LayersOfTheSameTableAndYearMoveTogetherAndCirclesFollowTheValues) {
    MapDocument d = longDocument();
    LayerSpec circles = d.layers[0];
    circles.name = "GDP 2021 circles";
    circles.asPoints = true;
    circles.fill = FillStyle{};
    circles.point.sizeField = "gdp_2021";
    circles.label.priority = "gdp_2021";
    d.layers.push_back(circles);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_EQ(scene->layers[1].data.geometry.kind, GeometryKind::Point) << "as_points";
    EXPECT_EQ(layersShowingTheSameYear(*scene, 0, "year"), std::vector<size_t>{1});
    EXPECT_TRUE(layersShowingTheSameYear(*scene, 0, "indicator").empty()) << "years only";
    ASSERT_EQ(scene->layers[1].featureSizes.size(), 3u);
    // 2021: 10, 20, 30 -> C the largest; 2020: 1, 2, 300 -> C far larger than A.
    const float before = scene->layers[1].featureSizes[0] / scene->layers[1].featureSizes[2];
    for (size_t layer : {size_t(0), size_t(1)})
        ASSERT_TRUE(switchJoinCondition(*scene, layer, "year", "2020").ok());
    const SceneLayer& moved = scene->layers[1];
    EXPECT_EQ(moved.spec.point.sizeField, "gdp_2020") << "the circles' field follows the rename";
    EXPECT_EQ(moved.spec.label.priority, "gdp_2020");
    EXPECT_LT(moved.featureSizes[0] / moved.featureSizes[2], before / 3) << "sized on 2020's values";
    EXPECT_TRUE(layersShowingTheSameYear(*scene, 0, "year") == std::vector<size_t>{1}) << "together again";
}

// Circles of a field whose classes are held over the years keep one scale: C's 30 in 2021 is a
// tenth of its 300 in 2020, and its circle a tenth of the area, not the largest of its year.
TEST_F(JoinSwitch, CirclesHeldOverTheYearsKeepOneScale) {
    MapDocument d = longDocument();
    d.layers[0].asPoints = true;
    d.layers[0].fill = FillStyle{};
    d.layers[0].fill.holdOverYears = true;
    d.layers[0].point.sizeField = "gdp_2021";
    d.layers[0].point.maxSize = 40;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const float in2021 = scene->layers[0].featureSizes[2];
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    const float in2020 = scene->layers[0].featureSizes[2];
    EXPECT_NEAR(in2020, 40.0f, 0.01f) << "300, the largest of every year";
    EXPECT_NEAR(in2021 / in2020, std::sqrt(30.0f / 300.0f), 0.01f) << "areas in proportion across years";
}

TEST_F(JoinSwitch, AnotherIndicatorIsNamedWithItsUnitAndMissingValuesShowAsNoData) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "indicator", "pop").ok());
    const SceneLayer& layer = scene->layers[0];
    EXPECT_EQ(layer.spec.name, "pop 2021 (wan)");
    EXPECT_EQ(scene->document.title, "pop 2021 (wan)") << "the old title named GDP";
    EXPECT_EQ(scene->document.subtitle, "");
    EXPECT_EQ(layer.spec.fill.field, "pop_2021");
    EXPECT_EQ(layer.legend.noDataCount, 1u);  // C has no population row
}

TEST_F(JoinSwitch, AnotherIndicatorsNameHasItsShortUnitAndSwitchingBackBringsTheTitleBack) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "indicator", "people").ok());
    EXPECT_EQ(scene->layers[0].spec.name, "people 2021 (万人)") << "not (10 thousand persons (万人))";
    EXPECT_EQ(scene->document.title, "people 2021 (万人)");
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "indicator", "gdp").ok());
    EXPECT_EQ(scene->document.title, "Region GDP 2021 (2021年)") << "the curated title is back";
    EXPECT_EQ(scene->document.subtitle, "yi, 2021");
    EXPECT_EQ(scene->layers[0].spec.name, "GDP 2021") << "and the layer's curated name";
}

TEST_F(JoinSwitch, AnUnknownConditionIsRefusedAndChangesNothing) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok());
    Status refused = switchJoinCondition(*scene, 0, "month", "1");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("no condition on 'month'"), std::string::npos);
    EXPECT_EQ(scene->layers[0].spec.join->as, "gdp_2021");
}

TEST_F(JoinSwitch, HeldClassesSpanEveryYearSoYearsShareOneScale) {
    Result<MapScene> scene = buildScene(longDocument());
    ASSERT_TRUE(scene.ok());
    SceneLayer& layer = scene->layers[0];
    ASSERT_TRUE(holdClassesOver(layer, "year").ok());
    // Equal interval, 2 classes over 1..300 (both years), not 10..30 (2021 alone).
    EXPECT_EQ(layer.spec.fill.breaks, (std::vector<double>{1.0, 150.5, 300.0}));
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{3, 0})) << "2021's values are all low";
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    EXPECT_EQ(layer.spec.fill.breaks, (std::vector<double>{1.0, 150.5, 300.0})) << "held over the switch";
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{2, 1}));
}

TEST_F(JoinSwitch, HeldQuantilesFollowTheQuantileType) {
    // 1, 2, 10, 20, 30, 300 over both years in two classes: type 1 breaks on the 3rd value, 10;
    // type 7 halfway between 10 and 20. The held breaks are cached by type too.
    MapDocument d = longDocument();
    d.layers[0].fill.method = ClassMethod::Quantile;
    d.layers[0].fill.classes = 2;
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    SceneLayer& layer = scene->layers[0];
    ASSERT_TRUE(holdClassesOver(layer, "year").ok());
    EXPECT_EQ(layer.spec.fill.breaks, (std::vector<double>{1.0, 10.0, 300.0}));
    layer.spec.fill.quantileType = 7;
    ASSERT_TRUE(holdClassesOver(layer, "year").ok());
    EXPECT_EQ(layer.spec.fill.breaks, (std::vector<double>{1.0, 15.0, 300.0}));
    layer.spec.fill.quantileType = 2;
    Status refused = holdClassesOver(layer, "year");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("unknown quantile type 2"), std::string::npos)
        << refused.error().message;
}

}  // namespace
}  // namespace bashu
