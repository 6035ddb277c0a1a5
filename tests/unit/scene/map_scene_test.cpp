#include "scene/map_scene.h"

#include <gtest/gtest.h>

#include <cmath>

#include "carto/legend_model.h"
#include "scene/document_inputs.h"
#include "scene/postgis_layer.h"
#include "support/scene_fixture.h"
#include "thematic/color_ramp.h"

namespace bashu {
namespace {

TEST_F(Scene, JoinsProjectsTessellatesAndColours) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_EQ(scene->layers.size(), 1u);
    const SceneLayer& layer = scene->layers[0];
    EXPECT_NE(scene->mapCrs.find("+proj=aea"), std::string::npos) << "auto picks an equal-area conic";
    EXPECT_LT(shownExtent(scene->layers).width(), 400000.0) << "projected to metres, about 300 km wide";
    EXPECT_GT(shownExtent(scene->layers).width(), 250000.0);
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
    layer.spec.fill.method = ClassMethod::Quantile;
    layer.spec.fill.classes = 3;
    layer.spec.fill.ramp = Ramp::YlOrRd;
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_NE(layer.featureColors, before);
    EXPECT_EQ(layer.legend.classCounts, (std::vector<size_t>{1, 1, 1}));
    EXPECT_EQ(layer.meshes.fill.positions.data(), positions) << "the mesh was not rebuilt";
    EXPECT_EQ(layer.meshes.fill.indices, indices);
}

TEST_F(Scene, RestylingAnotherFieldSortsItsOwnValues) {
    // The sorted values are kept between restyles of one field; another field must not reuse them.
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    SceneLayer& layer = scene->layers[0];
    layer.spec.fill.field = "pop";
    layer.spec.fill.method = ClassMethod::EqualInterval;
    layer.spec.fill.classes = 2;
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_EQ(layer.legend.classification.limits, (std::vector<double>{5, 252.5, 500}));
    layer.spec.fill.classes = 3;  // same field: the kept values
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_EQ(layer.legend.classification.limits, (std::vector<double>{5, 170, 335, 500}));
    layer.spec.fill.field = layer.spec.join->as;  // another field: its own values
    ASSERT_TRUE(restyleLayer(layer).ok());
    EXPECT_DOUBLE_EQ(layer.legend.classification.limits.back(), 30.0);
}

TEST_F(Scene, StyleErrorsNameTheLayer) {
    MapDocument d = document();
    // Unknown methods and ramps are refused when the document is read (map_document_test); what
    // only the data can show is refused when the scene is built, naming the layer.
    d.layers[0].fill.classes = 40;
    Result<MapScene> scene = buildScene(d);
    ASSERT_FALSE(scene.ok());
    EXPECT_NE(scene.error().message.find("units.geojson: layer 'units': 40 classes (use 1 to 12)"),
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
    EXPECT_NEAR(shownExtent(scene->layers).minX, 11577227.7, 1.0);
}

TEST_F(Scene, LegendListsLayersTopDownWithClassesAndSymbols) {
    write("line.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[104, 30], [107, 31]]}}]})");
    MapDocument d = document();
    LayerSpec line;
    line.source = (dir / "line.geojson").string();
    line.name = "rail 铁路";
    line.stroke.color = Rgba8{200, 0, 0, 255};
    line.stroke.width = 3.0;
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

TEST_F(Scene, ExplicitBreaksAreUsedAndWidenedToTakeInEveryValue) {
    MapDocument d = document();
    d.layers[0].fill.breaks = {2.0, 10.0, 20.0};
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const FillLegend& legend = scene->layers[0].legend;
    // 1.5 and 30 lie outside the limits given: they join the end classes, not "no data".
    EXPECT_EQ(legend.classification.limits, (std::vector<double>{1.5, 10.0, 30.0}));
    EXPECT_EQ(legend.classCounts, (std::vector<size_t>{1, 1}));
    EXPECT_EQ(legend.noDataCount, 1u);
}

TEST_F(Scene, AnAddedLayerIsProjectedIntoTheSceneAndABadOneChangesNothing) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok());
    write("point.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [105.5, 30.5]}}]})");
    LayerSpec point;
    point.source = (dir / "point.geojson").string();
    ASSERT_TRUE(addSceneLayer(*scene, point).ok());
    ASSERT_EQ(scene->layers.size(), 2u);
    const Extent units = scene->layers[0].data.geometry.extent();
    const Extent added = scene->layers[1].data.geometry.extent();
    EXPECT_NEAR(added.centerX(), units.centerX(), 1.0) << "in the map CRS, at the middle of the units";
    EXPECT_EQ(scene->layers[1].meshes.points.pointCount(), 1u);

    LayerSpec broken;
    broken.source = (dir / "broken.geojson").string();
    write("broken.geojson", R"({"type": "FeatureCollection", "features": [)");
    Status refused = addSceneLayer(*scene, broken);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("broken.geojson"), std::string::npos) << refused.error().message;
    EXPECT_EQ(scene->layers.size(), 2u);
}

