// Reading GeoJSON without GDAL gives exactly what GDAL's GeoJSON driver gives, feature for feature
// and bit for bit, and leaves to GDAL what it does not reproduce.
#include "io/geojson_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "io/vector_reader.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

using testing::TempFolder;

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void expectSameColumns(const Column& fast, const Column& gdal) {
    EXPECT_EQ(fast.name, gdal.name);
    EXPECT_EQ(fast.type, gdal.type) << fast.name;
    EXPECT_EQ(fast.valid, gdal.valid) << fast.name;
    EXPECT_EQ(fast.strings, gdal.strings) << fast.name;
    ASSERT_EQ(fast.numbers.size(), gdal.numbers.size()) << fast.name;
    for (size_t i = 0; i < fast.numbers.size(); ++i)
        if (fast.valid[i]) {
            EXPECT_TRUE(sameBits(fast.numbers[i], gdal.numbers[i]))
                << fast.name << " row " << i << ": " << fast.numbers[i] << " vs " << gdal.numbers[i];
        }
}

void expectSameLayers(const Layer& fast, const Layer& gdal) {
    EXPECT_EQ(fast.name, gdal.name);
    EXPECT_EQ(fast.sourcePath, gdal.sourcePath);
    EXPECT_EQ(fast.crs, gdal.crs);
    EXPECT_EQ(fast.crsName, gdal.crsName);
    EXPECT_EQ(fast.epsg, gdal.epsg);
    EXPECT_EQ(fast.isTable, gdal.isTable);
    EXPECT_EQ(fast.geometry.kind, gdal.geometry.kind);
    EXPECT_EQ(fast.fileFeatures, gdal.fileFeatures);
    EXPECT_EQ(fast.geometry.featureOffsets, gdal.geometry.featureOffsets);
    EXPECT_EQ(fast.geometry.partOffsets, gdal.geometry.partOffsets);
    EXPECT_EQ(fast.geometry.ringOffsets, gdal.geometry.ringOffsets);
    ASSERT_EQ(fast.geometry.xy.size(), gdal.geometry.xy.size());
    for (size_t i = 0; i < fast.geometry.xy.size(); ++i)
        ASSERT_TRUE(sameBits(fast.geometry.xy[i], gdal.geometry.xy[i]))
            << "coordinate " << i << ": " << fast.geometry.xy[i] << " vs " << gdal.geometry.xy[i];
    EXPECT_EQ(fast.report.featuresRead, gdal.report.featuresRead);
    EXPECT_EQ(fast.report.nullGeometries, gdal.report.nullGeometries);
    EXPECT_EQ(fast.report.emptyGeometries, gdal.report.emptyGeometries);
    EXPECT_EQ(fast.report.invalidGeometries, gdal.report.invalidGeometries);
    EXPECT_EQ(fast.report.skipped, gdal.report.skipped);
    EXPECT_EQ(fast.report.warnings, gdal.report.warnings);
    EXPECT_EQ(fast.report.textEncoding, gdal.report.textEncoding);
    EXPECT_EQ(fast.report.crsProblem, gdal.report.crsProblem);
    ASSERT_EQ(fast.attributes.columns.size(), gdal.attributes.columns.size());
    for (size_t c = 0; c < fast.attributes.columns.size(); ++c)
        expectSameColumns(fast.attributes.columns[c], gdal.attributes.columns[c]);
}

void expectSameResults(const Result<VectorFile>& fast, const Result<VectorFile>& gdal) {
    ASSERT_EQ(fast.ok(), gdal.ok()) << (fast.ok() ? gdal.error().message : fast.error().message);
    if (!fast.ok()) {
        EXPECT_EQ(fast.error().message, gdal.error().message);
        return;
    }
    EXPECT_EQ(fast->path, gdal->path);
    EXPECT_EQ(fast->driver, gdal->driver);
    ASSERT_EQ(fast->layers.size(), gdal->layers.size());
    for (size_t l = 0; l < fast->layers.size(); ++l) expectSameLayers(fast->layers[l], gdal->layers[l]);
}

ReadOptions throughGdal(ReadOptions options) {
    options.fastGeoJson = false;
    return options;
}

