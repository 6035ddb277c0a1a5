#include "thematic/category_colors.h"

#include <gtest/gtest.h>

#include "carto/legend_model.h"
#include "support/scene_fixture.h"
#include "thematic/color_ramp.h"

namespace bashu {
namespace {

// A layer of n tiny squares whose "kind" is kinds[i] ("" for a missing value).
SceneLayer layerOfKinds(const std::vector<std::string>& kinds, GeometryKind kind = GeometryKind::Polygon) {
    SceneLayer layer;
    layer.spec.name = "parks";
    layer.spec.fill.field = "kind";
    layer.data.geometry.kind = kind;
    Column& column = layer.data.attributes.addColumn("kind", FieldType::String);
    for (size_t i = 0; i < kinds.size(); ++i) {
        for (auto [x, y] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 0.0}})
            layer.data.geometry.addVertex(double(i) * 2 + x, y);
        layer.data.geometry.endRing();
        layer.data.geometry.endPart();
        layer.data.geometry.endFeature();
        if (kinds[i].empty())
            column.appendNull();
        else
            column.appendString(kinds[i]);
    }
    layer.paint.visible = true;
    return layer;
}

TEST(Categories, ATextFieldGetsAColourPerValueInOrder) {
    SceneLayer layer = layerOfKinds({"science_city", "airport", "science_city", "", "bonded_zone"});
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_EQ(layer.legend.categories, (std::vector<std::string>{"airport", "bonded_zone", "science_city"}));
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{1, 1, 2}));
    EXPECT_EQ(layer.legend.noDataCount, 1u);
    EXPECT_TRUE(layer.legend.classification.limits.empty()) << "no classes of numbers";
    // The default sequential ramp would imply an order: a qualitative one is used instead.
    const std::vector<Rgba8> set2 = rampColors(Ramp::Set2, 3);
    EXPECT_EQ(layer.featureColors[0], set2[2]);
    EXPECT_EQ(layer.featureColors[1], set2[0]);
    EXPECT_EQ(layer.featureColors[3], layer.spec.fill.noData);
}

TEST(Categories, NumbersAskedForAsCategoriesAreLabels) {
    SceneLayer layer;
    layer.spec.fill.field = "year";
    layer.spec.fill.method = ClassMethod::Categories;
    layer.spec.fill.ramp = Ramp::Dark2;
    Column& year = layer.data.attributes.addColumn("year", FieldType::Integer);
    for (double y : {2015.0, 2009.0, 2015.0, 900.0}) {
        year.appendNumber(y);
        layer.data.geometry.addVertex(y, 0);
        layer.data.geometry.endRing();
        layer.data.geometry.endPart();
        layer.data.geometry.endFeature();
    }
    layer.data.geometry.kind = GeometryKind::Point;
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_EQ(layer.legend.categories, (std::vector<std::string>{"900", "2009", "2015"}))
        << "in numeric order";
    EXPECT_EQ(layer.featureColors[1], rampColors(Ramp::Dark2, 3)[1]);
}

TEST(Categories, TheRarestBeyondTwelveShareOther) {
    std::vector<std::string> kinds;
    for (int k = 0; k < 15; ++k)
        for (int copies = 0; copies <= (k < 11 ? 2 : 0); ++copies)
            kinds.push_back("k" + std::to_string(100 + k));
    SceneLayer layer = layerOfKinds(kinds);
    ASSERT_TRUE(restyleLayer(layer).ok());
    ASSERT_EQ(layer.legend.categories.size(), kMostCategories);
    EXPECT_EQ(layer.legend.categories.back(), "other 其他");
    EXPECT_EQ(layer.legend.classCounts.back(), 4u) << "k111..k114, one feature each";
}

TEST(Categories, TheLegendShowsLinesAsLinesAndCodesAsWords) {
    MapScene scene;
    scene.layers.push_back(layerOfKinds({"high_speed_rail", "expressway"}, GeometryKind::Line));
    SceneLayer& layer = scene.layers.back();
    layer.paint.strokeWidth = 1.5f;
    ASSERT_TRUE(restyleLayer(layer).ok());
    const std::vector<LegendEntry> entries = legendEntries(scene);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].kind, LegendEntry::Kind::Heading);
    EXPECT_EQ(entries[2].label, "high speed rail");
    EXPECT_EQ(entries[2].kind, LegendEntry::Kind::LineSample);
    EXPECT_EQ(entries[2].stroke, layer.legend.classColors[1]);
}

TEST(Categories, ALayerLeftOutOfTheLegendIsNotListed) {
    MapScene scene;
    scene.layers.push_back(layerOfKinds({"a"}));
    scene.layers.back().spec.inLegend = false;
    ASSERT_TRUE(restyleLayer(scene.layers.back()).ok());
    EXPECT_TRUE(legendEntries(scene).empty());
}

}  // namespace
}  // namespace bashu

namespace bashu {
namespace {

TEST(Categories, LinesByStatusTakeTheDashOfTheirValueInTheMapAndTheLegend) {
    SceneLayer layer = layerOfKinds({"operating", "planned", "", "building", "planned"}, GeometryKind::Line);
    layer.spec.stroke.dash = LineDash{};
    layer.spec.stroke.categoryDashes = {{"planned", LineDash{2, 3}}, {"building", LineDash{7, 4}}};
    layer.paint = paintOf(layer);
    ASSERT_TRUE(restyleLayer(layer).ok());
    ASSERT_EQ(layer.featureDashes.size(), 5u);
    EXPECT_TRUE(layer.featureDashes[0].solid()) << "a value without a dash of its own: the layer's";
    EXPECT_EQ(layer.featureDashes[1], (LineDash{2, 3}));
    EXPECT_TRUE(layer.featureDashes[2].solid()) << "no value";
    EXPECT_EQ(layer.featureDashes[3], (LineDash{7, 4}));
    EXPECT_EQ(layer.featureDashes[4], (LineDash{2, 3}));

    MapScene scene;
    scene.layers.push_back(layer);
    const std::vector<LegendEntry> entries = legendEntries(scene);
    ASSERT_GE(entries.size(), 4u);  // the heading, then building, operating, planned
    EXPECT_EQ(entries[1].label, "building");
    EXPECT_EQ(entries[1].dash, (LineDash{7, 4}));
    EXPECT_TRUE(entries[2].dash.solid());
    EXPECT_EQ(entries[3].dash, (LineDash{2, 3}));

    // Without dashes by value, or coloured by something else, no feature has its own dash.
    layer.spec.stroke.categoryDashes.clear();
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_TRUE(layer.featureDashes.empty());
}

}  // namespace
}  // namespace bashu