TEST_F(Scene, LayersOfOneFileAreReadInOnePassEachAsItsOwnLayer) {
    // A TopoJSON of two objects: two layers of the map from one file, read once for both.
    write("atlas.json",
          R"({"type": "Topology", "arcs": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]],
[[106, 30], [107, 30], [107, 31], [106, 30]]], "objects": {
"provinces": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0]], "properties": {"v": 1}}]},
"parks": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[1]], "properties": {"v": 2}},
{"type": "Polygon", "arcs": [[1]], "properties": {"v": 3}}]}}})");
    MapDocument d;
    for (const char* name : {"provinces", "parks", "provinces"}) {
        LayerSpec layer;
        layer.name = name;
        layer.source = (dir / "atlas.json").string();
        layer.sourceLayer = name;
        layer.fill.field = "v";
        d.layers.push_back(layer);
    }
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_EQ(scene->layers.size(), 3u);
    EXPECT_EQ(scene->layers[0].data.name, "provinces");
    EXPECT_EQ(scene->layers[0].data.featureCount(), 1u);
    EXPECT_EQ(scene->layers[1].data.name, "parks");
    EXPECT_EQ(scene->layers[1].data.featureCount(), 2u);
    EXPECT_EQ(scene->layers[1].data.attributes.find("v")->number(1), 3.0);
    // The same layer twice: the second has its own copy of the data.
    EXPECT_EQ(scene->layers[2].data.name, "provinces");
    EXPECT_EQ(scene->layers[2].data.featureCount(), 1u);
    // A layer the file lacks is still named in the error.
    d.layers[1].sourceLayer = "lakes";
    Result<MapScene> missing = buildScene(d);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("no layer named 'lakes'"), std::string::npos)
        << missing.error().message;
}

TEST_F(Scene, AFileMixingKindsOpensAsALayerPerKindEachClassedOnItsOwn) {
    write("mixed.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"pop": 5}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"pop": 900}, "geometry": {"type": "LineString", "coordinates": [[104, 30], [107, 31]]}},
{"type": "Feature", "properties": {"pop": 50}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 30]]]}},
{"type": "Feature", "properties": {"pop": 7}, "geometry": {"type": "Point", "coordinates": [105.5, 30.5]}}
]})");
    Result<MapDocument> d = documentFromFiles({(dir / "mixed.geojson").string()});
    ASSERT_TRUE(d.ok()) << d.error().message;
    ASSERT_EQ(d->layers.size(), 3u) << "polygons at the bottom, then lines, then points";
    EXPECT_EQ(d->layers[0].name, "mixed (polygons)");
    EXPECT_EQ(d->layers[1].sourceLayer, "mixed (lines)");
    EXPECT_EQ(d->layers[2].sourceLayer, "mixed (points)");
    d->layers[0].fill.field = "pop";
    d->layers[0].fill.method = ClassMethod::EqualInterval;
    d->layers[0].fill.classes = 2;
    Result<MapScene> scene = buildScene(*d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ASSERT_EQ(scene->layers.size(), 3u);
    EXPECT_EQ(scene->layers[0].data.geometry.kind, GeometryKind::Polygon);
    EXPECT_EQ(scene->layers[0].mapped.values, (std::vector<double>{5, 50}))
        << "the line's 900 is not among them";
    EXPECT_EQ(scene->layers[1].data.geometry.kind, GeometryKind::Line);
    EXPECT_EQ(scene->layers[2].data.geometry.kind, GeometryKind::Point);
    EXPECT_EQ(scene->layers[2].data.fileFeature(0), 3u);
    for (const SceneLayer& layer : scene->layers)
        EXPECT_TRUE(layer.data.report.warnings.empty()) << layer.spec.name;
}