// Reads `path` without GDAL, which must take it, and through GDAL: the same file or the same error.
// Returns the file read without GDAL.
Result<VectorFile> expectReadAlike(const std::string& path, const ReadOptions& options = {}) {
    std::optional<Result<VectorFile>> fast = readGeoJsonFast(path, options);
    if (!fast) {
        ADD_FAILURE() << path << ": left to GDAL";
        return Error{"left to GDAL"};
    }
    expectSameResults(*fast, readVectorFile(path, throughGdal(options)));
    return std::move(*fast);
}

// `path` is left to GDAL, and readVectorFile reads it as it always did.
void expectLeftToGdal(const std::string& path, const ReadOptions& options = {}) {
    EXPECT_FALSE(readGeoJsonFast(path, options).has_value()) << path << " was not left to GDAL";
    expectSameResults(readVectorFile(path, options), readVectorFile(path, throughGdal(options)));
}

std::string feature(const std::string& geometry, const std::string& properties = "{}",
                    const std::string& members = "") {
    return R"({"type":"Feature")" + members + R"(,"properties":)" + properties + R"(,"geometry":)" +
           geometry + "}";
}

std::string point(const std::string& coordinates) {
    return R"({"type":"Point","coordinates":)" + coordinates + "}";
}

std::string collection(const std::vector<std::string>& features, const std::string& members = "") {
    std::string text = R"({"type":"FeatureCollection",)" + members + R"("features":[)";
    for (size_t i = 0; i < features.size(); ++i) text += (i ? ",\n" : "\n") + features[i];
    return text + "\n]}\n";
}

class GeoJsonReading : public ::testing::Test {
protected:
    TempFolder dir{"bashu-geojson-reading"};
};

// ---------------------------------------------------------------------------------------------
// Geometry

const char* const kPoint = R"({"type":"Point","coordinates":[104.06,30.67]})";
const char* const kMultiPoint = R"({"type":"MultiPoint","coordinates":[[104,30],[105,31],[106.5,29.25]]})";
const char* const kLine = R"({"type":"LineString","coordinates":[[104,30],[104.5,30.5],[105,30]]})";
const char* const kMultiLine =
    R"({"type":"MultiLineString","coordinates":[[[104,30],[105,31]],[[106,29],[106.5,29.5],[107,29]]]})";
const char* const kPolygonWithHoles =
    R"({"type":"Polygon","coordinates":[[[100,0],[110,0],[110,10],[100,10],[100,0]],)"
    R"([[102,2],[102,4],[104,4],[104,2],[102,2]],[[106,6],[106,8],[108,8],[108,6],[106,6]]]})";
const char* const kMultiPolygon =
    R"({"type":"MultiPolygon","coordinates":[[[[120,0],[121,0],[121,1],[120,1],[120,0]]],)"
    R"([[[122,0],[124,0],[124,2],[122,2],[122,0]],[[122.5,0.5],[122.5,1.5],[123.5,1.5],[123.5,0.5],[122.5,0.5]]]]})";

TEST_F(GeoJsonReading, EveryGeometryTypeInOneCollection) {
    const std::string path =
        dir.write("mixed.geojson",
                  collection({feature(kPoint), feature(kMultiPoint), feature(kLine), feature(kMultiLine),
                              feature(kPolygonWithHoles), feature(kMultiPolygon), feature("null"),
                              feature(kPolygonWithHoles), R"({"type":"Feature","properties":{}})"}));
    const Result<VectorFile> file = expectReadAlike(path);
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->layers.size(), 3u) << "a layer per kind";
    const Layer& polygons = file->layers[0];
    EXPECT_EQ(polygons.name, "mixed (polygons)");
    EXPECT_EQ(polygons.geometry.kind, GeometryKind::Polygon);
    EXPECT_EQ(polygons.fileFeatures, (std::vector<uint32_t>{4, 5, 6, 7, 8}))
        << "with the features without geometry: three polygons outnumber two of each other kind";
    EXPECT_EQ(polygons.report.skipped, 0u);
    EXPECT_EQ(polygons.report.nullGeometries, 2u) << "null and missing";
    EXPECT_EQ(polygons.geometry.partCount(), 4u);
    EXPECT_EQ(polygons.geometry.ringCount(), 3u + 1u + 2u + 3u);
    EXPECT_EQ(file->layers[1].name, "mixed (lines)");
    EXPECT_EQ(file->layers[1].fileFeatures, (std::vector<uint32_t>{2, 3}));
    EXPECT_EQ(file->layers[1].geometry.partCount(), 1u + 2u);
    EXPECT_EQ(file->layers[2].name, "mixed (points)");
    EXPECT_EQ(file->layers[2].fileFeatures, (std::vector<uint32_t>{0, 1}));
    for (const Layer& layer : file->layers)
        EXPECT_EQ(layer.report.warnings, std::vector<std::string>{}) << layer.name;
}

