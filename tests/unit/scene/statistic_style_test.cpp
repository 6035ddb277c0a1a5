// A layer coloured by a spatial statistic: a 5 x 5 grid of units whose values rise towards one
// corner, so the LISA map has a High-High corner and a Low-Low one; the classes in GeoDa's colours,
// every class in the legend, units without a value as no data, a year switched recomputing it,
// and one message naming the layer for what cannot be computed.
#include "scene/statistic_style.h"

#include <gtest/gtest.h>

#include "scene/join_switch.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

class StatisticStyle : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        std::string grid = R"({"type": "FeatureCollection", "features": [)";
        std::string table = "code,year,v\n";
        for (int i = 0; i < 25; ++i) {
            const int x = i % 5, y = i / 5;
            const double lon = 104 + x * 0.2, lat = 30 + y * 0.2;
            grid += std::string(i ? "," : "") + R"({"type": "Feature", "properties": {"code": "u)" +
                    std::to_string(i) + R"("}, "geometry": {"type": "Polygon", "coordinates": [[[)" +
                    std::to_string(lon) + "," + std::to_string(lat) + "],[" + std::to_string(lon + 0.2) +
                    "," + std::to_string(lat) + "],[" + std::to_string(lon + 0.2) + "," +
                    std::to_string(lat + 0.2) + "],[" + std::to_string(lon) + "," +
                    std::to_string(lat + 0.2) + "],[" + std::to_string(lon) + "," + std::to_string(lat) +
                    "]]]}}";
            // 2021: high towards the top right; 2020: the other way round; u12 has no 2020 value.
            table += "u" + std::to_string(i) + ",2021," + std::to_string(x + y + (i % 3) * 0.1) + "\n";
            // 2019: two units alone, too few for a local statistic.
            if (i < 2) table += "u" + std::to_string(i) + ",2019," + std::to_string(i) + "\n";
            if (i != 12)
                table +=
                    "u" + std::to_string(i) + ",2020," + std::to_string(8 - x - y + (i % 3) * 0.1) + "\n";
        }
        write("grid.geojson", grid + "]}");
        write("grid.csv", table);
    }

    MapDocument gridDocument(StatisticMethod method) const {
        MapDocument d;
        LayerSpec layer;
        layer.name = "clusters";
        layer.source = (dir / "grid.geojson").string();
        layer.join = JoinSpec{(dir / "grid.csv").string(),
                              "code",
                              "code",
                              {{"year", "2021"}},
                              "v",
                              "v",
                              {},
                              0,
                              JoinMatch::Exact,
                              {}};
        layer.fill.field = "v";
        layer.statistic = StatisticSpec{};
        layer.statistic->method = method;
        layer.statistic->field = "v";
        d.layers.push_back(layer);
        return d;
    }

    static std::string classOf(const SceneLayer& layer, size_t unit) {
        const Column* c = layer.data.attributes.find(statisticColumnName(*layer.spec.statistic));
        return c && !c->isNull(unit) ? c->text(unit) : "(none)";
    }
};

TEST_F(StatisticStyle, TheLisaMapHasItsClustersInGeoDasColoursAndEveryClassInTheLegend) {
    Result<MapScene> scene = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(scene) << scene.error().message;
    const SceneLayer& layer = scene->layers.front();
    EXPECT_EQ(classOf(layer, 24), "High-High") << "the top right corner";
    EXPECT_EQ(classOf(layer, 0), "Low-Low") << "the bottom left";
    EXPECT_EQ(layer.featureColors[24], (Rgba8{0xff, 0x00, 0x00, 255}));
    EXPECT_EQ(layer.featureColors[0], (Rgba8{0x00, 0x00, 0xff, 255}));
    EXPECT_EQ(layer.legend.categories,
              (std::vector<std::string>{"High-High", "Low-Low", "Low-High", "High-Low", "Not significant",
                                        "Neighbourless"}));
    size_t counted = 0;
    for (size_t c : layer.legend.classCounts) counted += c;
    EXPECT_EQ(counted, 25u);
    EXPECT_EQ(statisticTitle(*layer.spec.statistic), "LISA clusters of v (queen weights, p ≤ 0.05)");

    // The same document, the same map: the permutations are seeded.
    Result<MapScene> again = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->layers.front().featureColors, layer.featureColors);
}