TEST_F(Scene, LinesGivenAFieldLaterAreDrawnInTheirClassColours) {
    // As the window's Style panel does: a line layer loaded plain, then a field chosen.
    write("roads.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"pop": 10}, "geometry": {"type": "LineString", "coordinates": [[104, 30], [105, 31]]}},
{"type": "Feature", "properties": {"pop": 20}, "geometry": {"type": "LineString", "coordinates": [[105, 30], [106, 31]]}}
]})");
    Result<MapDocument> d = documentFromFiles({(dir / "roads.geojson").string()});
    ASSERT_TRUE(d.ok()) << d.error().message;
    Result<MapScene> scene = buildScene(*d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    SceneLayer& roads = scene->layers.front();
    EXPECT_FALSE(roads.paint.strokeByFeature);
    roads.spec.fill.field = "pop";
    roads.spec.fill.method = ClassMethod::EqualInterval;
    roads.spec.fill.classes = 2;
    ASSERT_TRUE(restyleLayer(roads).ok());
    EXPECT_TRUE(roads.paint.strokeByFeature) << "the legend coloured, the lines grey";
    EXPECT_NE(roads.featureColors[0], roads.featureColors[1]);
    roads.spec.fill.field.clear();
    ASSERT_TRUE(restyleLayer(roads).ok());
    EXPECT_FALSE(roads.paint.strokeByFeature);
}

TEST_F(Scene, ATableIsNotALayer) {
    MapDocument d;
    LayerSpec table;
    table.source = (dir / "values.csv").string();
    d.layers.push_back(table);
    Result<MapScene> scene = buildScene(d);
    ASSERT_FALSE(scene.ok()) << "a blank map would be silently wrong";
    EXPECT_NE(scene.error().message.find("values.csv: layer 'values': a table without geometry"),
              std::string::npos)
        << scene.error().message;
}

TEST_F(Scene, ALayerOfNullGeometriesAloneIsRefusedWithItsCounts) {
    write("nulls.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A"}, "geometry": null},
{"type": "Feature", "properties": {"code": "B"}, "geometry": null}]})");
    MapDocument d;
    LayerSpec nulls;
    nulls.source = (dir / "nulls.geojson").string();
    d.layers.push_back(nulls);
    Result<MapScene> scene = buildScene(d);
    ASSERT_FALSE(scene.ok()) << "a blank map would be silently wrong";
    EXPECT_EQ(scene.error().message, nulls.source + ": layer 'nulls': no geometries to draw: 2 null");
}

TEST_F(Scene, LayersThatDrawNothingBesideOnesThatDoAreKeptWithAWarningAndLeftOutOfTheLegend) {
    write("nulls.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A"}, "geometry": null}]})");
    MapDocument d = document();
    LayerSpec nulls, table;
    nulls.source = (dir / "nulls.geojson").string();
    table.source = (dir / "values.csv").string();
    nulls.name = "nulls";
    table.name = "values";
    d.layers.push_back(nulls);
    d.layers.push_back(table);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_EQ(scene->layers.size(), 3u) << "kept, so a saved map keeps them";
    size_t said = 0;
    for (const std::string& w : scene->warnings)
        said += w == nulls.source + ": layer 'nulls': no geometries to draw: 1 null" ||
                w.rfind(table.source + ": layer 'values': a table without geometry, nothing to draw", 0) == 0;
    EXPECT_EQ(said, 2u);
    for (const LegendEntry& entry : legendEntries(*scene))
        EXPECT_TRUE(entry.label.find("nulls") == std::string::npos &&
                    entry.label.find("values") == std::string::npos)
            << entry.label;
}

TEST_F(Scene, AFieldCanBeMappedPerAnotherAndAsAShareOfTheTotal) {
    MapDocument d = document();
    // pop is 5, 50, 500; gdp (joined) 1.5, missing, 30: gdp per pop is 0.3, no data, 0.06.
    d.layers[0].fill.divideBy = "pop";
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const SceneLayer& layer = scene->layers[0];
    EXPECT_DOUBLE_EQ(layer.mapped.values[0], 0.3);
    EXPECT_TRUE(std::isnan(layer.mapped.values[1]));
    EXPECT_DOUBLE_EQ(layer.mapped.values[2], 0.06);
    EXPECT_DOUBLE_EQ(layer.legend.classification.limits.back(), 0.3);

    d.layers[0].fill.divideBy.clear();
    d.layers[0].fill.field = "pop";
    d.layers[0].fill.shareOfTotal = true;
    Result<MapScene> shares = buildScene(d);
    ASSERT_TRUE(shares.ok()) << shares.error().message;
    const std::vector<double>& v = shares->layers[0].mapped.values;
    EXPECT_NEAR(v[0] + v[1] + v[2], 100.0, 1e-9);
    EXPECT_NEAR(v[2], 100.0 * 500 / 555, 1e-9);
}

