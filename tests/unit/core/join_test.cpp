#include "core/join.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace bashu {
namespace {

AttributeTable units() {
    AttributeTable t;
    Column& code = t.addColumn("adcode", FieldType::String);
    for (const char* c : {"510100", "500101", "999999"}) code.appendString(c);
    code.appendNull();
    return t;
}

AttributeTable indicators() {
    AttributeTable t;
    Column& code = t.addColumn("adcode", FieldType::String);
    Column& year = t.addColumn("year", FieldType::String);
    Column& indicator = t.addColumn("indicator", FieldType::String);
    Column& value = t.addColumn("value", FieldType::String);
    auto row = [&](const char* c, const char* y, const char* i, const char* v) {
        code.appendString(c);
        year.appendString(y);
        indicator.appendString(i);
        value.appendString(v);
    };
    row("510100", "2021", "gdp", "19916.98");
    row("510100", "2022", "gdp", "20817.5");
    row("500101", "2021", "gdp", "");  // published blank: stays missing
    row("510100", "2021", "gdp_growth", "8.6");
    row("CCEC", "2021", "gdp", "73919.2");
    return t;
}

JoinSpec gdp2021() {
    return JoinSpec{"indicators.csv", "adcode", "adcode", {{"indicator", "gdp"}, {"year", "2021"}},
                    "value",          "gdp",    {},       0,
                    JoinMatch::Exact, {}};
}

TEST(Join, BringsTheValueOfTheMatchingRow) {
    AttributeTable layer = units();
    Result<JoinReport> report = joinColumn(layer, indicators(), gdp2021(), "indicators.csv");
    ASSERT_TRUE(report.ok()) << report.error().message;
    const Column* gdp = layer.find("gdp");
    ASSERT_NE(gdp, nullptr);
    EXPECT_DOUBLE_EQ(*gdp->number(0), 19916.98);
    EXPECT_FALSE(gdp->number(1).has_value()) << "a blank value is missing, never zero";
    EXPECT_FALSE(gdp->number(2).has_value());
    EXPECT_FALSE(gdp->number(3).has_value());
    EXPECT_EQ(report->matched, 1u);
    // Where each value came from (the row's source): 500101's blank row is still its row.
    EXPECT_EQ(report->rowOfFeature, (std::vector<int64_t>{0, 2, -1, -1}));
}

TEST(Join, ReportsUnmatchedKeysBothWays) {
    AttributeTable layer = units();
    Result<JoinReport> report = joinColumn(layer, indicators(), gdp2021(), "indicators.csv");
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->unmatchedLayerKeys, (std::vector<std::string>{"999999", ""}));
    EXPECT_EQ(report->unmatchedTableKeys, (std::vector<std::string>{"CCEC"}));
}

TEST(Join, DuplicateKeysAreAnError) {
    AttributeTable layer = units();
    JoinSpec spec = gdp2021();
    spec.where = {{"indicator", "gdp"}};  // two years of 510100 now compete
    Result<JoinReport> report = joinColumn(layer, indicators(), spec, "indicators.csv");
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("'510100' appears more than once"), std::string::npos);
}

TEST(Join, NonNumericValuesAreAnErrorNamingTheRow) {
    AttributeTable table = indicators();
    table.find("value")->strings[0] = "n/a";
    AttributeTable layer = units();
    Result<JoinReport> report = joinColumn(layer, table, gdp2021(), "indicators.csv");
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("indicators.csv: row with adcode '510100': 'n/a'"),
              std::string::npos)
        << report.error().message;
}

TEST(Join, MissingFieldsAreNamed) {
    AttributeTable layer = units();
    JoinSpec spec = gdp2021();
    spec.value = "amount";
    Result<JoinReport> report = joinColumn(layer, indicators(), spec, "indicators.csv");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().message, "indicators.csv: no field 'amount'");
}

TEST(Join, ChoicesOfAConditionKeepTheOtherConditions) {
    const AttributeTable table = indicators();
    EXPECT_EQ(joinConditionChoices(table, gdp2021(), "year"), (std::vector<std::string>{"2021", "2022"}));
    EXPECT_EQ(joinConditionChoices(table, gdp2021(), "indicator"),
              (std::vector<std::string>{"gdp", "gdp_growth"}));
    EXPECT_TRUE(joinConditionChoices(table, gdp2021(), "no_such_field").empty());
}

TEST(Join, NumericChoicesSortAsNumbers) {
    AttributeTable table;
    Column& year = table.addColumn("year", FieldType::String);
    for (const char* y : {"2010", "999", "2009"}) year.appendString(y);
    JoinSpec join;
    join.where = {{"year", "2010"}};
    EXPECT_EQ(joinConditionChoices(table, join, "year"), (std::vector<std::string>{"999", "2009", "2010"}));
}

TEST(Join, ValuesOverAllYearsComeFromMatchedFeaturesOnly) {
    std::vector<double> values = joinValuesOverAll(units(), indicators(), gdp2021(), "year");
    std::sort(values.begin(), values.end());
    // 510100's gdp in 2021 and 2022; not the blank, not the growth, not CCEC (no such feature).
    EXPECT_EQ(values, (std::vector<double>{19916.98, 20817.5}));
}

}  // namespace
}  // namespace bashu
