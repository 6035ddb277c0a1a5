#include "io/vector_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "support/temp_folder.h"
#include "unit/io/vector_fixtures.h"

namespace bashu {
namespace {

using testing::addFeature;
using testing::addFields;
using testing::createVectorFile;
using testing::srsFromEpsg;
using testing::TempFolder;

bool anyWarningContains(const LoadReport& report, const std::string& text) {
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

std::string allWarnings(const LoadReport& report) {
    std::string all;
    for (const std::string& w : report.warnings) all += w + "\n";
    return all;
}

// Reads a file expected to hold exactly one layer.
Layer readSingleLayer(const std::string& path, const ReadOptions& options = {}) {
    Result<VectorFile> file = readVectorFile(path, options);
    EXPECT_TRUE(file.ok()) << (file.ok() ? "" : file.error().message);
    if (!file.ok()) return {};
    EXPECT_EQ(file->layers.size(), 1u);
    return file->layers.empty() ? Layer{} : file->layers.front();
}

std::vector<double> ringValues(const GeometryColumn& g, size_t ring) {
    const auto span = g.ring(ring);
    return {span.begin(), span.end()};
}

class VectorReader : public ::testing::Test {
protected:
    TempFolder dir{"bashu-vector-reader"};
};

// ---------------------------------------------------------------------------------------------
// GeoJSON: structure, attributes, repairs and the report.

class GeoJsonPolygons : public VectorReader {
protected:
    void SetUp() override {
        path = dir.file("polygons.geojson");
        GDALDatasetUniquePtr ds = createVectorFile("GeoJSON", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* layer = ds->CreateLayer("polygons", &wgs84, wkbUnknown, nullptr);
        ASSERT_TRUE(layer);
        addFields(*layer, {{"code", OFTInteger}, {"ratio", OFTReal}, {"name", OFTString}});
        using S = std::string;
        using N = std::monostate;
        addFeature(*layer, "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))",
                   {7LL, 0.5, S("square")});
        addFeature(*layer, "MULTIPOLYGON (((20 0,21 0,21 1,20 1,20 0)),((30 0,32 0,32 2,30 2,30 0)))",
                   {N{}, 2.25, S("two parts")});
        // A bow-tie: its edges cross at (5, 25), so it is invalid (drawn as two triangles).
        addFeature(*layer, "POLYGON ((0 20,10 30,10 20,0 30,0 20))", {-3LL, N{}, S("bow-tie")});
        addFeature(*layer, nullptr, {4LL, 1.0, N{}});
        // GDAL 3.6 reads an empty GeoJSON "Polygon" back as no geometry at all, but keeps an
        // empty "MultiPolygon" as an empty geometry.
        addFeature(*layer, "MULTIPOLYGON EMPTY", {5LL, -1.5, S("")});
    }
    std::string path;
};

TEST_F(GeoJsonPolygons, FlatArraysFollowTheFeatures) {
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->driver, "GeoJSON");
    EXPECT_EQ(file->path, path);
    ASSERT_EQ(file->layers.size(), 1u);
    const Layer& layer = file->layers[0];
    EXPECT_EQ(layer.name, "polygons");
    EXPECT_EQ(layer.sourcePath, path);
    const GeometryColumn& g = layer.geometry;
    EXPECT_EQ(g.kind, GeometryKind::Polygon);
    EXPECT_EQ(layer.featureCount(), 5u);
    // square: 1 part; multipolygon: 2 parts; bow-tie: 1 part as read; null and empty: none.
    EXPECT_EQ(g.featureOffsets, (std::vector<uint32_t>{0, 1, 3, 4, 4, 4}));
    EXPECT_EQ(g.partOffsets, (std::vector<uint32_t>{0, 2, 3, 4, 5}));
    EXPECT_EQ(g.ringOffsets, (std::vector<uint32_t>{0, 5, 10, 15, 20, 25}));
    EXPECT_EQ(ringValues(g, 0), (std::vector<double>{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}));
    EXPECT_EQ(ringValues(g, 1), (std::vector<double>{2, 2, 2, 4, 4, 4, 4, 2, 2, 2}));
    EXPECT_EQ(ringValues(g, 2), (std::vector<double>{20, 0, 21, 0, 21, 1, 20, 1, 20, 0}));
    EXPECT_EQ(ringValues(g, 3), (std::vector<double>{30, 0, 32, 0, 32, 2, 30, 2, 30, 0}));
    EXPECT_DOUBLE_EQ(polygonPartArea(g, 0), 96.0);
    EXPECT_TRUE(g.featureExtent(3).empty());
    EXPECT_TRUE(g.featureExtent(4).empty());
}

TEST_F(GeoJsonPolygons, TheBowTieIsKeptAsReadAndNamedInTheReport) {
    const Layer layer = readSingleLayer(path);
    const GeometryColumn& g = layer.geometry;
    ASSERT_EQ(g.featureCount(), 5u);
    // Not repaired: the tessellator fills its two halves by the even-odd rule.
    ASSERT_EQ(g.featureOffsets[3] - g.featureOffsets[2], 1u);
    EXPECT_EQ(ringValues(g, g.partOffsets[g.featureOffsets[2]]),
              (std::vector<double>{0, 20, 10, 30, 10, 20, 0, 30, 0, 20}));
    const LoadReport& r = layer.report;
    EXPECT_EQ(r.featuresRead, 5u);
    EXPECT_EQ(r.nullGeometries, 1u);
    EXPECT_EQ(r.emptyGeometries, 1u);
    EXPECT_EQ(r.invalidGeometries, 1u);
    EXPECT_EQ(r.skipped, 0u);
    EXPECT_TRUE(anyWarningContains(
        r,
        "feature 2: invalid geometry, a ring crossing or touching itself at or near (5, 25); drawn as it is"))
        << allWarnings(r);
    EXPECT_TRUE(anyWarningContains(r,
                                   "1 invalid geometries drawn as they are, not repaired (1 with a ring "
                                   "crossing or touching itself)"))
        << allWarnings(r);
}

TEST_F(GeoJsonPolygons, WithoutValidationTheBowTieIsKeptAsRead) {
    ReadOptions options;
    options.validate = false;
    const Layer layer = readSingleLayer(path, options);
    EXPECT_EQ(layer.report.invalidGeometries, 0u);
    const GeometryColumn& g = layer.geometry;
    ASSERT_EQ(g.featureOffsets[3] - g.featureOffsets[2], 1u);
    EXPECT_EQ(ringValues(g, g.partOffsets[g.featureOffsets[2]]),
              (std::vector<double>{0, 20, 10, 30, 10, 20, 0, 30, 0, 20}));
}

TEST_F(GeoJsonPolygons, AttributesKeepTypesValuesAndNulls) {
    const Layer layer = readSingleLayer(path);
    const AttributeTable& t = layer.attributes;
    ASSERT_EQ(t.columns.size(), 3u);
    const Column* code = t.find("code");
    const Column* ratio = t.find("ratio");
    const Column* name = t.find("name");
    ASSERT_TRUE(code && ratio && name);
    EXPECT_EQ(code->type, FieldType::Integer);
    EXPECT_EQ(ratio->type, FieldType::Real);
    EXPECT_EQ(name->type, FieldType::String);
    for (const Column* c : {code, ratio, name}) EXPECT_EQ(c->size(), 5u) << c->name;

    EXPECT_EQ(code->number(0), 7.0);
    EXPECT_TRUE(code->isNull(1));
    EXPECT_EQ(code->number(1), std::nullopt);
    EXPECT_EQ(code->number(2), -3.0);
    EXPECT_EQ(code->number(4), 5.0);

    EXPECT_EQ(ratio->number(0), 0.5);
    EXPECT_EQ(ratio->number(1), 2.25);
    EXPECT_TRUE(ratio->isNull(2));
    EXPECT_EQ(ratio->number(4), -1.5);

    EXPECT_EQ(name->text(0), "square");
    EXPECT_EQ(name->text(2), "bow-tie");
    EXPECT_TRUE(name->isNull(3));
    EXPECT_FALSE(name->isNull(4)) << "an empty string is a value, not a null";
    EXPECT_EQ(name->text(4), "");
}

TEST_F(GeoJsonPolygons, CrsIsWgs84) {
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.epsg, 4326);
    EXPECT_EQ(layer.crsName, "WGS 84");
    EXPECT_NE(layer.crs.find("WGS 84"), std::string::npos);
    EXPECT_FALSE(anyWarningContains(layer.report, "coordinate reference system"))
        << allWarnings(layer.report);
}

// ---------------------------------------------------------------------------------------------
// Shapefiles in a projected CRS.

TEST_F(VectorReader, ShapefileLinesInGaussKruger) {
    const std::string path = dir.file("roads.shp");
    {
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference cgcs = srsFromEpsg(4544);
        OGRLayer* layer = ds->CreateLayer("roads", &cgcs, wkbLineString, nullptr);
        ASSERT_TRUE(layer);
        addFields(*layer, {{"lanes", OFTInteger}});
        addFeature(*layer, "LINESTRING (410479.4236 3393319.1755,410500.125 3393400.5,410610.75 3393410.25)",
                   {2LL});
        addFeature(*layer,
                   "MULTILINESTRING ((400000 3300000,400001.5 3300002.5),(400010 3300010,400020 3300030))",
                   {4LL});
    }
    const Layer layer = readSingleLayer(path);
    const GeometryColumn& g = layer.geometry;
    EXPECT_EQ(g.kind, GeometryKind::Line);
    EXPECT_EQ(layer.featureCount(), 2u);
    EXPECT_EQ(g.partCount(), 3u);
    EXPECT_EQ(g.ringCount(), 3u);
    EXPECT_EQ(g.vertexCount(), 7u);
    EXPECT_EQ(g.featureOffsets, (std::vector<uint32_t>{0, 1, 3}));
    EXPECT_EQ(ringValues(g, 0),
              (std::vector<double>{410479.4236, 3393319.1755, 410500.125, 3393400.5, 410610.75, 3393410.25}));
    EXPECT_EQ(ringValues(g, 1), (std::vector<double>{400000, 3300000, 400001.5, 3300002.5}));
    EXPECT_EQ(ringValues(g, 2), (std::vector<double>{400010, 3300010, 400020, 3300030}));
    EXPECT_EQ(layer.epsg, 4544);
    EXPECT_NE(layer.crsName.find("CGCS2000"), std::string::npos) << layer.crsName;
    EXPECT_EQ(layer.attributes.find("lanes")->number(1), 4.0);
    EXPECT_EQ(layer.report.skipped, 0u);
    EXPECT_EQ(layer.report.invalidGeometries, 0u);
}

TEST_F(VectorReader, ShapefilePointsInGaussKruger) {
    const std::string path = dir.file("wells.shp");
    {
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference cgcs = srsFromEpsg(4544);
        OGRLayer* layer = ds->CreateLayer("wells", &cgcs, wkbPoint, nullptr);
        ASSERT_TRUE(layer);
        addFields(*layer, {{"depth", OFTReal}});
        addFeature(*layer, "POINT (410479.4236 3393319.1755)", {12.5});
        addFeature(*layer, "POINT (499999.999 3000000.001)", {std::monostate{}});
        addFeature(*layer, "POINT (321.25 -654.5)", {0.0});
    }
    const Layer layer = readSingleLayer(path);
    const GeometryColumn& g = layer.geometry;
    EXPECT_EQ(g.kind, GeometryKind::Point);
    EXPECT_EQ(layer.featureCount(), 3u);
    EXPECT_EQ(g.partCount(), 3u);
    EXPECT_EQ(g.ringCount(), 3u);
    EXPECT_EQ(g.xy,
              (std::vector<double>{410479.4236, 3393319.1755, 499999.999, 3000000.001, 321.25, -654.5}));
    EXPECT_EQ(layer.epsg, 4544);
    const Column* depth = layer.attributes.find("depth");
    ASSERT_TRUE(depth);
    EXPECT_EQ(depth->number(0), 12.5);
    // A Shapefile (dBASE) has no nulls for numbers: an unset number reads back as null.
    EXPECT_TRUE(depth->isNull(1));
    EXPECT_EQ(depth->number(2), 0.0);
}

TEST_F(VectorReader, ShapefileMultiPointsHaveOnePartPerPoint) {
    const std::string path = dir.file("clusters.shp");
    {
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference cgcs = srsFromEpsg(4544);
        OGRLayer* layer = ds->CreateLayer("clusters", &cgcs, wkbMultiPoint, nullptr);
        ASSERT_TRUE(layer);
        addFeature(*layer, "MULTIPOINT ((400000 3300000),(400002 3300004),(400006 3300008))");
    }
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.geometry.kind, GeometryKind::Point);
    EXPECT_EQ(layer.geometry.featureOffsets, (std::vector<uint32_t>{0, 3}));
    EXPECT_EQ(layer.geometry.ringOffsets, (std::vector<uint32_t>{0, 1, 2, 3}));
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{400000, 3300000, 400002, 3300004, 400006, 3300008}));
}