TEST_F(StatisticStyle, AYearSwitchedRecomputesItAndUnitsWithoutAValueAreNoData) {
    Result<MapScene> scene = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(scene);
    Status switched = switchJoinCondition(*scene, 0, "year", "2020");
    ASSERT_TRUE(switched.ok()) << switched.error().message;
    const SceneLayer& layer = scene->layers.front();
    EXPECT_EQ(classOf(layer, 0), "High-High") << "2020 rises the other way";
    EXPECT_EQ(classOf(layer, 24), "Low-Low");
    EXPECT_EQ(classOf(layer, 12), "(none)");
    EXPECT_EQ(layer.legend.noDataCount, 1u);
    EXPECT_EQ(layer.featureColors[12], layer.spec.fill.noData);
}

TEST_F(StatisticStyle, HotSpotsAndTheSignificanceMap) {
    Result<MapScene> gi = buildScene(gridDocument(StatisticMethod::GiStar));
    ASSERT_TRUE(gi) << gi.error().message;
    EXPECT_EQ(classOf(gi->layers.front(), 24).rfind("Hot spot", 0), 0u) << classOf(gi->layers.front(), 24);
    EXPECT_EQ(classOf(gi->layers.front(), 0).rfind("Cold spot", 0), 0u) << classOf(gi->layers.front(), 0);
    EXPECT_EQ(gi->layers.front().legend.categories.size(), 5u);

    Result<MapScene> significance = buildScene(gridDocument(StatisticMethod::LisaSignificance));
    ASSERT_TRUE(significance) << significance.error().message;
    const std::string corner = classOf(significance->layers.front(), 24);
    EXPECT_EQ(corner.rfind("p ≤ ", 0), 0u) << corner;
    EXPECT_EQ(classOf(significance->layers.front(), 12).rfind("p ≤ ", 0), std::string::npos)
        << "the middle of a smooth rise is no local outlier";
}

TEST_F(StatisticStyle, TheResultsAreKeptForTheScatterPlotAndAnotherMethodReclassifiesThem) {
    Result<MapScene> scene = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(scene) << scene.error().message;
    SceneLayer& layer = scene->layers.front();
    ASSERT_TRUE(layer.statisticResults);
    const std::shared_ptr<StatisticResults> kept = layer.statisticResults;
    EXPECT_EQ(kept->values.size(), 25u);
    EXPECT_GT(kept->moran.value, 0.5) << "a smooth rise is clustered";
    ASSERT_TRUE(kept->moran.pseudoP);
    EXPECT_LT(*kept->moran.pseudoP, 0.01);
    // The scatter plot's coordinates: z with mean 0 and spread 1; the least-squares slope of the
    // lag on z is Moran's I under row-standardised weights (no unit here lacks a neighbour).
    double sum = 0, squares = 0, zl = 0;
    for (size_t k = 0; k < kept->z.size(); ++k) {
        sum += kept->z[k];
        squares += kept->z[k] * kept->z[k];
        zl += kept->z[k] * kept->lag[k];
    }
    EXPECT_NEAR(sum, 0.0, 1e-9);
    EXPECT_NEAR(squares / 25.0, 1.0, 1e-9);
    EXPECT_NEAR(zl / squares, kept->moran.value, 1e-12);

    // Another method, alpha or correction reclassifies the kept results: nothing is computed again.
    layer.spec.statistic->method = StatisticMethod::LisaSignificance;
    layer.spec.statistic->alpha = 0.01;
    ASSERT_TRUE(restyleByStatistic(layer).ok());
    EXPECT_EQ(layer.statisticResults, kept);
    EXPECT_EQ(classOf(layer, 24).rfind("p ≤ ", 0), 0u) << classOf(layer, 24);
    // Other values (another year) or another seed compute them anew.
    layer.spec.statistic->seed = 7;
    ASSERT_TRUE(restyleByStatistic(layer).ok());
    EXPECT_NE(layer.statisticResults, kept);
    const std::shared_ptr<StatisticResults> seeded = layer.statisticResults;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    EXPECT_NE(layer.statisticResults, seeded);
    EXPECT_EQ(layer.statisticResults->values.size(), 24u) << "u12 has no 2020 value";
}

