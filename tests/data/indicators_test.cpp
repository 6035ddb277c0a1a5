// Guards on indicators_by_unit.csv (the wide table maps join) against indicators.csv (the
// long source table), and on what the data say about the circle's 2023 GDP.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "geodata_files.h"

namespace bashu::data {
namespace {

const char* const kIndicators[] = {"gdp",
                                   "gdp_growth",
                                   "resident_population",
                                   "primary_industry_va",
                                   "secondary_industry_va",
                                   "tertiary_industry_va",
                                   "general_public_budget_revenue"};

using Key = std::pair<std::string, std::string>;  // adcode, year

// Rows of indicators_by_unit.csv by (adcode, year); a key found twice is a failure.
std::map<Key, size_t> wideRows() {
    const GeodataFile& wide = file("indicators_by_unit.csv");
    std::map<Key, size_t> rows;
    for (size_t i = 0; i < wide.size(); ++i) {
        const Key key{wide.text(i, "adcode"), wide.text(i, "year")};
        EXPECT_TRUE(rows.emplace(key, i).second) << key.first << " " << key.second << " appears twice";
    }
    return rows;
}

TEST(GeodataIndicators, EverySourceValueIsCopiedUnchanged) {
    const GeodataFile& source = file("indicators.csv");
    const GeodataFile& wide = file("indicators_by_unit.csv");
    const std::map<Key, size_t> rows = wideRows();
    ASSERT_EQ(source.size(), 578u);
    for (size_t i = 0; i < source.size(); ++i) {
        const std::string code = source.text(i, "adcode"), year = source.text(i, "year");
        const std::string indicator = source.text(i, "indicator");
        const auto row = rows.find({code, year});
        ASSERT_NE(row, rows.end()) << code << " " << year << " has no row";
        EXPECT_EQ(wide.text(row->second, indicator), source.text(i, "value"))
            << code << " " << year << " " << indicator;
    }
    // Nothing added: the wide table holds exactly the source's values.
    size_t values = 0;
    for (size_t i = 0; i < wide.size(); ++i)
        for (const char* indicator : kIndicators)
            if (!wide.text(i, indicator).empty()) ++values;
    EXPECT_EQ(values, source.size());
}

TEST(GeodataIndicators, EveryStatisticalUnitHasARowForEveryYear) {
    const GeodataFile& units = file("statistical_units.geojson");
    const GeodataFile& wide = file("indicators_by_unit.csv");
    const std::map<Key, size_t> rows = wideRows();
    for (size_t i = 0; i < units.size(); ++i)
        for (int year = 2019; year <= 2024; ++year)
            EXPECT_TRUE(rows.count({units.text(i, "adcode"), std::to_string(year)}))
                << units.text(i, "adcode") << " " << year;
    // 59 statistical units, 6 Sichuan counties with values, Sichuan, Chongqing, the circle and its
    // two parts: 70 codes x 6 years.
    EXPECT_EQ(wide.size(), 420u);
}

// The derived columns, recomputed from the copied values and the areas of the geometry files.
TEST(GeodataIndicators, DerivedValuesAreRecomputedCorrectly) {
    const GeodataFile& wide = file("indicators_by_unit.csv");
    const GeodataFile& units = file("statistical_units.geojson");
    const GeodataFile& districts = file("districts.geojson");
    std::map<std::string, double> circleGdp;
    for (size_t i = 0; i < wide.size(); ++i)
        if (wide.text(i, "adcode") == "CCEC" && wide.number(i, "gdp"))
            circleGdp[wide.text(i, "year")] = *wide.number(i, "gdp");
    ASSERT_EQ(circleGdp.size(), 3u) << "circle totals for 2021, 2022 and 2023";

    size_t perCapita = 0, density = 0, share = 0;
    for (size_t i = 0; i < wide.size(); ++i) {
        const std::string code = wide.text(i, "adcode"), year = wide.text(i, "year");
        const std::string set = wide.text(i, "unit_set");
        SCOPED_TRACE(code + " " + year);
        const std::optional<double> gdp = wide.number(i, "gdp"),
                                    population = wide.number(i, "resident_population");
        const std::optional<double> area = wide.number(i, "area_km2");
        // The area is the unit's area_km2 in the geometry files.
        if (set == "statistical_unit" || set == "sichuan_county") {
            const GeodataFile& geometry = set == "statistical_unit" ? units : districts;
            const std::optional<size_t> row = geometry.find("adcode", code);
            ASSERT_TRUE(row.has_value());
            EXPECT_EQ(area, geometry.number(*row, "area_km2"));
        }
        const std::optional<double> wantPerCapita =
            gdp && population ? std::optional<double>(*gdp * 1e8 / (*population * 1e4)) : std::nullopt;
        const std::optional<double> wantDensity =
            population && area ? std::optional<double>(*population * 1e4 / *area) : std::nullopt;
        const bool eligible =
            ((set == "statistical_unit" || set == "sichuan_county") &&
             (wide.text(i, "in_circle") == "full" || wide.text(i, "in_circle") == "partial")) ||
            code == "CCEC-SC" || code == "CCEC-CQ";
        const std::optional<double> wantShare = eligible && gdp && circleGdp.count(year)
                                                    ? std::optional<double>(100.0 * *gdp / circleGdp[year])
                                                    : std::nullopt;
        const struct {
            const char* field;
            std::optional<double> want;
            double halfUnit;
            size_t& count;
        } derived[] = {{"gdp_per_capita_yuan", wantPerCapita, 0.5, perCapita},
                       {"population_density_per_km2", wantDensity, 0.05, density},
                       {"gdp_share_of_circle_pct", wantShare, 0.005, share}};
        for (const auto& d : derived) {
            const std::string text = wide.text(i, d.field);
            ASSERT_EQ(!text.empty(), d.want.has_value()) << d.field << ": '" << text << "'";
            if (!d.want) continue;
            ++d.count;
            EXPECT_NEAR(*wide.number(i, d.field), *d.want, d.halfUnit + 1e-9) << d.field;
        }
    }
    EXPECT_EQ(perCapita, 88u);
    EXPECT_EQ(density, 108u);
    EXPECT_EQ(share, 108u);

    // A few by hand.
    auto value = [&](const std::string& code, const std::string& year, const char* field) {
        const std::map<Key, size_t> rows = wideRows();
        const auto row = rows.find({code, year});
        return row == rows.end() ? std::string("(no row)") : wide.text(row->second, field);
    };
    // 九龙坡 2020: 1533.16 亿元 / 152.6821 万人 (census); area 432.4 km2.
    EXPECT_EQ(value("500107", "2020", "gdp_per_capita_yuan"), "100415");
    EXPECT_EQ(value("500107", "2020", "population_density_per_km2"), "3531.0");
    // 成都 2020: 17716.67 / 2093.7757 (census); 2021 share: 19916.98 / 73919.2.
    EXPECT_EQ(value("510100", "2020", "gdp_per_capita_yuan"), "84616");
    EXPECT_EQ(value("510100", "2021", "gdp_share_of_circle_pct"), "26.94");
    // Outside the circle: no share (阿坝 2021 has GDP); blanks stay blank.
    EXPECT_EQ(value("513200", "2021", "gdp_share_of_circle_pct"), "");
    EXPECT_EQ(value("500119", "2021", "gdp"), "") << "南川 has no GDP in the table: blank, not zero";
}

// The published totals of the circle and of its Sichuan and Chongqing parts against the sum of
// their members' GDP (the whole units: the statistics count 开州, 云阳, 绵阳, 达州 and 雅安 whole).
// Where every member has a value the sum must match the total within 0.5 %; where some lack one the
// sum must stay below it, and the years stay incomplete until their values are found (a sum of
// the units that have one is never a total). The coverage per year is what geodata/README.md says.
TEST(GeodataIndicators, MembersGdpMatchesThePublishedTotalsInEveryCompleteYear) {
    const GeodataFile& units = file("statistical_units.geojson");
    const GeodataFile& wide = file("indicators_by_unit.csv");
    const std::map<Key, size_t> rows = wideRows();
    const std::map<std::string, std::string> parts = {
        {"CCEC", ""}, {"CCEC-SC", "Sichuan"}, {"CCEC-CQ", "Chongqing"}};
    std::map<std::string, size_t> membersOf;
    std::map<Key, size_t> withValue;
    std::set<Key> complete;
    for (const auto& [code, province] : parts)
        for (int year = 2019; year <= 2024; ++year) {
            const auto total = rows.find({code, std::to_string(year)});
            const std::optional<double> published =
                total == rows.end() ? std::nullopt : wide.number(total->second, "gdp");
            if (!published) continue;
            size_t members = 0, have = 0;
            double sum = 0.0;
            for (size_t i = 0; i < units.size(); ++i) {
                const std::string circle = units.text(i, "in_circle");
                if ((circle != "full" && circle != "partial") ||
                    (!province.empty() && units.text(i, "province") != province))
                    continue;
                ++members;
                const auto row = rows.find({units.text(i, "adcode"), std::to_string(year)});
                ASSERT_NE(row, rows.end());
                if (const std::optional<double> gdp = wide.number(row->second, "gdp")) {
                    ++have;
                    sum += *gdp;
                }
            }
            membersOf[code] = members;
            withValue[{code, std::to_string(year)}] = have;
            if (have == members) {
                complete.insert({code, std::to_string(year)});
                EXPECT_NEAR(sum, *published, 0.005 * *published) << code << " " << year;
            } else {
                EXPECT_LT(sum, *published) << code << " " << year;
            }
        }
    EXPECT_EQ(membersOf["CCEC"], 44u);
    EXPECT_EQ(membersOf["CCEC-SC"], 15u);
    EXPECT_EQ(membersOf["CCEC-CQ"], 29u);
    // Totals are published for the circle 2021-2023 and for its parts in 2021.
    const std::map<Key, size_t> expected = {{{"CCEC", "2021"}, 38},
                                            {{"CCEC", "2022"}, 38},
                                            {{"CCEC", "2023"}, 25},
                                            {{"CCEC-SC", "2021"}, 15},
                                            {{"CCEC-CQ", "2021"}, 23}};
    EXPECT_EQ(withValue, expected);
    // Sichuan's 15 cities in 2021: 48,061.73 亿元 against the published 48,060.2.
    EXPECT_EQ(complete, (std::set<Key>{{"CCEC-SC", "2021"}}));
}

}  // namespace
}  // namespace bashu::data