// ---------------------------------------------------------------------------------------------
// GeoPackage with two layers.

class GeoPackage : public VectorReader {
protected:
    void SetUp() override {
        path = dir.file("atlas.gpkg");
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* cities = ds->CreateLayer("cities", &wgs84, wkbPoint, nullptr);
        ASSERT_TRUE(cities);
        addFields(*cities, {{"name", OFTString}, {"pop", OFTInteger64}});
        addFeature(*cities, "POINT (104.066 30.657)", {std::string("Chengdu"), 20940000LL});
        addFeature(*cities, "POINT (106.55 29.563)", {std::string("Chongqing"), 32054000LL});
        addFeature(*cities, "POINT (103.77 29.55)", {std::string("Leshan"), 50LL});
        OGRLayer* provinces = ds->CreateLayer("provinces", &wgs84, wkbPolygon, nullptr);
        ASSERT_TRUE(provinces);
        addFields(*provinces, {{"pop", OFTInteger}});
        addFeature(*provinces, "POLYGON ((97 26,110 26,110 34,97 34,97 26))", {83670LL});
        addFeature(*provinces, "POLYGON ((105 28,110 28,110 32,105 32,105 28))", {99LL});
    }
    std::string path;
};

TEST_F(GeoPackage, ReadsEveryLayer) {
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->driver, "GPKG");
    ASSERT_EQ(file->layers.size(), 2u);
    EXPECT_EQ(file->layers[0].name, "cities");
    EXPECT_EQ(file->layers[0].geometry.kind, GeometryKind::Point);
    EXPECT_EQ(file->layers[0].featureCount(), 3u);
    EXPECT_EQ(file->layers[0].geometry.xy[0], 104.066);
    EXPECT_EQ(file->layers[0].attributes.find("name")->text(1), "Chongqing");
    EXPECT_EQ(file->layers[0].attributes.find("pop")->type, FieldType::Integer);
    EXPECT_EQ(file->layers[1].name, "provinces");
    EXPECT_EQ(file->layers[1].geometry.kind, GeometryKind::Polygon);
    EXPECT_EQ(file->layers[1].featureCount(), 2u);
    for (const Layer& layer : file->layers) EXPECT_EQ(layer.epsg, 4326) << layer.name;
}