TEST_F(StatisticStyle, ABivariateChoroplethPutsEachUnitInTheCellOfItsTwoClasses) {
    Result<MapScene> scene = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(scene) << scene.error().message;
    SceneLayer& layer = scene->layers.front();
    // A second field falling where v rises, but for u12, which is high in both.
    Column& w = layer.data.attributes.addColumn("w", FieldType::Real);
    for (size_t i = 0; i < 25; ++i) w.appendNumber(i == 12 ? 100.0 : 24.0 - double(i));
    StatisticSpec spec;
    spec.method = StatisticMethod::Bivariate;
    spec.field = "v";
    spec.with = "w";
    layer.spec.statistic = spec;
    ASSERT_TRUE(restyleByStatistic(layer).ok());
    EXPECT_EQ(classOf(layer, 24), "high v · low w");
    EXPECT_EQ(classOf(layer, 0), "low v · high w");
    EXPECT_EQ(classOf(layer, 12), "middle v · high w");
    ASSERT_EQ(layer.legend.categories.size(), 9u) << "every cell, in the palette's order";
    EXPECT_EQ(layer.legend.categories.front(), "low v · low w");
    EXPECT_EQ(layer.legend.classColors.back(), (Rgba8{0x57, 0x42, 0x49, 255}))
        << "both high: the dark corner";
    EXPECT_EQ(layer.featureColors[24], (Rgba8{0xc8, 0x5a, 0x5a, 255}));
    EXPECT_EQ(layer.statisticResults->limits.classCount(), 3);

    layer.spec.statistic->palette = "plaid";
    const Status bad = restyleByStatistic(layer);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("bivariate of 'v': unknown bivariate palette 'plaid'"),
              std::string::npos)
        << bad.error().message;
    layer.spec.statistic->palette = "pink-blue";
    layer.spec.statistic->with = "code";
    EXPECT_FALSE(restyleByStatistic(layer).ok()) << "a second field of text";
}

TEST_F(StatisticStyle, AYearWithTooFewValuesIsDrawnAsNoDataAndSaysWhy) {
    Result<MapScene> scene = buildScene(gridDocument(StatisticMethod::LisaClusters));
    ASSERT_TRUE(scene) << scene.error().message;
    Status switched = switchJoinCondition(*scene, 0, "year", "2019");
    ASSERT_TRUE(switched.ok()) << switched.error().message;
    const SceneLayer& layer = scene->layers.front();
    EXPECT_NE(layer.statisticNote.find("2 of 25 units have a value; a local statistic needs at least 4"),
              std::string::npos)
        << layer.statisticNote;
    EXPECT_EQ(layer.legend.noDataCount, 25u);
    EXPECT_EQ(layer.legend.categories.size(), 6u) << "the classes stay in the legend, with no unit";
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2021").ok());
    EXPECT_TRUE(layer.statisticNote.empty()) << "a year with values draws its classes again";
    EXPECT_EQ(classOf(layer, 24), "High-High");
}

TEST_F(StatisticStyle, TheNearestNeighboursAreFoundAmongTheUnitsWithAValue) {
    // u12, in the middle, has no 2020 value: its neighbours still get 4 neighbours each.
    MapDocument document = gridDocument(StatisticMethod::LisaClusters);
    document.layers.front().statistic->weights = "knn:4";
    Result<MapScene> scene = buildScene(document);
    ASSERT_TRUE(scene) << scene.error().message;
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2020").ok());
    const SceneLayer& layer = scene->layers.front();
    ASSERT_TRUE(layer.statisticResults);
    ASSERT_EQ(layer.statisticResults->binary.size(), 24u);
    for (const std::vector<uint32_t>& neighbours : layer.statisticResults->binary.neighbours)
        EXPECT_EQ(neighbours.size(), 4u);
}

TEST_F(StatisticStyle, WhatCannotBeComputedIsOneMessageNamingTheLayer) {
    MapDocument text = gridDocument(StatisticMethod::LisaClusters);
    text.layers.front().statistic->field = "code";
    Result<MapScene> scene = buildScene(text);
    ASSERT_FALSE(scene);
    EXPECT_NE(scene.error().message.find("grid.geojson: layer 'grid': lisa of 'code': the field holds text"),
              std::string::npos)
        << scene.error().message;
    MapDocument weights = gridDocument(StatisticMethod::LisaClusters);
    weights.layers.front().statistic->weights = "hexagons";
    scene = buildScene(weights);
    ASSERT_FALSE(scene);
    EXPECT_NE(scene.error().message.find("expected queen, rook, knn:K or band:D"), std::string::npos)
        << scene.error().message;
}

}  // namespace
}  // namespace bashu