TEST_F(Scene, AZeroOrMissingDivisorIsNoDataAndAWrongOneIsNamed) {
    write("zero.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"a": 5, "b": 0}, "geometry": {"type": "Point", "coordinates": [104, 30]}},
{"type": "Feature", "properties": {"a": 5, "b": 2}, "geometry": {"type": "Point", "coordinates": [105, 30]}}]})");
    MapDocument d;
    LayerSpec layer;
    layer.source = (dir / "zero.geojson").string();
    layer.fill.field = "a";
    layer.fill.divideBy = "b";
    d.layers.push_back(layer);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    EXPECT_TRUE(std::isnan(scene->layers[0].mapped.values[0])) << "never an infinity";
    EXPECT_EQ(scene->layers[0].legend.noDataCount, 1u);
    d.layers[0].fill.divideBy = "c";
    Result<MapScene> wrong = buildScene(d);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("no field 'c' to divide by"), std::string::npos);
}

TEST_F(Scene, ACentreSplitsADivergingRampEvenly) {
    std::string features;
    for (int v : {-3, -2, -1, 1, 2, 3, 4, 5, 6})
        features += std::string(features.empty() ? "" : ",") +
                    R"({"type": "Feature", "properties": {"growth": )" + std::to_string(v) +
                    R"(}, "geometry": {"type": "Point", "coordinates": [104, 30]}})";
    write("growth.geojson", R"({"type": "FeatureCollection", "features": [)" + features + "]}");
    MapDocument d;
    LayerSpec layer;
    layer.source = (dir / "growth.geojson").string();
    layer.fill.field = "growth";
    layer.fill.method = ClassMethod::EqualInterval;
    layer.fill.classes = 3;
    layer.fill.ramp = Ramp::RdBu;
    layer.fill.center = 0.0;
    d.layers.push_back(layer);
    Result<MapScene> scene = buildScene(d);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    const FillLegend& legend = scene->layers[0].legend;
    // Equal thirds of -3..6 are -3, 0, 3, 6: 0 is a limit already; 1 class below, 2 above.
    EXPECT_EQ(legend.classification.limits, (std::vector<double>{-3, 0, 3, 6}));
    const std::vector<Rgba8> ramp = rampColors(Ramp::RdBu, 4);
    // The class just below the centre and the one just above take the ramp's two middle colours.
    EXPECT_EQ(legend.classColors, (std::vector<Rgba8>{ramp[1], ramp[2], ramp[3]}));

    d.layers[0].fill.classes = 2;  // -3, 1.5, 6: the limit nearest 0 moves onto it
    Result<MapScene> moved = buildScene(d);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->layers[0].legend.classification.limits, (std::vector<double>{-3, 0, 6}));
}

// A PostGIS view's feature stands for several where its read kept one a cell; a file's never.
TEST(DrawnForSeveral, WhereTheReadItComesFromMergedFeaturesUnderAPixel) {
    SceneLayer layer;
    for (int i = 0; i < 5; ++i) layer.data.geometry.endFeature();
    EXPECT_FALSE(drawnForSeveral(layer, 0)) << "not a PostGIS layer";
    layer.postgis = std::make_shared<PostgisFeed>(LayerSpec{});
    EXPECT_FALSE(drawnForSeveral(layer, 0)) << "a read that merged none";
    layer.data.report.merged = 3;
    EXPECT_TRUE(drawnForSeveral(layer, 4)) << "the first read, alone";
    layer.viewFeatures = 2;
    EXPECT_TRUE(drawnForSeveral(layer, 1)) << "the view's";
    EXPECT_FALSE(drawnForSeveral(layer, 2)) << "around the view: the first read's, which has none here";
}

}  // namespace
}  // namespace bashu