TEST_F(GeoJsonReading, EachGeometryTypeAlone) {
    for (const char* geometry : {kPoint, kMultiPoint, kLine, kMultiLine, kPolygonWithHoles, kMultiPolygon}) {
        SCOPED_TRACE(geometry);
        const std::string path = dir.write(
            "one_type.geojson", collection({feature(geometry), feature("null"), feature(geometry)}));
        const Result<VectorFile> file = expectReadAlike(path);
        ASSERT_TRUE(file.ok());
        EXPECT_EQ(file->layers[0].report.skipped, 0u);
        EXPECT_EQ(file->layers[0].geometry.featureCount(), 3u);
    }
}

TEST_F(GeoJsonReading, LinesNeedNotCloseRingsMayCloseOnMinusZero) {
    expectReadAlike(dir.write(
        "open_lines.geojson",
        collection({feature(kLine), feature(kMultiLine),
                    feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[-0.0,0]]]})")})));
}

TEST_F(GeoJsonReading, PolygonsAndMultiPolygonsMakeAMixedLayerOfOneKind) {
    const std::string path =
        dir.write("polygons.geojson",
                  collection({feature(kMultiPolygon), feature(kPolygonWithHoles), feature(kMultiPolygon)}));
    const Result<VectorFile> file = expectReadAlike(path);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->layers[0].geometry.partCount(), 5u);
}

TEST_F(GeoJsonReading, ZIsDroppedAndA3DLayerIsInWgs84With3DAxes) {
    const std::string polygonZ =
        R"({"type":"Polygon","coordinates":[[[104,30,500],[105,30,510],[105,31,520],[104,30,500]]]})";
    const std::string lineZ = R"({"type":"LineString","coordinates":[[104,30,1],[105,31,2]]})";
    const std::string path3d = dir.write("z.geojson", collection({feature(polygonZ), feature(polygonZ)}));
    const Result<VectorFile> file = expectReadAlike(path3d);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file->layers[0].epsg, 4979);
    EXPECT_EQ(file->layers[0].geometry.xy,
              (std::vector<double>{104, 30, 105, 30, 105, 31, 104, 30, 104, 30, 105, 30, 105, 31, 104, 30}));

    // A 2D geometry in a 3D layer of its type, a 3D one raising a 2D layer, 3D among other types.
    expectReadAlike(dir.write("z_then_2d.geojson", collection({feature(lineZ), feature(kLine)})));
    expectReadAlike(dir.write("2d_then_z.geojson", collection({feature(kLine), feature(lineZ)})));
    expectReadAlike(dir.write("z_among_types.geojson", collection({feature(lineZ), feature(kPoint)})));
    const Result<VectorFile> crs84 = expectReadAlike(dir.write(
        "z_crs84.geojson",
        collection({feature(lineZ)},
                   R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},)")));
    ASSERT_TRUE(crs84.ok());
    EXPECT_EQ(crs84->layers[0].epsg, 4326) << "CRS84 named: 2D WGS 84 even for 3D coordinates";
}

TEST_F(GeoJsonReading, InvalidPolygonsAreNamedByTheirFeatureIds) {
    const std::string bowTie = R"({"type":"Polygon","coordinates":[[[0,20],[10,30],[10,20],[0,30],[0,20]]]})";
    const std::string path = dir.write(
        "ids.geojson",
        collection({feature(kPolygonWithHoles, "{}", R"(,"id":7)"), feature(bowTie, "{}", R"(,"id":42)"),
                    feature(kPoint, "{}", R"(,"id":3000000000)")}));
    const Result<VectorFile> file = expectReadAlike(path);
    ASSERT_TRUE(file.ok());
    const std::vector<std::string>& warnings = file->layers[0].report.warnings;
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const std::string& w) {
        return w.rfind("feature 42: invalid geometry", 0) == 0;
    }));
    ASSERT_EQ(file->layers.size(), 2u);
    EXPECT_EQ(file->layers[1].name, "ids (points)") << "the point a layer of its own, not skipped";
}