TEST_F(GeoPackage, LayerNamePicksOne) {
    ReadOptions options;
    options.layerName = "provinces";
    const Layer layer = readSingleLayer(path, options);
    EXPECT_EQ(layer.name, "provinces");
    EXPECT_EQ(layer.featureCount(), 2u);
    EXPECT_DOUBLE_EQ(polygonPartArea(layer.geometry, 0), 13.0 * 8.0);
}

TEST_F(GeoPackage, AnUnknownLayerNameIsAnErrorNamingFileAndLayer) {
    ReadOptions options;
    options.layerName = "rivers";
    Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().message, path + ": no layer named 'rivers'");
}

TEST_F(GeoPackage, ListsLayerNames) {
    Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names, (std::vector<std::string>{"provinces", "cities"})) << "in drawing order, points on top";
}

TEST_F(VectorReader, PolygonLayersOfFewerFeaturesAreListedToBeDrawnBelow) {
    // As a world atlas holds them: countries first, then the land they cover, dissolved into one
    // feature, which drawn on top would hide every border; a table beside them.
    const std::string path = dir.file("atlas.gpkg");
    {
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* countries = ds->CreateLayer("countries", &wgs84, wkbPolygon, nullptr);
        addFeature(*countries, "POLYGON ((0 0,1 0,1 1,0 1,0 0))");
        addFeature(*countries, "POLYGON ((1 0,2 0,2 1,1 1,1 0))");
        OGRLayer* table = ds->CreateLayer("notes", nullptr, wkbNone, nullptr);
        addFields(*table, {{"text", OFTString}});
        addFeature(*table, nullptr, {std::string("a")});
        OGRLayer* land = ds->CreateLayer("land", &wgs84, wkbMultiPolygon, nullptr);
        addFeature(*land, "MULTIPOLYGON (((0 0,2 0,2 1,0 1,0 0)))");
    }
    Result<std::vector<std::string>> names = listLayerNames(path);
    ASSERT_TRUE(names.ok()) << names.error().message;
    EXPECT_EQ(*names, (std::vector<std::string>{"land", "countries", "notes"}));
}

