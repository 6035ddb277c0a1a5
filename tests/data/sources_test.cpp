// Guards on the sources of indicators.csv: every value says what kind of source it comes from,
// the kind agrees with what its source text says, and the built-in maps' notes count the kinds
// of the values they show (their old note credited the statistics bureaus with every value).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/map_document.h"
#include "geodata_files.h"
#include "scene/map_scene.h"
#include "scene/value_sources.h"

namespace bashu::data {
namespace {

bool startsWith(const std::string& text, const std::string& start) { return text.rfind(start, 0) == 0; }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(GeodataSources, EveryValueNamesTheKindOfItsSourceAsItsTextDescribesIt) {
    const GeodataFile& source = file("indicators.csv");
    const std::set<std::string> kinds = {"bulletin", "census", "reported", "secondary"};
    std::map<std::string, size_t> counts;
    for (size_t i = 0; i < source.size(); ++i) {
        const std::string kind = source.text(i, "source_kind"), text = source.text(i, "source");
        const std::string where = source.text(i, "adcode") + " " + source.text(i, "year") + " " +
                                  source.text(i, "indicator") + ": " + text;
        EXPECT_TRUE(kinds.count(kind)) << where << " has kind '" << kind << "'";
        ++counts[kind];
        if (startsWith(text, "official bulletin") || startsWith(text, "official yearbook")) {
            EXPECT_EQ(kind, "bulletin") << where;
        } else if (startsWith(text, "official") && has(text, "人口普查公报")) {
            EXPECT_EQ(kind, "census") << where;
        } else if (has(text, "secondary") || has(text, "compiled")) {
            EXPECT_EQ(kind, "secondary") << where;
        }
        // A bureau's own document is named as one: a bulletin, yearbook or economic release.
        if (kind == "bulletin") {
            EXPECT_TRUE(has(text, "公报") || has(text, "年鉴") || has(text, "bulletin") ||
                        has(text, "經濟運行") || has(text, "经济运行"))
                << where;
        }
    }
    // Most values are secondary: what geodata/README.md and the Help window say.
    EXPECT_GT(counts["secondary"], source.size() / 2);
}

// The kinds behind one indicator's values of one year over the statistical units, counted from
// indicators.csv directly.
std::map<std::string, size_t> kindsOf(const std::string& indicator, const std::string& year) {
    const GeodataFile& units = file("statistical_units.geojson");
    std::set<std::string> codes;
    for (size_t i = 0; i < units.size(); ++i) codes.insert(units.text(i, "adcode"));
    const GeodataFile& source = file("indicators.csv");
    std::map<std::string, size_t> kinds;
    for (size_t i = 0; i < source.size(); ++i)
        if (codes.count(source.text(i, "adcode")) && source.text(i, "indicator") == indicator &&
            source.text(i, "year") == year)
            ++kinds[source.text(i, "source_kind")];
    return kinds;
}

TEST(GeodataSources, TheBuiltInMapsNotesCountTheKindsOfTheValuesTheyShow) {
    const std::map<std::string, std::pair<std::string, std::string>> maps = {
        {"gdp_2021.json", {"gdp", "2021"}},
        {"gdp_2023.json", {"gdp", "2023"}},
        {"gdp_growth_2023.json", {"gdp_growth", "2023"}},
        {"population_2020.json", {"resident_population", "2020"}}};
    for (const auto& [name, value] : maps) {
        Result<MapDocument> document = loadMapDocument(geodataPath(name));
        ASSERT_TRUE(document.ok()) << document.error().message;
        EXPECT_TRUE(has(document->note, std::string(kSourcesPlaceholder))) << name;
        Result<MapScene> scene = buildScene(*document);
        ASSERT_TRUE(scene.ok()) << scene.error().message;
        const std::string note = shownNote(*scene);
        const std::map<std::string, size_t> kinds = kindsOf(value.first, value.second);
        ASSERT_TRUE(kinds.count("secondary")) << name;
        EXPECT_TRUE(has(note, std::to_string(kinds.at("secondary")) + " from secondary compilations"))
            << note;
        if (kinds.count("bulletin")) {
            EXPECT_TRUE(has(note, std::to_string(kinds.at("bulletin")) + " values from statistics bulletins"))
                << note;
        }
        EXPECT_FALSE(has(note, "{")) << note;
    }
    // No built-in map credits the bureaus with values they did not publish.
    for (const char* name : {"gdp_2021.json", "gdp_2023.json", "gdp_growth_2023.json", "population_2020.json",
                             "gdp_per_capita_2020.json", "corridors.json"}) {
        Result<MapDocument> document = loadMapDocument(geodataPath(name));
        ASSERT_TRUE(document.ok()) << document.error().message;
        EXPECT_FALSE(has(document->note, "statistical bureaus")) << name << ": " << document->note;
        EXPECT_FALSE(has(document->subtitle, "no published value")) << name;
        // Counts of units go stale with each value found: the subtitle counts what it shows.
        if (name != std::string("corridors.json")) {
            EXPECT_TRUE(has(document->subtitle, std::string(kCoveragePlaceholder))) << name;
        }
        EXPECT_TRUE(has(document->note, "not for survey use")) << name << ": the boundaries' limits";
    }
}

// The level of a unit of circle_membership.csv as the coverage table names it; empty for others.
std::string coverageLevel(const GeodataFile& membership, size_t row) {
    const std::string province = membership.text(row, "province"), level = membership.text(row, "level");
    if (province == "Sichuan")
        return level == "prefecture" ? "Sichuan prefectures" : "Sichuan county-level units";
    if (province == "Chongqing" && (level == "district" || level == "county"))
        return "Chongqing districts and counties";
    return "";
}

// The table cells of a README line "| a | b | ... |", trimmed.
std::vector<std::string> cells(const std::string& line) {
    std::vector<std::string> out;
    size_t at = line.find('|');
    while (at != std::string::npos) {
        const size_t next = line.find('|', at + 1);
        if (next == std::string::npos) break;
        std::string cell = line.substr(at + 1, next - at - 1);
        cell.erase(0, cell.find_first_not_of(' '));
        cell.erase(cell.find_last_not_of(' ') + 1);
        out.push_back(cell);
        at = next;
    }
    return out;
}

TEST(GeodataSources, TheReadmesCoverageAndKindTablesAreTheTablesCounts) {
    const GeodataFile& membership = file("circle_membership.csv");
    std::map<std::string, std::string> levelOf;
    std::map<std::string, size_t> unitsOf;
    for (size_t i = 0; i < membership.size(); ++i)
        if (const std::string level = coverageLevel(membership, i); !level.empty()) {
            levelOf[membership.text(i, "adcode")] = level;
            ++unitsOf[level];
        }
    const GeodataFile& source = file("indicators.csv");
    std::map<std::string, size_t> found, kinds;  // "indicator|level|year"
    for (size_t i = 0; i < source.size(); ++i) {
        ++kinds[source.text(i, "source_kind")];
        const auto level = levelOf.find(source.text(i, "adcode"));
        if (level != levelOf.end())
            ++found[source.text(i, "indicator") + "|" + level->second + "|" + source.text(i, "year")];
    }

    std::ifstream readme(geodataPath("README.md"));
    ASSERT_TRUE(readme) << "geodata/README.md";
    std::map<std::string, size_t> written;
    std::map<std::string, size_t> kindsWritten;
    std::set<std::string> levelsWritten;
    for (std::string line; std::getline(readme, line);) {
        const std::vector<std::string> c = cells(line);
        if (c.size() == 3 && c[0].size() > 2 && c[0].front() == '`' &&
            kinds.count(c[0].substr(1, c[0].size() - 2)))
            kindsWritten[c[0].substr(1, c[0].size() - 2)] = std::stoul(c[2]);
        if (c.size() != 8 || c[0].empty() || c[0].front() != '`') continue;
        const size_t open = c[1].rfind(" (");
        if (open == std::string::npos) continue;
        const std::string indicator = c[0].substr(1, c[0].size() - 2), level = c[1].substr(0, open);
        if (!unitsOf.count(level)) continue;
        EXPECT_EQ(c[1].substr(open), " (" + std::to_string(unitsOf[level]) + ")") << line;
        levelsWritten.insert(indicator + "|" + level);
        for (int year = 2019; year <= 2024; ++year)
            written[indicator + "|" + level + "|" + std::to_string(year)] = std::stoul(c[2 + year - 2019]);
    }
    // Every cell written is the table's count, and every indicator and level with a value has a row.
    for (const auto& [key, count] : written) EXPECT_EQ(found[key], count) << key;
    for (const auto& [key, count] : found) {
        const std::string row = key.substr(0, key.rfind('|'));
        EXPECT_TRUE(levelsWritten.count(row)) << row << " has values but no row in the coverage table";
    }
    EXPECT_EQ(levelsWritten.size(), 13u) << "rows of the coverage table read";
    EXPECT_EQ(unitsOf["Sichuan prefectures"], 21u);
    EXPECT_EQ(unitsOf["Chongqing districts and counties"], 38u);
    EXPECT_EQ(kindsWritten, kinds) << "the source-kind table of geodata/README.md";
    // The 2020 census population: all 21 Sichuan prefectures, 36 of Chongqing's 38 units.
    EXPECT_EQ(found["resident_population|Sichuan prefectures|2020"], 21u);
    EXPECT_EQ(found["resident_population|Chongqing districts and counties|2020"], 36u);
}

}  // namespace
}  // namespace bashu::data