TEST_F(GeoJsonReading, ProjectedLookingCoordinatesAndCoordinatesPastThePoles) {
    expectReadAlike(dir.write("projected.geojson", collection({feature(point("[3.55e7,3.4e6]"))})));
    expectReadAlike(dir.write("past_poles.geojson", collection({feature(point("[104,95.5]"))})));
    expectReadAlike(dir.write("nothing.geojson", collection({})));
    expectReadAlike(dir.write("all_null.geojson", collection({feature("null"), feature("null")})));
}

// ---------------------------------------------------------------------------------------------
// Properties

TEST_F(GeoJsonReading, PropertiesOfEveryKind) {
    const std::string path = dir.write(
        "properties.geojson",
        collection(
            {feature(kPoint,
                     R"({"int":1,"big":3000000000,"real":2.5,"exp":1e5,"zero":-0,"negzero":-0.0,)"
                     R"("tiny":1e-400,"subnormal":4.9406564584124654e-324,"precise":0.30000000000000004,)"
                     R"("beyond53":9007199254740993,"huge":9.2e18,"nulls":null,"text":"成都市",)"
                     R"("escapes":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00 Ab","empty":"","flag":true,)"
                     R"("flagint":false,"flagreal":true,"intreal":1,"realint":1.5})"),
             feature(kPoint,
                     R"({"int":-2147483648,"big":-1,"real":-1e-3,"exp":2.5E+10,"zero":0,"negzero":0,)"
                     R"("tiny":-1e-400,"subnormal":2.2250738585072011e-308,"precise":1.7976931348623157e308,)"
                     R"("beyond53":-9223372036854775807,"huge":1,"nulls":null,"text":null,"escapes":"x",)"
                     R"("empty":null,"flag":false,"flagint":7,"flagreal":0.25,"intreal":0.5,"realint":2})"),
             feature(kPoint, "null"), feature(kPoint, "{}")}));
    const Result<VectorFile> file = expectReadAlike(path);
    ASSERT_TRUE(file.ok());
    const AttributeTable& attributes = file->layers[0].attributes;
    EXPECT_EQ(attributes.find("big")->type, FieldType::Integer);
    EXPECT_EQ(attributes.find("intreal")->type, FieldType::Real);
    EXPECT_EQ(attributes.find("nulls")->type, FieldType::String);
    EXPECT_TRUE(std::signbit(attributes.find("negzero")->numbers[0])) << "-0.0 is a real minus zero";
    EXPECT_FALSE(std::signbit(attributes.find("zero")->numbers[0])) << "-0 is the integer 0";
    EXPECT_EQ(attributes.find("escapes")->strings[0], "\"\\/\b\f\n\r\t\xC3\xA9\xF0\x9F\x98\x80 Ab");
}

TEST_F(GeoJsonReading, DifferingPropertySetsComeInGdalsFieldOrder) {
    // GDAL orders fields by the order keys follow one another in features (a succession that
    // would close a cycle ignored), ties by name: c before a, as c came before a in a feature.
    const std::string path =
        dir.write("order.geojson",
                  collection({feature(kPoint, R"({"a":1,"b":"x"})"), feature(kPoint, R"({"c":1.5,"a":2})"),
                              feature(kPoint, R"({"b":"y","d":true,"e":null,"f":null})"),
                              feature(kPoint, R"({"f":3000000000,"d":false,"g":-0,"z":1,"y":2})"),
                              feature(kPoint, R"({"y":3,"x":4,"b":"z"})"), feature(kPoint, R"({"j":5})")}));
    const Result<VectorFile> file = expectReadAlike(path);
    ASSERT_TRUE(file.ok());
    std::vector<std::string> names;
    for (const Column& column : file->layers[0].attributes.columns) names.push_back(column.name);
    EXPECT_EQ(names, (std::vector<std::string>{"c", "a", "b", "d", "e", "f", "g", "j", "z", "y", "x"}));
}

