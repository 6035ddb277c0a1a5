#include "scene/value_sources.h"

#include <gtest/gtest.h>

#include "scene/join_switch.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

// The fixture's units joined to a table that says where each value comes from, as
// geodata/indicators.csv does: A from a bulletin, B a blank row, C from a secondary compilation,
// D from a kind the tool does not know; no row for E.
class ValueSources : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        write("units.geojson", R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"code": "A"}, "geometry": {"type": "Polygon", "coordinates": [[[104, 30], [105, 30], [105, 31], [104, 31], [104, 30]]]}},
{"type": "Feature", "properties": {"code": "B"}, "geometry": {"type": "Polygon", "coordinates": [[[105, 30], [106, 30], [106, 31], [105, 31], [105, 30]]]}},
{"type": "Feature", "properties": {"code": "C"}, "geometry": {"type": "Polygon", "coordinates": [[[106, 30], [107, 30], [107, 31], [106, 31], [106, 30]]]}},
{"type": "Feature", "properties": {"code": "D"}, "geometry": {"type": "Polygon", "coordinates": [[[107, 30], [108, 30], [108, 31], [107, 31], [107, 30]]]}},
{"type": "Feature", "properties": {"code": "E"}, "geometry": {"type": "Polygon", "coordinates": [[[108, 30], [109, 30], [109, 31], [108, 31], [108, 30]]]}}
]})");
        write("values.csv",
              "code,year,gdp,source_kind,source\n"
              "A,2021,1.5,bulletin,A county 2021 statistical bulletin\n"
              "B,2021,,secondary,a ranking page\n"
              "C,2021,30,secondary,a research panel\n"
              "D,2021,7,estimate,our own estimate\n"
              "C,2020,1,bulletin,C county 2020 statistical bulletin\n");
    }

    MapScene scene(const std::string& note = "") const {
        MapDocument d = document();
        d.note = note;
        Result<MapScene> built = buildScene(d);
        EXPECT_TRUE(built.ok()) << built.error().message;
        return built.ok() ? std::move(*built) : MapScene{};
    }
};

TEST_F(ValueSources, EachJoinedValueHasTheSourceOfItsOwnRow) {
    const MapScene s = scene();
    ASSERT_EQ(s.layers.size(), 1u);
    const SceneLayer& layer = s.layers.front();
    const std::optional<ValueSource> a = valueSource(layer, 0);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->kind, "bulletin");
    EXPECT_EQ(a->text, "A county 2021 statistical bulletin");
    EXPECT_EQ(sourceKindLabel(a->kind), "statistics bulletin or yearbook");
    // 2021's row, not 2020's bulletin.
    ASSERT_TRUE(valueSource(layer, 2));
    EXPECT_EQ(valueSource(layer, 2)->text, "a research panel");
    EXPECT_EQ(sourceKindLabel(valueSource(layer, 2)->kind), "secondary compilation");
    EXPECT_EQ(sourceKindLabel("estimate"), "estimate") << "a kind of the user's own, as written";
    EXPECT_FALSE(valueSource(layer, 4)) << "E has no row";
}

TEST_F(ValueSources, AUnitWithoutAValueSaysWhetherItsRowIsMissingOrBlank) {
    const MapScene s = scene();
    const SceneLayer& layer = s.layers.front();
    EXPECT_EQ(missingJoinedValue(layer, 0), "") << "A has a value";
    EXPECT_EQ(missingJoinedValue(layer, 1), "blank in values.csv");
    EXPECT_EQ(missingJoinedValue(layer, 4), "not in values.csv");
}

TEST_F(ValueSources, TheNoteNamesTheKindsBehindTheValuesShown) {
    MapScene s = scene("Data: {sources} · Boundaries: made up");
    // B's blank row and E's missing one bring no value; known kinds first, most primary first.
    EXPECT_EQ(
        sourceKindsSummary(s),
        "1 value from statistics bulletins and yearbooks, 1 from secondary compilations, 1 from estimate");
    EXPECT_EQ(shownNote(s),
              "Data: 1 value from statistics bulletins and yearbooks, 1 from secondary compilations, 1 from "
              "estimate · Boundaries: made up");
    EXPECT_EQ(s.document.note, "Data: {sources} · Boundaries: made up")
        << "the document keeps the placeholder";

    // Another year: the note follows the values shown.
    ASSERT_TRUE(switchJoinCondition(s, 0, "year", "2020").ok());
    EXPECT_EQ(sourceKindsSummary(s), "1 value from statistics bulletins and yearbooks");

    // A hidden layer's values are not on the map.
    s.layers.front().paint.visible = false;
    EXPECT_EQ(shownNote(s), "Data: sources not given · Boundaries: made up");
}

TEST_F(ValueSources, TheSubtitleCountsTheUnitsWithAValueAsShown) {
    MapScene s = scene();
    s.document.subtitle = "GDP. {coverage}; grey: not in the table";
    // A, C and D have a 2021 number; B's row is blank and E has none.
    EXPECT_EQ(shownSubtitle(s), "GDP. 3 of 5 units have a 2021 value; grey: not in the table");
    EXPECT_EQ(s.document.subtitle, "GDP. {coverage}; grey: not in the table") << "the document keeps it";

    // The year slider: the count follows the year shown, with the year's name.
    ASSERT_TRUE(switchJoinCondition(s, 0, "year", "2020").ok());
    EXPECT_EQ(shownSubtitle(s), "GDP. 1 of 5 units has a 2020 value; grey: not in the table");

    // Over the panels of small multiples: the range, by year.
    ValueCoverage panels;
    panels.add(s);
    ASSERT_TRUE(switchJoinCondition(s, 0, "year", "2021").ok());
    panels.add(s);
    EXPECT_EQ(panels.summary(), "1 to 3 of 5 units have a value, by year");

    // A ratio needs its divisor: a unit whose divisor is 0 or missing has no value shown.
    s.layers.front().spec.fill.divideBy = "gdp";
    EXPECT_EQ(shownSubtitle(s), "GDP. 3 of 5 units have a 2021 value; grey: not in the table");

    // Nothing joined shown: said so, not a blank.
    s.layers.front().paint.visible = false;
    EXPECT_EQ(shownSubtitle(s), "GDP. no joined values shown; grey: not in the table");
    EXPECT_EQ(ValueCoverage{}.summary(), "");
}

TEST_F(ValueSources, ATableWithoutSourcesIsTheSourceAndANoteWithoutThePlaceholderIsKept) {
    write("values.csv", "code,year,gdp\nA,2021,1.5\n");
    const MapScene s = scene("Data: county bureaus");
    ASSERT_TRUE(valueSource(s.layers.front(), 0));
    EXPECT_EQ(valueSource(s.layers.front(), 0)->text, "values.csv, the row of A");
    EXPECT_EQ(valueSource(s.layers.front(), 0)->kind, "");
    EXPECT_FALSE(valueSource(s.layers.front(), 1)) << "B has no row";
    EXPECT_EQ(sourceKindsSummary(s), "");
    EXPECT_EQ(shownNote(s), "Data: county bureaus");
}

}  // namespace
}  // namespace bashu
