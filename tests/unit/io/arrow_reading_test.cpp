// Reading through GDAL's Arrow stream gives exactly what reading feature by feature gives.
#include <gtest/gtest.h>

#include <cmath>

#include "io/vector_reader.h"
#include "support/temp_folder.h"
#include "unit/io/vector_fixtures.h"

namespace bashu {
namespace {

using testing::addFeature;
using testing::addFields;
using testing::createVectorFile;
using testing::srsFromEpsg;
using testing::TempFolder;

void expectSameColumns(const Column& a, const Column& b) {
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.type, b.type) << a.name;
    EXPECT_EQ(a.valid, b.valid) << a.name;
    EXPECT_EQ(a.strings, b.strings) << a.name;
    ASSERT_EQ(a.numbers.size(), b.numbers.size()) << a.name;
    for (size_t i = 0; i < a.numbers.size(); ++i)
        if (a.valid[i]) {
            EXPECT_EQ(a.numbers[i], b.numbers[i]) << a.name << " row " << i;
        }
}

void expectSameLayers(const Layer& a, const Layer& b) {
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.crs, b.crs);
    EXPECT_EQ(a.isTable, b.isTable);
    EXPECT_EQ(a.geometry.kind, b.geometry.kind);
    EXPECT_EQ(a.geometry.featureOffsets, b.geometry.featureOffsets);
    EXPECT_EQ(a.geometry.partOffsets, b.geometry.partOffsets);
    EXPECT_EQ(a.geometry.ringOffsets, b.geometry.ringOffsets);
    EXPECT_EQ(a.geometry.xy, b.geometry.xy);
    EXPECT_EQ(a.report.featuresRead, b.report.featuresRead);
    EXPECT_EQ(a.report.nullGeometries, b.report.nullGeometries);
    EXPECT_EQ(a.report.emptyGeometries, b.report.emptyGeometries);
    EXPECT_EQ(a.report.invalidGeometries, b.report.invalidGeometries);
    EXPECT_EQ(a.report.skipped, b.report.skipped);
    EXPECT_EQ(a.report.warnings, b.report.warnings);
    ASSERT_EQ(a.attributes.columns.size(), b.attributes.columns.size());
    for (size_t c = 0; c < a.attributes.columns.size(); ++c)
        expectSameColumns(a.attributes.columns[c], b.attributes.columns[c]);
}

// Reads a file both ways; the Arrow way must have been taken (GeoPackage makes its stream natively).
void expectBothWaysAlike(const std::string& path, ReadOptions options = {}) {
    options.arrowStream = true;
    Result<VectorFile> byArrow = readVectorFile(path, options);
    options.arrowStream = false;
    Result<VectorFile> byFeatures = readVectorFile(path, options);
    ASSERT_TRUE(byArrow.ok()) << byArrow.error().message;
    ASSERT_TRUE(byFeatures.ok()) << byFeatures.error().message;
    ASSERT_EQ(byArrow->layers.size(), byFeatures->layers.size());
    for (size_t i = 0; i < byArrow->layers.size(); ++i)
        expectSameLayers(byArrow->layers[i], byFeatures->layers[i]);
}

class ArrowReading : public ::testing::Test {
protected:
    TempFolder dir{"bashu-arrow-reading"};
};

TEST_F(ArrowReading, PolygonsWithEveryKindOfFieldNullAndEmptyGeometry) {
    const std::string path = dir.file("units.gpkg");
    {
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* layer = ds->CreateLayer("units", &wgs84, wkbMultiPolygon, nullptr);
        ASSERT_TRUE(layer);
        addFields(*layer,
                  {{"code", OFTInteger}, {"big", OFTInteger64}, {"gdp", OFTReal}, {"name", OFTString}});
        using S = std::string;
        using N = std::monostate;
        addFeature(*layer, "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)))",
                   {510100LL, 9000000000LL, 2.5e4, S("成都")});
        addFeature(*layer, "POLYGON ((20 0,21 0,21 1,20 1,20 0))", {N{}, N{}, N{}, N{}});
        addFeature(*layer, nullptr, {3LL, -1LL, 0.125, S("no geometry")});
        addFeature(*layer, "MULTIPOLYGON EMPTY", {4LL, 0LL, -0.0, S("")});
        addFeature(*layer, "POLYGON ((0 20,10 30,10 20,0 30,0 20))", {5LL, 5LL, 1e300, S("bow-tie")});
        addFeature(*layer, "POLYGON Z ((0 0 1,1 0 2,1 1 3,0 0 1))", {6LL, 6LL, 6.5, S("3D")});
    }
    expectBothWaysAlike(path);
    ReadOptions fields;
    fields.fields = std::vector<std::string>{"gdp"};
    expectBothWaysAlike(path, fields);
    ReadOptions filtered;
    filtered.attributeFilter = "code > 3";
    expectBothWaysAlike(path, filtered);
}

TEST_F(ArrowReading, MixedKindsCurvesTablesAndNonFiniteCoordinates) {
    const std::string path = dir.file("mixed.gpkg");
    {
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        ASSERT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* mixed = ds->CreateLayer("mixed", &wgs84, wkbUnknown, nullptr);
        ASSERT_TRUE(mixed);
        addFeature(*mixed, "POINT (1 2)");
        addFeature(*mixed, "LINESTRING (0 0,1 1,2 0)");
        addFeature(*mixed, "MULTILINESTRING ((0 0,1 1),(2 2,3 3))");
        addFeature(*mixed, "CIRCULARSTRING (0 0,1 1,2 0)");
        addFeature(*mixed, "GEOMETRYCOLLECTION (POINT (5 5),LINESTRING (0 0,9 9))");
        addFeature(*mixed, "MULTIPOINT (1 1,2 2)");
        {  // a line with a NaN coordinate, which WKT cannot write
            OGRFeature feature(mixed->GetLayerDefn());
            auto* line = new OGRLineString;
            line->addPoint(0, 0);
            line->addPoint(1, std::nan(""));
            feature.SetGeometryDirectly(line);
            ASSERT_EQ(mixed->CreateFeature(&feature), OGRERR_NONE);
        }
        OGRLayer* table = ds->CreateLayer("table", nullptr, wkbNone, nullptr);
        ASSERT_TRUE(table);
        addFields(*table, {{"v", OFTReal}});
        addFeature(*table, nullptr, {1.5});
        addFeature(*table, nullptr, {std::monostate{}});
    }
    expectBothWaysAlike(path);
    Result<VectorFile> file = readVectorFile(path);
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_EQ(file->layers.size(), 3u) << "the mixed layer's lines and points, and the table";
    const Layer& lines = file->layers[0];
    EXPECT_EQ(lines.name, "mixed (lines)");
    EXPECT_EQ(lines.geometry.kind, GeometryKind::Line);
    EXPECT_EQ(lines.featureCount(), 4u + 1u)
        << "three lines, the collection of a line, and the line with a NaN";
    EXPECT_EQ(lines.report.skipped, 1u) << "the line with a NaN, with the kind most features have";
    EXPECT_EQ(lines.fileFeatures, (std::vector<uint32_t>{1, 2, 3, 4, 6}));
    const Layer& points = file->layers[1];
    EXPECT_EQ(points.name, "mixed (points)");
    EXPECT_EQ(points.geometry.kind, GeometryKind::Point);
    EXPECT_EQ(points.geometry.partCount(), 1u + 2u);
    EXPECT_EQ(points.fileFeatures, (std::vector<uint32_t>{0, 5}));
    EXPECT_EQ(points.report.skipped, 0u);
    EXPECT_TRUE(file->layers[2].isTable);
}

}  // namespace
}  // namespace bashu