TEST_F(GeoJsonReading, OnlyTheFieldsAskedForUnlessOneIsMissing) {
    const std::string path = dir.write(
        "fields.geojson",
        collection({feature(kPoint, R"({"a":1,"b":"x","Cc":2.5})"), feature(kPoint, R"({"b":"y"})")}));
    ReadOptions some;
    some.fields = std::vector<std::string>{"Cc", "b"};
    const Result<VectorFile> file = expectReadAlike(path, some);
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->layers[0].attributes.columns.size(), 2u);
    EXPECT_EQ(file->layers[0].attributes.columns[0].name, "b") << "in the layer's order";

    ReadOptions missing;
    missing.fields = std::vector<std::string>{"b", "nowhere"};
    const Result<VectorFile> all = expectReadAlike(path, missing);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->layers[0].attributes.columns.size(), 3u);

    // GDAL finds a field in any case, then keeps the fields named exactly: none here.
    ReadOptions otherCase;
    otherCase.fields = std::vector<std::string>{"CC"};
    expectReadAlike(path, otherCase);
    ReadOptions none;
    none.fields = std::vector<std::string>{};
    expectReadAlike(path, none);
}

TEST_F(GeoJsonReading, FeatureIdsFromPropertiesOrInSequence) {
    // An integer "id" property is GDAL's FID column; other ids leave features numbered in order.
    expectReadAlike(dir.write("property_ids.geojson", collection({feature(kPoint, R"({"id":10,"v":1})"),
                                                                  feature(kPoint, R"({"v":2,"id":4})")})));
    expectReadAlike(dir.write("text_ids.geojson", collection({feature(kPoint, R"({"id":"a"})"),
                                                              feature(kPoint, R"({"id":"b"})")})));
    expectReadAlike(dir.write("real_ids.geojson", collection({feature(kPoint, R"({"id":1.5})"),
                                                              feature(kPoint, R"({"id":null})")})));
}

// ---------------------------------------------------------------------------------------------
// The layer, the options

TEST_F(GeoJsonReading, MembersInAnyOrder) {
    // GDAL finds "type" anywhere in the first bytes; "name" and "crs" may follow the features.
    const std::string text =
        R"({"features":[)" + feature(kPoint) +
        R"(],"crs":{"properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"},"type":"name"},)"
        R"("type":"FeatureCollection","name":"last"})";
    expectReadAlike(dir.write("members.geojson", text));
    expectReadAlike(
        dir.write("spaced.geojson", " \n\t{ \"type\" : \"FeatureCollection\" , \"features\" : [ " +
                                        feature(kPoint) + " , " + feature(kLine) + " ] }\r\n"));
}

TEST_F(GeoJsonReading, TheLayerIsNamedByTheNameMemberOrTheFile) {
    const std::vector<std::string> features{feature(kPoint)};
    const Result<VectorFile> named =
        expectReadAlike(dir.write("a.geojson", collection(features, R"("name":"区县",)")));
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(named->layers[0].name, "区县");
    std::string late = collection(features);
    late.insert(late.rfind('}'), R"(,"name":"late","bbox":[104,30,104,30])");
    const Result<VectorFile> lateNamed = expectReadAlike(dir.write("b.geojson", late));
    ASSERT_TRUE(lateNamed.ok());
    EXPECT_EQ(lateNamed->layers[0].name, "late");
    const Result<VectorFile> unnamed = expectReadAlike(dir.write("counties.v2.json", collection(features)));
    ASSERT_TRUE(unnamed.ok());
    EXPECT_EQ(unnamed->layers[0].name, "counties.v2");
    expectReadAlike(dir.write("c.geojson", collection(features, R"("name":"",)")));
}

TEST_F(GeoJsonReading, ALayerNameInAnyCaseOrAnError) {
    const std::string path =
        dir.write("named.geojson", collection({feature(kPoint)}, R"("name":"Counties",)"));
    ReadOptions options;
    options.layerName = "COUNTIES";
    const Result<VectorFile> file = expectReadAlike(path, options);
    ASSERT_TRUE(file.ok());
    options.layerName = "districts";
    const Result<VectorFile> missing = expectReadAlike(path, options);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, path + ": no layer named 'districts'");
}

TEST_F(GeoJsonReading, ProgressIsReportedAndCancelling) {
    std::vector<std::string> features(5000, feature(kLine, R"({"v":1})"));
    const std::string path = dir.write("progress.geojson", collection(features));
    ReadOptions options;
    std::vector<std::pair<size_t, size_t>> calls;
    options.progress = [&calls](size_t read, size_t total) {
        calls.emplace_back(read, total);
        return true;
    };
    const std::optional<Result<VectorFile>> read = readGeoJsonFast(path, options);
    ASSERT_TRUE(read && read->ok());
    // As GDAL's path calls it: before every 4096th feature, with the count it knows up front.
    EXPECT_EQ(calls, (std::vector<std::pair<size_t, size_t>>{{0, 5000}, {4096, 5000}}));
    options.progress = [](size_t, size_t) { return false; };
    expectReadAlike(path, options);
    const std::optional<Result<VectorFile>> cancelled = readGeoJsonFast(path, options);
    ASSERT_TRUE(cancelled && !cancelled->ok());
    EXPECT_EQ(cancelled->error().message, path + ": loading cancelled");
}

