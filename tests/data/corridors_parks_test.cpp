// Guards on corridors.geojson and parks.geojson against the tables they are built from.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/feature_geometry.h"
#include "geodata_files.h"

namespace bashu::data {
namespace {

struct LonLat {
    double lon = 0.0, lat = 0.0;
};

// Rough ground distance in km (equirectangular; enough to tell metres from kilometres).
double distanceKm(LonLat a, LonLat b) {
    const double pi = std::acos(-1.0);
    const double x = (b.lon - a.lon) * std::cos((a.lat + b.lat) / 2.0 * pi / 180.0) * 111.32;
    const double y = (b.lat - a.lat) * 110.57;
    return std::hypot(x, y);
}

std::map<std::string, LonLat> stationPositions() {
    const GeodataFile& stations = file("stations.csv");
    std::map<std::string, LonLat> out;
    for (size_t i = 0; i < stations.size(); ++i)
        out[stations.text(i, "name_zh")] = {stations.number(i, "lon").value_or(NAN),
                                            stations.number(i, "lat").value_or(NAN)};
    return out;
}

// The place a station's name names, as the build reads it: 江油北 -> 江油, 巫山站 -> 巫山.
std::string stationPlace(std::string name) {
    const auto endsWith = [&](const std::string& tail) {
        return name.size() > tail.size() + 3 &&
               name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (endsWith("站")) name.resize(name.size() - 3);
    for (const char* direction : {"东", "西", "南", "北"})
        if (endsWith(direction)) {
            name.resize(name.size() - 3);
            break;
        }
    return name;
}

std::vector<LonLat> lineVertices(const GeometryColumn& g, size_t feature) {
    std::vector<LonLat> out;
    for (uint32_t part = g.featureOffsets[feature]; part < g.featureOffsets[feature + 1]; ++part)
        for (uint32_t ring = g.partOffsets[part]; ring < g.partOffsets[part + 1]; ++ring) {
            const auto xy = g.ring(ring);
            for (size_t i = 0; i + 1 < xy.size(); i += 2) out.push_back({xy[i], xy[i + 1]});
        }
    return out;
}

TEST(GeodataCorridors, EveryNodeIsAStation) {
    const GeodataFile& corridors = file("corridors.csv");
    const std::map<std::string, LonLat> stations = stationPositions();
    EXPECT_EQ(stations.size(), file("stations.csv").size()) << "station names are unique";
    ASSERT_EQ(corridors.size(), 37u);
    for (size_t i = 0; i < corridors.size(); ++i)
        for (const std::string& name : splitList(corridors.text(i, "stations")))
            EXPECT_TRUE(stations.count(name))
                << corridors.text(i, "id") << ": " << name << " not in stations.csv";
}

TEST(GeodataCorridors, OneLineThroughEveryNodeOfEachRow) {
    const GeodataFile& table = file("corridors.csv");
    const GeodataFile& lines = file("corridors.geojson");
    const std::map<std::string, LonLat> stations = stationPositions();
    ASSERT_EQ(lines.size(), table.size());
    ASSERT_EQ(lines.layer().geometry.kind, GeometryKind::Line);
    for (size_t i = 0; i < table.size(); ++i) {
        const std::string id = table.text(i, "id");
        SCOPED_TRACE(id);
        ASSERT_EQ(lines.text(i, "id"), id) << "same order as corridors.csv";
        const std::vector<std::string> nodes = splitList(table.text(i, "stations"));
        const std::vector<LonLat> vertices = lineVertices(lines.layer().geometry, i);
        EXPECT_EQ(lines.number(i, "station_count"), double(nodes.size()));
        EXPECT_EQ(lines.text(i, "stations"), table.text(i, "stations"));
        for (const char* field : {"name_zh", "name_en", "kind", "status"})
            EXPECT_EQ(lines.text(i, field), table.text(i, field)) << field;
        for (const char* field : {"opened_year", "design_speed_kmh", "length_km"})
            EXPECT_EQ(lines.number(i, field), table.number(i, field)) << field << ": blank stays null";
        EXPECT_EQ(lines.number(i, "is_hsr"), table.text(i, "kind") == "high_speed_rail" ? 1.0 : 0.0);
        EXPECT_NE(lines.text(i, "geometry_quality").find("not surveyed"), std::string::npos);

        // Where each vertex came from: stations.csv exactly, or a centre point near it (or, for a
        // station without coordinates, the centre point of the unit its name names; two such in a
        // row in one unit, 江油北 and 江油站, are one vertex); nodes without either are left out.
        const std::vector<std::string> sources = splitList(lines.text(i, "node_position_sources"));
        ASSERT_EQ(sources.size(), nodes.size());
        std::map<std::string, int> counts;
        std::vector<std::string> unplaced;
        size_t v = 0;
        std::string previousPlace;
        for (size_t k = 0; k < nodes.size(); ++k) {
            const LonLat tablePosition = stations.at(nodes[k]);
            const bool stated = std::isfinite(tablePosition.lon) && std::isfinite(tablePosition.lat);
            ++counts[sources[k]];
            if (sources[k] == "none") {
                EXPECT_FALSE(stated) << nodes[k] << ": a station with coordinates is drawn";
                unplaced.push_back(nodes[k]);
                continue;
            }
            const std::string place = stated ? "" : stationPlace(nodes[k]);
            if (!place.empty() && place == previousPlace) continue;  // the vertex before
            previousPlace = place;
            ASSERT_LT(v, vertices.size()) << nodes[k];
            const LonLat vertex = vertices[v++];
            if (sources[k] == "stations.csv") {
                EXPECT_TRUE(stated) << nodes[k];
                EXPECT_NEAR(vertex.lon, tablePosition.lon, 1e-9) << nodes[k];
                EXPECT_NEAR(vertex.lat, tablePosition.lat, 1e-9) << nodes[k];
            } else {
                EXPECT_TRUE(sources[k] == "county_cp" || sources[k] == "prefecture_cp") << sources[k];
                // The centre points observed lie 0.2-4.0 km from the approximate stations.csv points.
                if (stated) {
                    EXPECT_LT(distanceKm(vertex, tablePosition), 5.0) << nodes[k];
                }
            }
        }
        EXPECT_EQ(v, vertices.size()) << "a vertex for every node placed";
        const std::string listed = lines.text(i, "unplaced_nodes");
        EXPECT_EQ(listed.empty() ? std::vector<std::string>{} : splitList(listed), unplaced);
        std::string summary;
        for (const char* source : {"stations.csv", "county_cp", "prefecture_cp", "none"})
            if (counts[source])
                summary +=
                    (summary.empty() ? "" : ";") + std::string(source) + ":" + std::to_string(counts[source]);
        EXPECT_EQ(lines.text(i, "position_sources"), summary);
    }
}

TEST(GeodataCorridors, OutsideNodesKeepTheirTablePositions) {
    const GeodataFile& lines = file("corridors.geojson");
    const std::optional<size_t> row = lines.find("id", "yk_hsr_yb_km");
    ASSERT_TRUE(row.has_value());
    const std::vector<LonLat> vertices = lineVertices(lines.layer().geometry, *row);
    ASSERT_EQ(vertices.size(), 2u);
    EXPECT_DOUBLE_EQ(vertices[1].lon, 102.87);  // 昆明南, stations.csv
    EXPECT_DOUBLE_EQ(vertices[1].lat, 24.87);
}

TEST(GeodataParks, EveryRowWithCoordinatesIsAPoint) {
    const GeodataFile& table = file("parks.csv");
    const GeodataFile& points = file("parks.geojson");
    ASSERT_EQ(points.layer().geometry.kind, GeometryKind::Point);
    size_t next = 0, without = 0;
    for (size_t i = 0; i < table.size(); ++i) {
        const std::optional<double> lon = table.number(i, "lon"), lat = table.number(i, "lat");
        if (!lon || !lat) {
            ++without;
            continue;
        }
        ASSERT_LT(next, points.size());
        EXPECT_EQ(points.text(next, "id"), table.text(i, "id"));
        const std::vector<LonLat> vertices = lineVertices(points.layer().geometry, next);
        ASSERT_EQ(vertices.size(), 1u);
        EXPECT_NEAR(vertices[0].lon, *lon, 1e-9);
        EXPECT_NEAR(vertices[0].lat, *lat, 1e-9);
        for (const char* field :
             {"name_zh", "name_en", "kind", "province", "host_units", "focus_industries", "coord_quality"})
            EXPECT_EQ(points.text(next, field), table.text(i, field)) << table.text(i, "id") << " " << field;
        for (const char* field : {"established_year", "area_km2"})
            EXPECT_EQ(points.number(next, field), table.number(i, field))
                << table.text(i, "id") << " " << field;
        ++next;
    }
    EXPECT_EQ(next, points.size());
    EXPECT_EQ(points.size(), 26u);
    EXPECT_EQ(without, 16u) << "15 of the 17 demonstration parks and the multi-site cybersecurity park";
}

// The units a park's host_units names at its top level: "成都市(高新区南区;双流区);眉山市(彭山区)"
// names 成都市 and 眉山市 (the parentheses say which parts); "简阳市(成都市)" names 简阳市 (the
// parenthesis its city).
std::vector<std::string> namedUnits(const std::string& hostUnits) {
    std::vector<std::string> names;
    std::string name;
    int depth = 0;
    for (size_t i = 0; i < hostUnits.size(); ++i) {
        const char c = hostUnits[i];
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        else if (c == ';' && depth == 0) {
            names.push_back(name);
            name.clear();
        } else if (depth == 0)
            name += c;
    }
    names.push_back(name);
    return names;
}

// Whether (lon, lat) lies in a unit of this name: a county-level unit, a prefecture, or 重庆市 (any
// of its county-level units).
bool liesIn(const std::string& unit, double lon, double lat) {
    const GeodataFile& districts = file("districts.geojson");
    const GeodataFile& prefectures = file("prefectures.geojson");
    for (const GeodataFile* layer : {&districts, &prefectures})
        for (size_t f = 0; f < layer->size(); ++f) {
            const bool named =
                layer->text(f, "name_zh") == unit ||
                (unit == "重庆市" && layer == &districts && layer->text(f, "province") == "Chongqing");
            if (named && featureContains(layer->layer().geometry, f, lon, lat)) return true;
        }
    return false;
}

TEST(GeodataParks, EveryPositionLiesInAUnitItsRowNames) {
    const GeodataFile& table = file("parks.csv");
    size_t checked = 0;
    for (size_t i = 0; i < table.size(); ++i) {
        const std::optional<double> lon = table.number(i, "lon"), lat = table.number(i, "lat");
        if (!lon || !lat) continue;
        const std::string hosts = table.text(i, "host_units");
        bool inside = false;
        for (const std::string& unit : namedUnits(hosts)) inside = inside || liesIn(unit, *lon, *lat);
        EXPECT_TRUE(inside) << table.text(i, "id") << " " << table.text(i, "name_zh") << " at " << *lon
                            << ", " << *lat << " is in none of " << hosts;
        ++checked;
    }
    EXPECT_GT(checked, 0u);
}

}  // namespace
}  // namespace bashu::data