TEST_F(VectorReader, AGeoJsonLayerIsNamedAsGdalNamesIt) {
    // Listed without GDAL reading every feature: the "name" member wherever it is, else the file's
    // base name; GDAL's own listing agrees.
    const std::string named = dir.file("units.geojson"), unnamed = dir.file("plain units.geojson");
    std::ofstream(named)
        << R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
        "geometry": {"type": "Point", "coordinates": [104, 30]}}], "name": "区县 after the features"})";
    std::ofstream(unnamed) << R"({"type": "FeatureCollection", "features": []})";
    EXPECT_EQ(listLayerNames(named).value(), std::vector<std::string>{"区县 after the features"});
    EXPECT_EQ(listLayerNames(unnamed).value(), std::vector<std::string>{"plain units"});
    for (const std::string& path : {named, unnamed}) {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        ASSERT_TRUE(ds);
        EXPECT_EQ(listLayerNames(path).value(), std::vector<std::string>{ds->GetLayer(0)->GetName()});
    }
}

TEST_F(VectorReader, AFileListedThenReadIsReadAsItIsNow) {
    // listLayerNames keeps the opened file for the read that follows; a file changed in between
    // must be read afresh, not from what was kept.
    const std::string path = dir.file("units.geojson");
    auto write = [&path](const char* name) {
        std::ofstream(path)
            << R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": ")"
            << name << R"("}, "geometry": {"type": "Point", "coordinates": [104, 30]}}]})";
    };
    write("first");
    ASSERT_TRUE(listLayerNames(path).ok());
    EXPECT_EQ(readSingleLayer(path).attributes.find("name")->text(0), "first");
    ASSERT_TRUE(listLayerNames(path).ok());
    std::filesystem::last_write_time(path, std::filesystem::last_write_time(path) + std::chrono::seconds(2));
    write("second, a longer name");
    EXPECT_EQ(readSingleLayer(path).attributes.find("name")->text(0), "second, a longer name");
    // Read twice after one listing: the second read opens the file itself.
    ASSERT_TRUE(listLayerNames(path).ok());
    EXPECT_EQ(readSingleLayer(path).featureCount(), 1u);
    EXPECT_EQ(readSingleLayer(path).featureCount(), 1u);
}

