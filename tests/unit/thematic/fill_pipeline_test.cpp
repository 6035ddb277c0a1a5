// The style pipeline on its own: mapped values -> classes -> colours -> legend model, with no
// scene, layer or file (scene's restyleLayer tests check it inside a layer).
#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "thematic/category_colors.h"
#include "thematic/color_ramp.h"
#include "thematic/fill_classes.h"
#include "thematic/mapped_values.h"

namespace bashu {
namespace {

// A table of `name` with `values` (nullopt: a null).
Column& numbers(AttributeTable& table, const std::string& name,
                const std::vector<std::optional<double>>& values) {
    Column& column = table.addColumn(name, FieldType::Real);
    for (const auto& v : values) v ? column.appendNumber(*v) : column.appendNull();
    return column;
}

TEST(MappedValues, ADivisorOfZeroOrNothingGivesNoDataNeverAnInfinity) {
    AttributeTable table;
    const Column& gdp = numbers(table, "gdp", {10, 20, 30, std::nullopt});
    numbers(table, "pop", {2, 0, std::nullopt, 5});
    FillStyle fill;
    fill.field = "gdp";
    fill.divideBy = "pop";
    MappedValues mapped;
    ASSERT_TRUE(mapFillValues(table, gdp, fill, "", 4, mapped).ok());
    EXPECT_DOUBLE_EQ(mapped.values[0], 5.0);
    for (size_t i : {1u, 2u, 3u}) EXPECT_TRUE(std::isnan(mapped.values[i])) << i;
    EXPECT_EQ(mapped.range.count, 1u);
    EXPECT_DOUBLE_EQ(mapped.range.minimum, 5.0);
}

TEST(MappedValues, SharesOfTheTotalAddUpToAHundred) {
    AttributeTable table;
    const Column& gdp = numbers(table, "gdp", {1, 3, std::nullopt});
    FillStyle fill;
    fill.field = "gdp";
    fill.shareOfTotal = true;
    MappedValues mapped;
    ASSERT_TRUE(mapFillValues(table, gdp, fill, "", 3, mapped).ok());
    EXPECT_DOUBLE_EQ(mapped.values[0], 25.0);
    EXPECT_DOUBLE_EQ(mapped.values[1], 75.0);
    EXPECT_TRUE(std::isnan(mapped.values[2]));
}

TEST(MappedValues, AreKeptWhileWhatTheyComeFromIsUnchanged) {
    AttributeTable table;
    Column& gdp = numbers(table, "gdp", {1, 2});
    FillStyle fill;
    fill.field = "gdp";
    MappedValues mapped;
    ASSERT_TRUE(mapFillValues(table, gdp, fill, "year=2021", 2, mapped).ok());
    mapped.sorted = {1, 2};
    gdp.numbers = {7, 8};  // the same key: the values are not read again
    ASSERT_TRUE(mapFillValues(table, gdp, fill, "year=2021", 2, mapped).ok());
    EXPECT_EQ(mapped.values, (std::vector<double>{1, 2}));
    EXPECT_EQ(mapped.sorted.size(), 2u);
    // Another source (a year switched) maps them again and forgets the sorted copy.
    ASSERT_TRUE(mapFillValues(table, gdp, fill, "year=2022", 2, mapped).ok());
    EXPECT_EQ(mapped.values, (std::vector<double>{7, 8}));
    EXPECT_TRUE(mapped.sorted.empty());
}

TEST(MappedValues, AMissingOrTextDivisorIsNamed) {
    AttributeTable table;
    const Column& gdp = numbers(table, "gdp", {1});
    table.addColumn("name", FieldType::String).appendString("成都");
    FillStyle fill;
    fill.field = "gdp";
    fill.divideBy = "area";
    MappedValues mapped;
    EXPECT_EQ(mapFillValues(table, gdp, fill, "", 1, mapped).error().message, "no field 'area' to divide by");
    fill.divideBy = "name";
    EXPECT_EQ(mapFillValues(table, gdp, fill, "", 1, mapped).error().message,
              "field 'name' is text; it cannot divide");
}

MappedValues mappedOf(std::vector<double> values) {
    MappedValues mapped;
    mapped.values = std::move(values);
    mapped.range = finiteRange(mapped.values);
    return mapped;
}

TEST(FillClasses, QuantilesGiveEachFeatureItsClassColourAndTheLegendItsCounts) {
    MappedValues mapped = mappedOf({1, 2, 3, 4, 5, 6, std::nan("")});
    FillStyle fill;
    fill.field = "gdp";
    fill.method = ClassMethod::Quantile;
    fill.classes = 3;
    fill.ramp = Ramp::Blues;
    std::vector<Rgba8> colors;
    Result<FillLegend> legend = classifyFill(fill, mapped, colors);
    ASSERT_TRUE(legend.ok()) << legend.error().message;
    EXPECT_EQ(legend->field, "gdp");
    EXPECT_EQ(legend->classCounts, (std::vector<size_t>{2, 2, 2}));
    EXPECT_EQ(legend->noDataCount, 1u);
    EXPECT_EQ(legend->classColors, rampColors(Ramp::Blues, 3, false));
    ASSERT_EQ(colors.size(), 7u);
    EXPECT_EQ(colors[0], legend->classColors[0]);
    EXPECT_EQ(colors[5], legend->classColors[2]);
    EXPECT_EQ(colors[6], fill.noData);
    EXPECT_EQ(legend->histogram.size(), kHistogramBins);
}

TEST(FillClasses, NaturalBreaksSortTheValuesOnceAndKeepThem) {
    MappedValues mapped = mappedOf({5, 1, 9, 3});
    FillStyle fill;
    fill.method = ClassMethod::NaturalBreaks;
    fill.classes = 2;
    std::vector<Rgba8> colors;
    ASSERT_TRUE(classifyFill(fill, mapped, colors).ok());
    EXPECT_EQ(mapped.sorted, (std::vector<double>{1, 3, 5, 9}));
}

TEST(FillClasses, GivenBreaksWidenToTakeInEveryValue) {
    MappedValues mapped = mappedOf({-3, 0.5, 12});
    FillStyle fill;
    fill.breaks = {0, 1, 10};
    std::vector<Rgba8> colors;
    Result<FillLegend> legend = classifyFill(fill, mapped, colors);
    ASSERT_TRUE(legend.ok());
    EXPECT_EQ(legend->classification.limits, (std::vector<double>{-3, 1, 12}));
    EXPECT_EQ(legend->classCounts, (std::vector<size_t>{2, 1}));
    EXPECT_EQ(legend->noDataCount, 0u);
}

TEST(FillClasses, ACentreBecomesALimitWithEqualStepsEitherSide) {
    MappedValues mapped = mappedOf({-4, -1, 1, 2, 6, 9});
    FillStyle fill;
    fill.breaks = {-4, -2, 0.5, 3, 9};
    fill.center = 0.0;
    fill.ramp = Ramp::RdBu;
    std::vector<Rgba8> colors;
    Result<FillLegend> legend = classifyFill(fill, mapped, colors);
    ASSERT_TRUE(legend.ok());
    EXPECT_EQ(legend->classification.limits, (std::vector<double>{-4, -2, 0, 3, 9}));
    // Two classes each side: the ramp's four steps, split at its middle.
    EXPECT_EQ(legend->classColors, rampColors(Ramp::RdBu, 4, false));
}

TEST(FillClasses, AClassCountOrQuantileTypeOutOfRangeIsRefused) {
    MappedValues mapped = mappedOf({1, 2});
    FillStyle fill;
    fill.classes = 13;
    std::vector<Rgba8> colors;
    EXPECT_EQ(classifyFill(fill, mapped, colors).error().message, "13 classes (use 1 to 12)");
    fill.classes = 3;
    fill.quantileType = 4;
    EXPECT_EQ(classifyFill(fill, mapped, colors).error().message.rfind("unknown quantile type 4 (", 0), 0u);
}

TEST(CategoryColors, TheRarestValuesPastTwelveShareOther) {
    AttributeTable table;
    Column& kind = table.addColumn("kind", FieldType::String);
    for (int v = 0; v < 14; ++v)
        for (int copies = 0; copies <= 14 - v; ++copies) kind.appendString("k" + std::to_string(100 + v));
    kind.appendNull();
    FillStyle fill;
    fill.field = "kind";
    std::vector<Rgba8> colors;
    const FillLegend legend = colorByCategory(fill, kind, kind.size(), colors);
    ASSERT_EQ(legend.categories.size(), kMostCategories);
    EXPECT_EQ(legend.categories.front(), "k100");
    EXPECT_EQ(legend.categories.back(), "other 其他");
    EXPECT_EQ(legend.classCounts.back(), 4u + 3u + 2u) << "k111, k112, k113";
    EXPECT_EQ(legend.noDataCount, 1u);
    EXPECT_EQ(colors.back(), fill.noData);
    EXPECT_EQ(colors.front(), legend.classColors.front());
}

}  // namespace
}  // namespace bashu