TEST_F(GeoJsonReading, WithoutValidationAndThroughReadVectorFile) {
    const std::string bowTie = R"({"type":"Polygon","coordinates":[[[0,20],[10,30],[10,20],[0,30],[0,20]]]})";
    const std::string path = dir.write("bow_tie.json", collection({feature(bowTie)}));
    ReadOptions unchecked;
    unchecked.validate = false;
    expectReadAlike(path, unchecked);
    // readVectorFile takes the way without GDAL by default.
    const Result<VectorFile> byDefault = readVectorFile(path);
    ASSERT_TRUE(byDefault.ok());
    expectSameResults(byDefault, **readGeoJsonFast(path, {}));
}

// A file of many MB is cut into one stretch per core, the later ones' geometries held and handed
// on: ids in sequence continue across the cut, fields first seen after it join, kinds are counted
// over all of it.
TEST_F(GeoJsonReading, ALargeFileReadInStretchesIsReadAlike) {
    std::string sequence, ids;
    sequence.reserve(size_t(12) << 20);
    sequence = R"({"type":"FeatureCollection","name":"large","features":[)";
    ids = sequence;
    const size_t count = 60000;
    std::vector<size_t> bowTies;
    for (size_t i = 0; i < count; ++i) {
        const double x = 100 + double(i % 997) * 0.01, y = 20 + double(i / 997) * 0.01;
        const std::string ring = "[[" + std::to_string(x) + "," + std::to_string(y) + "],[" +
                                 std::to_string(x + 0.01) + "," + std::to_string(y) + "],[" +
                                 std::to_string(x + 0.01) + "," + std::to_string(y + 0.01) + "],[" +
                                 std::to_string(x) + "," + std::to_string(y) + "]]";
        std::string geometry = R"({"type":"Polygon","coordinates":[)" + ring + "]}";
        // Bow-ties only in the second half: their warnings name features of the held stretch.
        if (i > count / 2 && i % 997 == 5)
            geometry = R"({"type":"Polygon","coordinates":[[[0,20],[10,30],[10,20],[0,30],[0,20]]]})";
        if (i % 101 == 0) geometry = "null";
        if (i % 211 == 0) geometry = point("[" + std::to_string(x) + "," + std::to_string(y) + "]");
        if (geometry.find("[0,30]") != std::string::npos) bowTies.push_back(i);
        std::string properties =
            R"({"n":)" + std::to_string(i) + R"(,"name":"单元)" + std::to_string(i) + "\"";
        if (i > count * 3 / 4) properties += R"(,"late":)" + std::to_string(double(i) / 7);
        properties += "}";
        const std::string separator = i ? ",\n" : "\n";
        sequence += separator + feature(geometry, properties);
        ids += separator + feature(geometry, properties, R"(,"id":)" + std::to_string(count * 2 - i));
    }
    sequence += "]}";
    ids += "]}";
    ASSERT_GT(sequence.size(), size_t(8) << 20) << "large enough for two stretches of 4 MB";
    const Result<VectorFile> file = expectReadAlike(dir.write("sequence.geojson", sequence));
    ASSERT_TRUE(file.ok());
    ASSERT_EQ(file->layers.size(), 2u) << "polygons, and the points among them";
    const size_t points = (count + 210) / 211;
    EXPECT_EQ(file->layers[0].report.featuresRead, count - points) << "with the null geometries";
    EXPECT_EQ(file->layers[1].report.featuresRead, points);
    EXPECT_EQ(file->layers[1].fileFeatures.back(), (points - 1) * 211) << "as the file numbers them";
    EXPECT_EQ(file->layers[0].report.invalidGeometries, bowTies.size());
    const std::vector<std::string>& warnings = file->layers[0].report.warnings;
    const std::string firstBowTie = "feature " + std::to_string(bowTies.front()) + ": invalid geometry";
    EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) {
        return w.rfind(firstBowTie, 0) == 0;
    })) << firstBowTie;
    expectReadAlike(dir.write("ids.geojson", ids));
}