TEST_F(GeoPackage, WarningsStayWithTheirLayer) {
    {
        GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        OGRLayer* provinces = ds->GetLayerByName("provinces");
        ASSERT_TRUE(provinces);
        addFeature(*provinces, "POLYGON ((0 20,10 30,10 20,0 30,0 20))", {7LL});
    }
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 2u);
    EXPECT_TRUE(file->layers[0].report.warnings.empty()) << allWarnings(file->layers[0].report);
    EXPECT_EQ(file->layers[1].report.invalidGeometries, 1u);
    EXPECT_EQ(
        file->layers[1].report.warnings,
        (std::vector<std::string>{"feature 3: invalid geometry, a ring crossing or touching itself at or "
                                  "near (5, 25); drawn as it is",
                                  "1 invalid geometries drawn as they are, not repaired (1 with a ring "
                                  "crossing or touching itself): "
                                  "where a ring overlaps itself or another, the even-odd rule fills it"}));
}

TEST_F(GeoPackage, AttributeFilterKeepsMatchingFeatures) {
    ReadOptions options;
    options.attributeFilter = "pop > 100";
    Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 2u);
    const Layer& cities = file->layers[0];
    EXPECT_EQ(cities.featureCount(), 2u);
    EXPECT_EQ(cities.report.featuresRead, 2u);
    EXPECT_EQ(cities.attributes.find("name")->text(0), "Chengdu");
    EXPECT_EQ(cities.attributes.find("name")->text(1), "Chongqing");
    EXPECT_EQ(cities.geometry.xy, (std::vector<double>{104.066, 30.657, 106.55, 29.563}));
    const Layer& provinces = file->layers[1];
    EXPECT_EQ(provinces.featureCount(), 1u);
    EXPECT_EQ(provinces.attributes.find("pop")->number(0), 83670.0);
}

