// Guards on the sources of indicators.csv: every value says what kind of source it comes from,
// the kind agrees with what its source text says, and the built-in maps' notes count the kinds
// of the values they show (their old note credited the statistics bureaus with every value).
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

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
    }
}

}  // namespace
}  // namespace bashu::data