// ---------------------------------------------------------------------------------------------
// What is left to GDAL

TEST_F(GeoJsonReading, WhatGdalReadsItsOwnWayIsLeftToIt) {
    const std::map<std::string, std::string> files{
        {"crs_3857", collection({feature(point("[1.2e7,3.5e6]"))},
                                R"("crs":{"type":"name","properties":{"name":"EPSG:3857"}},)")},
        {"crs_4326_named",
         collection({feature(kPoint)}, R"("crs":{"type":"name","properties":{"name":"EPSG:4326"}},)")},
        {"geometry_collection",
         collection({feature(
             R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]}]})")})},
        {"date", collection({feature(kPoint, R"({"d":"2023-01-31"})")})},
        {"date_slashes", collection({feature(kPoint, R"({"d":"2023/01/31"})")})},
        {"time", collection({feature(kPoint, R"({"t":"12:30"})")})},
        {"datetime", collection({feature(kPoint, R"({"t":" 2023-01-31T12:30:00Z"})")})},
        {"not_a_date_but_like_one", collection({feature(kPoint, R"({"t":"1-9"})")})},
        {"text_then_number", collection({feature(kPoint, R"({"v":"a"})"), feature(kPoint, R"({"v":1})")})},
        {"number_then_text", collection({feature(kPoint, R"({"v":1})"), feature(kPoint, R"({"v":"a"})")})},
        {"boolean_then_text",
         collection({feature(kPoint, R"({"v":true})"), feature(kPoint, R"({"v":"a"})")})},
        {"array_property", collection({feature(kPoint, R"({"v":[1,2]})")})},
        {"object_property", collection({feature(kPoint, R"({"v":{"a":1}})")})},
        {"nan_coordinate", collection({feature(point("[NaN,30]"))})},
        {"infinite_number", collection({feature(kPoint, R"({"v":1e400})")})},
        {"int64_max", collection({feature(kPoint, R"({"v":9223372036854775807})")})},
        {"past_int64", collection({feature(kPoint, R"({"v":18446744073709551616})")})},
        {"huge_integer_coordinate", collection({feature(point("[9223372036854775807,1]"))})},
        {"empty_coordinates", collection({feature(R"({"type":"Polygon","coordinates":[]})")})},
        {"empty_ring", collection({feature(R"({"type":"Polygon","coordinates":[[]]})")})},
        {"one_number_position", collection({feature(point("[1]"))})},
        {"four_number_position", collection({feature(point("[1,2,3,4]"))})},
        // Found by fuzzing: GDAL's KML driver, tried before GeoJSON, claims a file by a "<kml"
        // in its first bytes (and fails to read it).
        {"kml_in_a_property", collection({feature(kPoint, R"({"a":"<kml xmlns="})")})},
        // Found by fuzzing: GDAL warns of a polygon's ring whose ends differ.
        {"unclosed_ring",
         collection({feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})")})},
        {"unclosed_ring_in_z",
         collection({feature(R"({"type":"Polygon","coordinates":[[[0,0,1],[1,0,1],[0,0,2]]]})")})},
        {"unclosed_hole",
         collection({feature(
             R"({"type":"MultiPolygon","coordinates":[[[[0,0],[9,0],[9,9],[0,0]],[[1,1],[2,1],[2,2],[1,1.5]]]]})")})},
        {"z_after_no_z", collection({feature(R"({"type":"LineString","coordinates":[[1,2],[3,4,5]]})")})},
        {"no_z_after_z", collection({feature(R"({"type":"LineString","coordinates":[[1,2,9],[3,4]]})")})},
        {"wrong_nesting", collection({feature(R"({"type":"LineString","coordinates":[1,2]})")})},
        {"lower_case_type", collection({feature(R"({"type":"point","coordinates":[1,2]})")})},
        {"geometry_crs", collection({feature(R"({"type":"Point","coordinates":[1,2],"crs":null})")})},
        {"feature_type_lower_case", collection({R"({"type":"feature","properties":{},"geometry":null})"})},
        {"feature_without_type", collection({R"({"properties":{},"geometry":null})"})},
        {"properties_array", collection({feature(kPoint, "[]")})},
        {"duplicate_property", collection({feature(kPoint, R"({"a":1,"a":2})")})},
        {"duplicate_member", collection({feature(kPoint, "{}", R"(,"geometry":null)")})},
        {"foreign_member", collection({feature(kPoint, "{}", R"(,"foo":3)")})},
        {"id_without_properties", collection({R"({"type":"Feature","id":5,"geometry":null})"})},
        {"negative_id", collection({feature(kPoint, "{}", R"(,"id":-1)")})},
        {"text_id", collection({feature(kPoint, "{}", R"(,"id":"a")")})},
        {"some_ids", collection({feature(kPoint, "{}", R"(,"id":1)"), feature(kPoint)})},
        {"repeated_ids",
         collection({feature(kPoint, "{}", R"(,"id":1)"), feature(kPoint, "{}", R"(,"id":1)")})},
        {"id_and_id_property", collection({feature(kPoint, R"({"id":9})", R"(,"id":1)")})},
        {"negative_id_property", collection({feature(kPoint, R"({"id":-3})")})},
        {"boolean_id_property", collection({feature(kPoint, R"({"id":true})")})},
        {"some_id_properties", collection({feature(kPoint, R"({"id":3})"), feature(kPoint, R"({"b":1})")})},
        {"empty_key", collection({feature(kPoint, R"({"":1})")})},
        {"nul_in_text", collection({feature(kPoint, R"({"a":"x\u0000y"})")})},
        {"not_utf8", collection({feature(kPoint, "{\"name\":\"\xB3\xC9\xB6\xBC\"}")})},
        {"unknown_member", collection({feature(kPoint)}, R"("metadata":{},)")},
        {"name_not_text", collection({feature(kPoint)}, R"("name":5,)")},
        {"escaped_key", R"({"type":"FeatureCollection","feat\u0075res":[]})"},
        {"single_feature", feature(kPoint)},
        {"topojson", R"({"type":"Topology","objects":{},"arcs":[]})"},
        {"trailing_text", collection({feature(kPoint)}) + "x"},
        {"byte_order_mark", "\xEF\xBB\xBF" + collection({feature(kPoint)})},
        {"trailing_comma", R"({"type":"FeatureCollection","features":[)" + feature(kPoint) + ",]}"},
        {"type_beyond_first_bytes", R"({"features":[)" +
                                        feature(kPoint, R"({"note":")" + std::string(6000, 'x') + R"("})") +
                                        R"(],"type":"FeatureCollection"})"},
    };
    for (const auto& [name, text] : files) {
        SCOPED_TRACE(name);
        expectLeftToGdal(dir.write(name + ".geojson", text));
    }
    ReadOptions filtered;
    filtered.attributeFilter = "v > 1";
    expectLeftToGdal(dir.write("filtered.geojson", collection({feature(kPoint, R"({"v":1})")})), filtered);
}