TEST_F(GeoPackage, AttributeFilterWithLayerName) {
    ReadOptions options;
    options.layerName = "cities";
    options.attributeFilter = "name = 'Leshan'";
    const Layer layer = readSingleLayer(path, options);
    EXPECT_EQ(layer.featureCount(), 1u);
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{103.77, 29.55}));
}

TEST_F(GeoPackage, OnlyTheFieldsAskedForAreRead) {
    ReadOptions options;
    options.layerName = "cities";
    options.fields = std::vector<std::string>{"pop"};
    const Layer layer = readSingleLayer(path, options);
    ASSERT_EQ(layer.attributes.columns.size(), 1u);
    EXPECT_EQ(layer.attributes.columns[0].name, "pop");
    EXPECT_EQ(layer.attributes.columns[0].numbers, (std::vector<double>{20940000, 32054000, 50}));
    EXPECT_EQ(layer.featureCount(), 3u);
    // A field the layer lacks reads every field, so a message can list them.
    options.fields = std::vector<std::string>{"pop", "area"};
    EXPECT_EQ(readSingleLayer(path, options).attributes.columns.size(), 2u);
    // So does a filter, which may name any field.
    options.fields = std::vector<std::string>{"pop"};
    options.attributeFilter = "name = 'Leshan'";
    const Layer filtered = readSingleLayer(path, options);
    EXPECT_EQ(filtered.attributes.columns.size(), 2u);
    EXPECT_EQ(filtered.featureCount(), 1u);
}

TEST_F(GeoPackage, AnInvalidFilterIsAnErrorNamingTheFile) {
    ReadOptions options;
    options.attributeFilter = "pop >>> 100";
    Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_FALSE(file.ok());
    const std::string& message = file.error().message;
    // GeoPackage checks a filter only when reading starts; the message is the same.
    EXPECT_EQ(message.rfind(path + ": layer 'cities': invalid filter 'pop >>> 100': ", 0), 0u) << message;
}

