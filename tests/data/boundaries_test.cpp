// Guards on the boundary layers of geodata/: counts, codes, circle membership, validity, tiling.
#include <cpl_error.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "geodata_files.h"

namespace bashu::data {
namespace {

bool inCircle(const std::string& value) { return value == "full" || value == "partial"; }

TEST(GeodataDistricts, Has221UnitsWithUniqueCodes) {
    const GeodataFile& districts = file("districts.geojson");
    ASSERT_EQ(districts.size(), 221u);
    std::map<std::string, size_t> perProvince;
    std::set<std::string> codes;
    for (size_t i = 0; i < districts.size(); ++i) {
        const std::string code = districts.text(i, "adcode");
        EXPECT_EQ(code.size(), 6u) << code;
        EXPECT_TRUE(codes.insert(code).second) << "adcode " << code << " appears twice";
        ++perProvince[districts.text(i, "province")];
    }
    EXPECT_EQ(perProvince["Sichuan"], 183u);
    EXPECT_EQ(perProvince["Chongqing"], 38u);
    EXPECT_EQ(perProvince.size(), 2u);
    EXPECT_EQ(districts.layer().geometry.kind, GeometryKind::Polygon);
}

TEST(GeodataDistricts, HoldEveryCountyLevelUnitOfTheMembershipTable) {
    const GeodataFile& membership = file("circle_membership.csv");
    const GeodataFile& districts = file("districts.geojson");
    const GeodataFile& prefectures = file("prefectures.geojson");
    size_t countyRows = 0, inCircleRows = 0;
    for (size_t i = 0; i < membership.size(); ++i) {
        const std::string code = membership.text(i, "adcode");
        const bool prefecture = membership.text(i, "level") == "prefecture";
        const GeodataFile& layer = prefecture ? prefectures : districts;
        const std::optional<size_t> row = layer.find("adcode", code);
        ASSERT_TRUE(row.has_value()) << code << " " << membership.text(i, "name_zh") << " missing from "
                                     << layer.name();
        EXPECT_EQ(layer.text(*row, "name_zh"), membership.text(i, "name_zh")) << code;
        EXPECT_EQ(layer.text(*row, "in_circle"), membership.text(i, "in_circle")) << code;
        EXPECT_EQ(layer.text(*row, "province"), membership.text(i, "province")) << code;
        if (!prefecture) {
            ++countyRows;
            if (inCircle(membership.text(i, "in_circle"))) ++inCircleRows;
        }
    }
    EXPECT_EQ(countyRows, districts.size()) << "every district is a membership row and the other way round";
    EXPECT_EQ(prefectures.size(), 22u);
    // 113 Sichuan counties (of the 15 cities) + 27 full and 2 partial Chongqing units.
    EXPECT_EQ(inCircleRows, 142u);
}

// GEOS validity of every stored geometry, checked on the file as written (readVectorFile would
// repair what it finds invalid, so the check uses OGR directly).
TEST(GeodataGeometry, EveryStoredGeometryIsValid) {
    GDALAllRegister();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const std::map<std::string, size_t> expected = {
        {"districts.geojson", 221},      {"prefectures.geojson", 22}, {"statistical_units.geojson", 59},
        {"circle.geojson", 1},           {"corridors.geojson", 37},   {"parks.geojson", 26},
        {"chongqing_groups.geojson", 30}};
    for (const auto& [name, count] : expected) {
        GDALDatasetUniquePtr dataset(
            GDALDataset::Open(geodataPath(name).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        ASSERT_TRUE(dataset) << name;
        ASSERT_EQ(dataset->GetLayerCount(), 1) << name;
        size_t features = 0, invalid = 0, missing = 0;
        for (auto& feature : *dataset->GetLayer(0)) {
            ++features;
            const OGRGeometry* g = feature->GetGeometryRef();
            if (!g || g->IsEmpty()) {
                ++missing;
            } else if (!g->IsValid()) {
                ++invalid;
                ADD_FAILURE() << name << ": feature " << feature->GetFID() << " is not valid";
            }
        }
        EXPECT_EQ(features, count) << name;
        EXPECT_EQ(invalid, 0u) << name;
        EXPECT_EQ(missing, 0u) << name;
        // And the program reads them without repairs or skips.
        const GeodataFile& read = file(name);
        EXPECT_EQ(read.layer().report.invalidGeometries, 0u) << name;
        EXPECT_EQ(read.layer().report.skipped, 0u) << name;
    }
    CPLPopErrorHandler();
}

// Each prefecture is the union of its county-level units, so its area (area_km2, ellipsoidal)
// must equal the sum of theirs. Observed: within 0.002 % everywhere. For Chongqing (+1.3 km2)
// that is partly a cancellation: its districts overlap by 13.0 km2 (counted twice in the sum)
// while the union fills 14.1 km2 of sliver gaps between them.
TEST(GeodataPrefectures, TileTheirCountyLevelUnits) {
    const GeodataFile& districts = file("districts.geojson");
    const GeodataFile& prefectures = file("prefectures.geojson");
    std::map<std::string, double> sum;
    std::map<std::string, size_t> count;
    for (size_t i = 0; i < districts.size(); ++i) {
        const std::string parent =
            districts.text(i, "province") == "Chongqing" ? "500000" : districts.text(i, "parent_adcode");
        sum[parent] += districts.number(i, "area_km2").value_or(0.0);
        ++count[parent];
    }
    ASSERT_EQ(prefectures.size(), 22u);
    for (size_t i = 0; i < prefectures.size(); ++i) {
        const std::string code = prefectures.text(i, "adcode");
        const double area = prefectures.number(i, "area_km2").value_or(0.0);
        ASSERT_GT(count[code], 0u) << code << " has no county-level units";
        EXPECT_NEAR(area, sum[code], 1e-4 * sum[code])
            << code << " " << prefectures.text(i, "name_zh") << ": " << area << " km2 vs " << sum[code]
            << " km2 in its " << count[code] << " units";
    }
    EXPECT_EQ(sum.size(), 22u) << "every district's parent is a prefecture of the file";
}

TEST(GeodataStatisticalUnits, AreSichuansPrefecturesAndChongqingsDistricts) {
    const GeodataFile& units = file("statistical_units.geojson");
    const GeodataFile& districts = file("districts.geojson");
    const GeodataFile& prefectures = file("prefectures.geojson");
    ASSERT_EQ(units.size(), 59u);
    size_t sichuan = 0, chongqing = 0;
    for (size_t i = 0; i < units.size(); ++i) {
        const std::string code = units.text(i, "adcode");
        const bool isSichuan = units.text(i, "province") == "Sichuan";
        (isSichuan ? sichuan : chongqing) += 1;
        const GeodataFile& source = isSichuan ? prefectures : districts;
        const std::optional<size_t> row = source.find("adcode", code);
        ASSERT_TRUE(row.has_value()) << code;
        EXPECT_EQ(units.number(i, "area_km2"), source.number(*row, "area_km2")) << code;
        if (isSichuan) {
            EXPECT_EQ(units.text(i, "level"), "prefecture") << code;
        }
    }
    EXPECT_EQ(sichuan, 21u);
    EXPECT_EQ(chongqing, 38u);
}

// The outline is the union of the 142 in-circle units: its area is their sum less the overlaps
// along the Sichuan/Chongqing border (counted twice in the sum) plus the gaps it fills. Observed:
// 189,353.0 km2 against a sum of 189,381.9 km2 (-0.015 %).
TEST(GeodataCircle, IsTheUnionOfTheInCircleUnits) {
    const GeodataFile& circle = file("circle.geojson");
    const GeodataFile& districts = file("districts.geojson");
    ASSERT_EQ(circle.size(), 1u);
    EXPECT_EQ(circle.text(0, "code"), "CCEC");
    EXPECT_EQ(circle.number(0, "county_units"), 142.0);
    EXPECT_EQ(circle.number(0, "sichuan_units"), 113.0);
    EXPECT_EQ(circle.number(0, "chongqing_units"), 29.0);
    EXPECT_EQ(circle.text(0, "partial_units_included_whole"), "500154 开州区;500235 云阳县");
    double sum = 0.0;
    for (size_t i = 0; i < districts.size(); ++i)
        if (inCircle(districts.text(i, "in_circle"))) sum += districts.number(i, "area_km2").value_or(0.0);
    const double area = circle.number(0, "area_km2").value_or(0.0);
    EXPECT_NEAR(sum, 189381.9, 0.05);
    EXPECT_NEAR(area, sum, 2e-4 * sum) << area << " km2 vs " << sum << " km2";
    EXPECT_LT(area, sum);
}

// Every in-circle unit lies inside the outline, every other unit outside it (tested at a point
// inside each unit).
TEST(GeodataCircle, ContainsExactlyTheInCircleUnits) {
    GDALAllRegister();
    auto open = [](const std::string& name) {
        return GDALDatasetUniquePtr(
            GDALDataset::Open(geodataPath(name).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    };
    GDALDatasetUniquePtr circleFile = open("circle.geojson"), districtFile = open("districts.geojson");
    ASSERT_TRUE(circleFile && districtFile);
    OGRFeatureUniquePtr outline(circleFile->GetLayer(0)->GetNextFeature());
    ASSERT_TRUE(outline && outline->GetGeometryRef());
    const OGRGeometry& circle = *outline->GetGeometryRef();
    size_t inside = 0;
    for (auto& district : *districtFile->GetLayer(0)) {
        const std::string code = district->GetFieldAsString("adcode");
        std::unique_ptr<OGRGeometry> point(
            OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(district->GetGeometryRef()))));
        ASSERT_TRUE(point) << code;
        const bool expected = inCircle(district->GetFieldAsString("in_circle"));
        EXPECT_EQ(circle.Contains(point.get()), expected)
            << code << " " << district->GetFieldAsString("name_zh");
        if (expected) ++inside;
    }
    EXPECT_EQ(inside, 142u);
}

}  // namespace
}  // namespace bashu::data
