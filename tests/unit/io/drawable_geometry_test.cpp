// What the reader does with geometry that cannot be drawn as it stands: rings left open are
// closed, and a layer with nothing to draw says why (for info to warn and render to refuse it).
#include <gtest/gtest.h>

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

Layer readOnly(const std::string& path, const ReadOptions& options = {}) {
    Result<VectorFile> file = readVectorFile(path, options);
    EXPECT_TRUE(file.ok()) << (file.ok() ? "" : file.error().message);
    if (!file.ok() || file->layers.empty()) return {};
    return file->layers.front();
}

class DrawableGeometry : public ::testing::Test {
protected:
    TempFolder dir{"bashu-drawable-geometry"};

    // A GeoPackage layer of polygons given as WKT (nullptr: no geometry), read back by the
    // Arrow stream's WKB decoder.
    std::string geoPackage(std::initializer_list<const char*> polygons) {
        const std::string path = dir.file("units.gpkg");
        GDALDatasetUniquePtr ds = createVectorFile("GPKG", path);
        EXPECT_TRUE(ds);
        OGRSpatialReference wgs84 = srsFromEpsg(4326);
        OGRLayer* layer = ds->CreateLayer("units", &wgs84, wkbPolygon, nullptr);
        addFields(*layer, {{"pop", OFTInteger}});
        long long pop = 1;
        for (const char* wkt : polygons) addFeature(*layer, wkt, {pop++});
        return path;
    }
};

TEST_F(DrawableGeometry, RingsLeftOpenInGeoJsonAreClosedAndReported) {
    const std::string path = dir.write("open.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31]], [[104.2, 30.2], [104.4, 30.2], [104.4, 30.4]]]}},
{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 30]]]}}
]})");
    const Layer layer = readOnly(path);
    EXPECT_EQ(layer.report.ringsClosed, 2u);
    EXPECT_EQ(layer.geometry.ringOffsets, (std::vector<uint32_t>{0, 5, 9, 13}));
    const std::span<const double> outer = layer.geometry.ring(0), hole = layer.geometry.ring(1);
    EXPECT_EQ((std::vector<double>(outer.end() - 2, outer.end())), (std::vector<double>{104, 30}));
    EXPECT_EQ((std::vector<double>(hole.end() - 2, hole.end())), (std::vector<double>{104.2, 30.2}));
    EXPECT_EQ(layer.report.invalidGeometries, 0u);
    EXPECT_EQ(
        layer.report.warnings,
        (std::vector<std::string>{"feature 0: 2 rings not closed, closed by repeating the first position"}))
        << "GDAL's own warning (with its configuration option) is left out";
}

TEST_F(DrawableGeometry, RingsLeftOpenInAGeoPackageAreClosed) {
    const std::string path = geoPackage({"POLYGON ((0 0,1 0,1 1,0 1,0 0))", "POLYGON ((2 0,3 0,3 1))"});
    const Layer layer = readOnly(path);
    EXPECT_EQ(layer.report.ringsClosed, 1u);
    EXPECT_EQ(layer.geometry.ring(1).size(), 8u) << "three positions and the first again";
    EXPECT_EQ(layer.geometry.xy.back(), 0.0);
    EXPECT_EQ(
        layer.report.warnings,
        (std::vector<std::string>{"feature 2: 1 ring not closed, closed by repeating the first position"}));
}

TEST_F(DrawableGeometry, ALayerOfNullAndEmptyGeometriesSaysItHasNothingToDraw) {
    const std::string path = geoPackage({nullptr, "POLYGON EMPTY", nullptr});
    const Layer layer = readOnly(path);
    EXPECT_EQ(layer.report.nothingToDraw, "no geometries to draw: 2 null, 1 empty");
    EXPECT_EQ(layer.report.warnings, (std::vector<std::string>{layer.report.nothingToDraw}));
}

TEST_F(DrawableGeometry, ALayerWithoutFeaturesSaysSo) {
    const std::string path = geoPackage({});
    EXPECT_EQ(readOnly(path).report.nothingToDraw, "no geometries to draw: the layer has no features");
}

TEST_F(DrawableGeometry, AFilterThatMatchesNothingIsNamed) {
    const std::string path = geoPackage({"POLYGON ((0 0,1 0,1 1,0 1,0 0))"});
    ReadOptions options;
    options.attributeFilter = "pop > 100";
    const Layer layer = readOnly(path, options);
    EXPECT_EQ(layer.report.nothingToDraw, "no geometries to draw: no feature matches the filter 'pop > 100'");
    EXPECT_EQ(layer.report.warnings, (std::vector<std::string>{layer.report.nothingToDraw}));
}

TEST_F(DrawableGeometry, ALayerThatDrawsSaysNothing) {
    const Layer layer = readOnly(geoPackage({nullptr, "POLYGON ((0 0,1 0,1 1,0 1,0 0))"}));
    EXPECT_TRUE(layer.report.nothingToDraw.empty());
    EXPECT_TRUE(layer.report.warnings.empty());
}

TEST_F(DrawableGeometry, ATableSaysWhyWithoutAWarning) {
    // A table is read to be joined, as it should be; whoever asked to draw it warns.
    const Layer table = readOnly(dir.write("values.csv", "code,gdp\nA,1.5\n"));
    EXPECT_TRUE(table.isTable);
    EXPECT_EQ(
        table.report.nothingToDraw,
        "a table without geometry, nothing to draw; join it to a layer instead (a map document's \"join\")");
    EXPECT_TRUE(table.report.warnings.empty());
}

}  // namespace
}  // namespace bashu
