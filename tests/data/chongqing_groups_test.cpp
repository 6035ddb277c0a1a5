// Guards on chongqing_groups.geojson: Chongqing's 38 county-level units with the central urban area
// (中心城区) dissolved into one feature, against districts.geojson and circle_membership.csv.
#include <cpl_error.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "geodata_files.h"

namespace bashu::data {
namespace {

// The nine districts circle_membership.csv marks "central urban area (中心城区)": 渝中, 大渡口, 江北,
// 沙坪坝, 九龙坡, 南岸, 北碚, 渝北, 巴南.
const std::vector<std::string> kCentralDistricts = {"500103", "500104", "500105", "500106", "500107",
                                                    "500108", "500109", "500112", "500113"};

std::optional<size_t> centralRow(const GeodataFile& groups) { return groups.find("group_id", "cq_central"); }

TEST(GeodataChongqingGroups, PartitionChongqingsCountyLevelUnits) {
    const GeodataFile& groups = file("chongqing_groups.geojson");
    const GeodataFile& districts = file("districts.geojson");
    ASSERT_EQ(groups.size(), 30u) << "the central urban area and 29 single units";
    std::map<std::string, size_t> seen;  // adcode -> number of groups listing it
    std::set<std::string> ids;
    for (size_t i = 0; i < groups.size(); ++i) {
        const std::string id = groups.text(i, "group_id");
        EXPECT_TRUE(ids.insert(id).second) << "group_id " << id << " appears twice";
        const std::vector<std::string> members = splitList(groups.text(i, "member_adcodes"));
        EXPECT_TRUE(std::is_sorted(members.begin(), members.end())) << id;
        EXPECT_EQ(groups.number(i, "member_count"), static_cast<double>(members.size())) << id;
        for (const std::string& code : members) {
            ++seen[code];
            const std::optional<size_t> row = districts.find("adcode", code);
            ASSERT_TRUE(row.has_value()) << id << ": member " << code << " is not in districts.geojson";
            EXPECT_EQ(districts.text(*row, "province"), "Chongqing") << id << ": member " << code;
        }
        if (members.size() == 1) {
            // A unit on its own: its own code, names, membership and area.
            const std::optional<size_t> row = districts.find("adcode", members.front());
            ASSERT_TRUE(row.has_value());
            EXPECT_EQ(id, members.front());
            EXPECT_EQ(groups.text(i, "name_zh"), districts.text(*row, "name_zh")) << id;
            EXPECT_EQ(groups.text(i, "name_en"), districts.text(*row, "name_en")) << id;
            EXPECT_EQ(groups.text(i, "in_circle"), districts.text(*row, "in_circle")) << id;
            EXPECT_EQ(groups.number(i, "area_km2"), districts.number(*row, "area_km2")) << id;
        }
    }
    size_t chongqing = 0;
    for (size_t i = 0; i < districts.size(); ++i) {
        if (districts.text(i, "province") != "Chongqing") continue;
        ++chongqing;
        const std::string code = districts.text(i, "adcode");
        EXPECT_EQ(seen[code], 1u) << code << " " << districts.text(i, "name_zh")
                                  << " must be in exactly one group";
    }
    EXPECT_EQ(chongqing, 38u);
    EXPECT_EQ(seen.size(), 38u) << "no group lists a unit outside Chongqing";
}

// The groups tile Chongqing: their areas add up to the 38 units'. Observed: 82,472.8 km2 against
// 82,472.5 km2 (the rounded values), because the central union fills 1.35 km2 of sliver gaps between
// its districts and counts their 1.01 km2 of overlaps once.
TEST(GeodataChongqingGroups, AreasAddUpToChongqingsUnits) {
    const GeodataFile& groups = file("chongqing_groups.geojson");
    const GeodataFile& districts = file("districts.geojson");
    std::map<std::string, double> unitArea;
    double units = 0.0;
    for (size_t i = 0; i < districts.size(); ++i) {
        if (districts.text(i, "province") != "Chongqing") continue;
        unitArea[districts.text(i, "adcode")] = districts.number(i, "area_km2").value_or(0.0);
        units += unitArea[districts.text(i, "adcode")];
    }
    double total = 0.0;
    for (size_t i = 0; i < groups.size(); ++i) {
        const double area = groups.number(i, "area_km2").value_or(0.0);
        EXPECT_GT(area, 0.0) << groups.text(i, "group_id");
        total += area;
        double members = 0.0;
        for (const std::string& code : splitList(groups.text(i, "member_adcodes"))) members += unitArea[code];
        EXPECT_NEAR(area, members, 1e-4 * members)
            << groups.text(i, "group_id") << ": " << area << " km2 vs " << members << " km2 in its units";
    }
    EXPECT_NEAR(total, units, 1e-4 * units) << total << " km2 vs " << units << " km2 in the 38 units";
}

TEST(GeodataChongqingGroups, CentralGroupIsTheCentralUrbanAreaOfTheMembershipTable) {
    const GeodataFile& groups = file("chongqing_groups.geojson");
    const GeodataFile& membership = file("circle_membership.csv");
    std::vector<std::string> marked;
    for (size_t i = 0; i < membership.size(); ++i)
        if (membership.text(i, "note").find("中心城区") != std::string::npos) {
            EXPECT_EQ(membership.text(i, "province"), "Chongqing") << membership.text(i, "adcode");
            marked.push_back(membership.text(i, "adcode"));
        }
    std::sort(marked.begin(), marked.end());
    EXPECT_EQ(marked, kCentralDistricts) << "circle_membership.csv marks other units as 中心城区";

    const std::optional<size_t> row = centralRow(groups);
    ASSERT_TRUE(row.has_value()) << "no group cq_central";
    EXPECT_EQ(splitList(groups.text(*row, "member_adcodes")), kCentralDistricts);
    EXPECT_EQ(groups.number(*row, "member_count"), 9.0);
    EXPECT_EQ(groups.text(*row, "name_zh"), "重庆市中心城区");
    EXPECT_EQ(groups.text(*row, "name_en"), "Central urban area of Chongqing");
    EXPECT_EQ(groups.text(*row, "in_circle"), "full");
    size_t grouped = 0;
    for (size_t i = 0; i < groups.size(); ++i)
        if (groups.number(i, "member_count").value_or(0.0) > 1.0) ++grouped;
    EXPECT_EQ(grouped, 1u) << "only the central urban area is a group of several units";
}

// The central feature covers its nine districts and no other Chongqing unit (tested at a point inside
// each unit).
TEST(GeodataChongqingGroups, CentralGeometryCoversExactlyItsDistricts) {
    GDALAllRegister();
    auto open = [](const std::string& name) {
        return GDALDatasetUniquePtr(
            GDALDataset::Open(geodataPath(name).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    };
    GDALDatasetUniquePtr groupFile = open("chongqing_groups.geojson"),
                         districtFile = open("districts.geojson");
    ASSERT_TRUE(groupFile && districtFile);
    std::unique_ptr<OGRGeometry> central;
    for (auto& group : *groupFile->GetLayer(0))
        if (std::string(group->GetFieldAsString("group_id")) == "cq_central" && group->GetGeometryRef())
            central.reset(group->GetGeometryRef()->clone());
    ASSERT_TRUE(central) << "no group cq_central with a geometry";
    size_t inside = 0;
    for (auto& district : *districtFile->GetLayer(0)) {
        if (std::string(district->GetFieldAsString("province")) != "Chongqing") continue;
        const std::string code = district->GetFieldAsString("adcode");
        std::unique_ptr<OGRGeometry> point(
            OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(district->GetGeometryRef()))));
        ASSERT_TRUE(point) << code;
        const bool expected =
            std::find(kCentralDistricts.begin(), kCentralDistricts.end(), code) != kCentralDistricts.end();
        EXPECT_EQ(central->Contains(point.get()), expected)
            << code << " " << district->GetFieldAsString("name_zh");
        if (central->Contains(point.get())) ++inside;
    }
    EXPECT_EQ(inside, 9u);
}

}  // namespace
}  // namespace bashu::data
