// A layer mixing geometry kinds is listed and read as one layer per kind, nothing left out.
#include "io/kind_layers.h"

#include <gtest/gtest.h>

#include "io/vector_reader.h"
#include "support/temp_folder.h"
#include "unit/io/vector_fixtures.h"

namespace bashu {
namespace {

using testing::addFeature;
using testing::createVectorFile;
using testing::srsFromEpsg;
using testing::TempFolder;

// Two polygons, a point, a line and a feature without geometry, with an "id" 1..5.
constexpr const char* kMixed = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": 1, "name": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
{"type": "Feature", "properties": {"id": 2, "name": "b"}, "geometry": {"type": "Point", "coordinates": [5, 5]}},
{"type": "Feature", "properties": {"id": 3, "name": "c"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[2, 2], [3, 2], [3, 3], [2, 2]]]]}},
{"type": "Feature", "properties": {"id": 4, "name": "d"}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [4, 4]]}},
{"type": "Feature", "properties": {"id": 5, "name": "e"}, "geometry": null}
]})";

class KindLayers : public ::testing::Test {
protected:
    TempFolder dir{"bashu-kind-layers"};
};

std::vector<double> ids(const Layer& layer) {
    std::vector<double> values;
    const Column* id = layer.attributes.find("id");
    for (size_t i = 0; id && i < id->size(); ++i) values.push_back(*id->number(i));
    return values;
}

TEST(KindLayerNames, NameAndRequestGoBothWays) {
    EXPECT_EQ(kindLayerName("roads", GeometryKind::Polygon), "roads (polygons)");
    EXPECT_EQ(kindLayerName("roads", GeometryKind::Line), "roads (lines)");
    EXPECT_EQ(kindLayerName("roads", GeometryKind::Point), "roads (points)");
    const std::optional<LayerRequest> request = kindLayerRequest("成都 roads (lines)");
    ASSERT_TRUE(request);
    EXPECT_EQ(request->layer, "成都 roads");
    EXPECT_EQ(request->kind, GeometryKind::Line);
    EXPECT_FALSE(kindLayerRequest("roads"));
    EXPECT_FALSE(kindLayerRequest(" (lines)")) << "no layer before the kind";
    EXPECT_FALSE(kindLayerRequest("roads (rivers)"));
}

TEST_F(KindLayers, AMixedGeoJsonIsALayerPerKindWithTheirOwnFeatures) {
    const std::string path = dir.write("roads.geojson", kMixed);
    for (const bool fast : {true, false}) {
        SCOPED_TRACE(fast ? "without GDAL" : "through GDAL");
        ReadOptions options;
        options.fastGeoJson = fast;
        const Result<VectorFile> file = readVectorFile(path, options);
        ASSERT_TRUE(file.ok()) << file.error().message;
        ASSERT_EQ(file->layers.size(), 3u);
        const Layer &polygons = file->layers[0], &lines = file->layers[1], &points = file->layers[2];
        EXPECT_EQ(polygons.name, "roads (polygons)");
        EXPECT_EQ(polygons.geometry.kind, GeometryKind::Polygon);
        EXPECT_EQ(ids(polygons), (std::vector<double>{1, 3, 5})) << "with the feature without geometry";
        EXPECT_EQ(polygons.fileFeatures, (std::vector<uint32_t>{0, 2, 4}));
        EXPECT_EQ(polygons.geometry.featureOffsets, (std::vector<uint32_t>{0, 1, 2, 2}));
        EXPECT_EQ(polygons.report.featuresRead, 3u);
        EXPECT_EQ(polygons.report.nullGeometries, 1u);
        EXPECT_EQ(lines.name, "roads (lines)");
        EXPECT_EQ(lines.geometry.kind, GeometryKind::Line);
        EXPECT_EQ(ids(lines), (std::vector<double>{4}));
        EXPECT_EQ(lines.attributes.find("name")->text(0), "d");
        EXPECT_EQ(lines.geometry.xy, (std::vector<double>{0, 0, 4, 4}));
        EXPECT_EQ(lines.report.nullGeometries, 0u);
        EXPECT_EQ(points.name, "roads (points)");
        EXPECT_EQ(ids(points), (std::vector<double>{2}));
        EXPECT_EQ(points.fileFeatures, (std::vector<uint32_t>{1}));
        for (const Layer& layer : file->layers) {
            EXPECT_EQ(layer.report.skipped, 0u) << layer.name;
            EXPECT_EQ(layer.report.warnings, std::vector<std::string>{})
                << layer.name << ": nothing is skipped";
            EXPECT_EQ(layer.epsg, 4326) << layer.name;
        }
    }
}