TEST_F(VectorReader, AFilterOnAMissingFieldIsAnError) {
    const std::string path = dir.file("plain.geojson");
    {
        GDALDatasetUniquePtr ds = createVectorFile("GeoJSON", path);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* layer = ds->CreateLayer("plain", &wgs84, wkbPoint, nullptr);
        addFields(*layer, {{"pop", OFTInteger}});
        addFeature(*layer, "POINT (1 2)", {150LL});
        addFeature(*layer, "POINT (3 4)", {50LL});
    }
    ReadOptions options;
    options.attributeFilter = "pop > 100";
    const Layer kept = readSingleLayer(path, options);
    EXPECT_EQ(kept.geometry.xy, (std::vector<double>{1, 2}));

    options.attributeFilter = "population > 100";
    Result<VectorFile> file = readVectorFile(path, options);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().message.rfind(path + ": layer 'plain': invalid filter 'population > 100'", 0), 0u)
        << file.error().message;
}

// Mixed geometry kinds in one layer: kind_layers_test.cpp.

// ---------------------------------------------------------------------------------------------
// Missing CRS.

TEST_F(VectorReader, GeoJsonWithProjectedLookingCoordinatesHasNoCrs) {
    const std::string path = dir.write("local.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [500000.5, 3400000.25]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [510000, 3410000]}}
]})");
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.featureCount(), 2u);
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{500000.5, 3400000.25, 510000, 3410000}));
    EXPECT_EQ(layer.crs, "");
    EXPECT_EQ(layer.crsName, "");
    EXPECT_EQ(layer.epsg, 0);
    EXPECT_TRUE(anyWarningContains(layer.report, "no coordinate reference system"))
        << allWarnings(layer.report);
    EXPECT_TRUE(anyWarningContains(layer.report, "not longitude/latitude")) << allWarnings(layer.report);
}

TEST_F(VectorReader, GeoJsonWithLonLatCoordinatesAndNoCrsMemberIsWgs84) {
    // RFC 7946: GeoJSON without a "crs" member is WGS 84 longitude/latitude.
    const std::string path = dir.write("lonlat.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [104.066, 30.657]}}
]})");
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.epsg, 4326);
    EXPECT_EQ(layer.crsName, "WGS 84");
    EXPECT_FALSE(anyWarningContains(layer.report, "coordinate reference system"))
        << allWarnings(layer.report);
}

TEST_F(VectorReader, ShapefileWithoutPrjAndLonLatCoordinatesIsAssumedWgs84) {
    const std::string path = dir.file("towns.shp");
    {
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        OGRLayer* layer = ds->CreateLayer("towns", nullptr, wkbPoint, nullptr);
        ASSERT_TRUE(layer);
        addFeature(*layer, "POINT (104.066 30.657)");
        addFeature(*layer, "POINT (-70.5 -33.25)");
    }
    ASSERT_FALSE(std::filesystem::exists(dir.file("towns.prj")));
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{104.066, 30.657, -70.5, -33.25}));
    EXPECT_EQ(layer.epsg, 4326);
    EXPECT_EQ(layer.crsName, "WGS 84");
    EXPECT_FALSE(layer.crs.empty());
    EXPECT_TRUE(anyWarningContains(layer.report,
                                   "no coordinate reference system; coordinates look like "
                                   "longitude/latitude, assumed WGS 84 (EPSG:4326)"))
        << allWarnings(layer.report);
}