// ---------------------------------------------------------------------------------------------
// The built-in data and the corpus of odd inputs

TEST(GeoJsonFiles, BuiltInDataAndCorpusReadAlikeBothWays) {
    // Left to GDAL, and why: every .json there (map documents and other JSON that is no
    // FeatureCollection); a folder and an empty file (refused before any reader looks); JSON that
    // is broken (malformed, truncated), nested past any geometry (deep_nesting) or not strict
    // (NaN and Infinity coordinates); empty coordinate arrays (null_and_empty_geometry); polygon
    // rings not closed (GDAL warns of each; the layer builder closes them after either reader).
    const std::set<std::string> leftToGdal{"a_folder.geojson",
                                           "deep_nesting.geojson",
                                           "empty.geojson",
                                           "infinite_coordinates.geojson",
                                           "malformed.geojson",
                                           "nan_coordinates.geojson",
                                           "null_and_empty_geometry.geojson",
                                           "truncated.geojson",
                                           "unclosed_rings.geojson"};
    size_t read = 0;
    for (const char* folder : {BASHU_GEODATA, BASHU_CORPUS_INPUTS}) {
        for (const auto& entry : std::filesystem::directory_iterator(folder)) {
            const std::string name = entry.path().filename().string();
            const std::string extension = entry.path().extension().string();
            if (extension != ".geojson" && extension != ".json") continue;
            SCOPED_TRACE(entry.path().string());
            if (extension == ".json" || leftToGdal.count(name)) {
                expectLeftToGdal(entry.path().string());
            } else {
                expectReadAlike(entry.path().string());
                ++read;
            }
        }
    }
    EXPECT_GE(read, 7u + 9u) << "every built-in layer and the corpus' readable GeoJSON without GDAL";
}

}  // namespace
}  // namespace bashu