TEST_F(KindLayers, ListedInDrawingOrderAndReadByName) {
    const std::string path = dir.write("roads.geojson", kMixed);
    const Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names, (std::vector<std::string>{"roads (polygons)", "roads (lines)", "roads (points)"}));
    for (const bool fast : {true, false}) {
        SCOPED_TRACE(fast ? "without GDAL" : "through GDAL");
        ReadOptions options;
        options.fastGeoJson = fast;
        options.layerName = "roads (lines)";
        Result<VectorFile> file = readVectorFile(path, options);
        ASSERT_TRUE(file.ok()) << file.error().message;
        ASSERT_EQ(file->layers.size(), 1u);
        EXPECT_EQ(file->layers[0].name, "roads (lines)");
        EXPECT_EQ(ids(file->layers[0]), (std::vector<double>{4}));

        options.layerName = "roads";
        file = readVectorFile(path, options);
        ASSERT_TRUE(file.ok()) << file.error().message;
        EXPECT_EQ(file->layers.size(), 3u) << "the layer by its own name: all its kinds";
    }
}

TEST_F(KindLayers, AKindTheLayerLacksIsOneClearMessage) {
    const std::string path = dir.write("roads.geojson", kMixed);
    const std::string lines = dir.write("lines.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [4, 4]]}}]})");
    for (const bool fast : {true, false}) {
        SCOPED_TRACE(fast ? "without GDAL" : "through GDAL");
        ReadOptions options;
        options.fastGeoJson = fast;
        options.layerName = "rivers (lines)";
        Result<VectorFile> file = readVectorFile(path, options);
        ASSERT_FALSE(file.ok());
        EXPECT_EQ(file.error().message, path + ": no layer named 'rivers (lines)'");
        options.layerName = "lines (points)";
        file = readVectorFile(lines, options);
        ASSERT_FALSE(file.ok());
        EXPECT_EQ(file.error().message,
                  lines + ": no layer named 'lines (points)' (the file's layer holds no points)");
        // A map saved when the file mixed kinds still finds its lines once they are alone.
        options.layerName = "lines (lines)";
        file = readVectorFile(lines, options);
        ASSERT_TRUE(file.ok()) << file.error().message;
        EXPECT_EQ(file->layers.at(0).featureCount(), 1u);
    }
}

TEST_F(KindLayers, OneKindKeepsItsPlainName) {
    // "Point" among the properties: the text may mix kinds, the features do not.
    const std::string path = dir.write("places.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"type": "Point"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
{"type": "Feature", "properties": {"type": "Polygon"}, "geometry": null}]})");
    const Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names, std::vector<std::string>{"places"});
    const Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 1u);
    EXPECT_EQ(file->layers[0].name, "places");
    EXPECT_EQ(file->layers[0].featureCount(), 2u);
    EXPECT_TRUE(file->layers[0].fileFeatures.empty());
}

TEST_F(KindLayers, FindingsGoToTheLayerOfTheFeaturesTheyAreAbout) {
    // An unclosed ring and a bow tie among polygons, an infinite point among the points (the
    // majority, three to two, where features without a usable geometry go).
    const std::string path = dir.write("found.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 1]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [2, 2]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1e999, 2]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [3, 3]}}
]})");
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 2u);
    const Layer &polygons = file->layers[0], &points = file->layers[1];
    EXPECT_EQ(polygons.report.ringsClosed, 1u);
    EXPECT_EQ(polygons.report.invalidGeometries, 1u);
    ASSERT_EQ(polygons.report.warnings.size(), 3u);
    EXPECT_EQ(polygons.report.warnings[0],
              "feature 1: 1 ring not closed, closed by repeating the first position");
    EXPECT_EQ(polygons.report.warnings[1].rfind("feature 3: invalid geometry", 0), 0u)
        << "as the file numbers it";
    EXPECT_EQ(points.fileFeatures, (std::vector<uint32_t>{0, 2, 4, 5}));
    EXPECT_EQ(points.report.skipped, 1u);
    EXPECT_EQ(points.report.ringsClosed, 0u);
    EXPECT_EQ(points.report.warnings,
              std::vector<std::string>{"feature 4: non-finite (NaN or infinite) coordinates, skipped"});
}

TEST_F(KindLayers, AGeoPackageLayerDeclaringNoKindIsListedByItsKinds) {
    const std::string path = dir.file("mixed.gpkg");
    {
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* mixed = ds->CreateLayer("sites", &wgs84, wkbUnknown, nullptr);
        ASSERT_TRUE(mixed);
        addFeature(*mixed, "POINT (1 2)");
        addFeature(*mixed, "GEOMETRYCOLLECTION (POINT (5 5),LINESTRING (0 0,9 9))");
        addFeature(*mixed, "POLYGON ((0 0,1 0,1 1,0 0))");
        OGRLayer* points = ds->CreateLayer("wells", &wgs84, wkbUnknown, nullptr);
        ASSERT_TRUE(points);
        addFeature(*points, "POINT (1 2)");
    }
    const Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names,
              (std::vector<std::string>{"sites (polygons)", "sites (lines)", "sites (points)", "wells"}))
        << "a collection of a line counts as a line, as the readers take it";
    ReadOptions options;
    options.layerName = "sites (lines)";
    const Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 1u);
    EXPECT_EQ(file->layers[0].fileFeatures, std::vector<uint32_t>{1});
}

}  // namespace
}  // namespace bashu