TEST_F(VectorReader, ShapefileWithoutPrjAndProjectedCoordinatesHasNoCrs) {
    const std::string path = dir.file("parcels.shp");
    {
        GDALDatasetUniquePtr ds = createVectorFile("ESRI Shapefile", path);
        OGRLayer* layer = ds->CreateLayer("parcels", nullptr, wkbPoint, nullptr);
        addFeature(*layer, "POINT (410479.4236 3393319.1755)");
    }
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.crs, "");
    EXPECT_EQ(layer.epsg, 0);
    EXPECT_TRUE(anyWarningContains(layer.report,
                                   "no coordinate reference system and the coordinates (x 410479 to "
                                   "410479, y 3.39332e+06 to 3.39332e+06) are not longitude/latitude"))
        << allWarnings(layer.report);
    EXPECT_EQ(layer.report.crsProblem.rfind("no coordinate reference system", 0), 0u);
}

// ---------------------------------------------------------------------------------------------
// Non-finite coordinates (1e999 overflows to infinity when GDAL parses it).

TEST_F(VectorReader, InfiniteCoordinatesSkipTheFeature) {
    const std::string path = dir.write("overflow.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": 1}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1e999], [0, 0]]]}},
{"type": "Feature", "properties": {"id": 2}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
{"type": "Feature", "properties": {"id": 3}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[5, 5], [6, 5], [6, 6], [5, 5]]], [[[7, 7], [-1e999, 7], [8, 8], [7, 7]]]]}}
]})");
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.featureCount(), 3u);
    EXPECT_EQ(layer.report.skipped, 2u);
    EXPECT_EQ(layer.report.invalidGeometries, 0u) << "a non-finite coordinate is not a repairable geometry";
    EXPECT_EQ(layer.geometry.featureOffsets, (std::vector<uint32_t>{0, 0, 1, 1}));
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{0, 0, 1, 0, 1, 1, 0, 0}));
    for (double v : layer.geometry.xy) EXPECT_TRUE(std::isfinite(v));
    // GeoJSON's "id" member is the feature id.
    EXPECT_EQ(layer.report.warnings,
              (std::vector<std::string>{"feature 1: non-finite (NaN or infinite) coordinates, skipped",
                                        "feature 3: non-finite (NaN or infinite) coordinates, skipped"}));
    EXPECT_EQ(layer.epsg, 4326);
}

TEST_F(VectorReader, NonFiniteCoordinatesAreReportedAFewTimesThenCounted) {
    std::string json = R"({"type": "FeatureCollection", "features": [)";
    // GDAL's JSON parser also takes the non-standard NaN and Infinity.
    for (const char* value : {"1e999", "-1e999", "Infinity", "-Infinity", "NaN", "1e999", "NaN"})
        json += std::string(R"({"type": "Feature", "properties": {}, "geometry": {"type": "LineString", )") +
                R"("coordinates": [[0, 0], [)" + value + ", 1]]}},";
    json += R"({"type": "Feature", "properties": {}, "geometry": {"type": "LineString", )"
            R"("coordinates": [[0, 0], [2, 1]]}}]})";
    const std::string path = dir.write("many.geojson", json);
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.geometry.kind, GeometryKind::Line);
    EXPECT_EQ(layer.featureCount(), 8u);
    EXPECT_EQ(layer.report.skipped, 7u);
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{0, 0, 2, 1}));
    ASSERT_EQ(layer.report.warnings.size(), 6u) << allWarnings(layer.report);
    EXPECT_EQ(layer.report.warnings[4], "feature 4: non-finite (NaN or infinite) coordinates, skipped");
    EXPECT_EQ(layer.report.warnings[5], "7 features with non-finite coordinates skipped in all");
}

TEST_F(VectorReader, AnInfinitePointIsSkipped) {
    const std::string path =
        dir.write("overflow-points.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1e999, 5]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [4, 5]}}
]})");
    const Layer layer = readSingleLayer(path);
    EXPECT_EQ(layer.report.skipped, 1u);
    EXPECT_EQ(layer.geometry.featureOffsets, (std::vector<uint32_t>{0, 0, 1}));
    EXPECT_EQ(layer.geometry.xy, (std::vector<double>{4, 5}));
    EXPECT_EQ(layer.epsg, 4326);
}

}  // namespace
}  // namespace bashu
