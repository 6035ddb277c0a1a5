#include "core/join_index.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

namespace bashu {
namespace {

// A layer of `features` codes and a long table of every code x year (some blank, some codes not
// in the layer), like a statistical yearbook in long format.
struct Yearbook {
    AttributeTable layer, table;
};

Yearbook yearbook(size_t features) {
    Yearbook y;
    Column& code = y.layer.addColumn("code", FieldType::String);
    for (size_t f = 0; f < features; ++f) code.appendString("c" + std::to_string(f));
    code.appendNull();
    Column& tcode = y.table.addColumn("code", FieldType::String);
    Column& year = y.table.addColumn("year", FieldType::String);
    Column& value = y.table.addColumn("value", FieldType::String);
    std::mt19937 rng(11);
    for (int yr = 2019; yr <= 2023; ++yr)
        for (size_t f = 0; f < features + 3; ++f) {  // 3 codes no feature has
            tcode.appendString("c" + std::to_string(f));
            year.appendString(std::to_string(yr));
            value.appendString(rng() % 7 == 0 ? "" : std::to_string(int(rng() % 1000)) + ".5");
        }
    return y;
}

JoinSpec yearJoin(const std::string& yearValue) {
    return JoinSpec{"yearbook.csv",   "code", "code", {{"year", yearValue}}, "value", "v", {}, 0,
                    JoinMatch::Exact, {}};
}

// The join done the plain way, row by row: what the index must agree with.
std::map<std::string, double> rowByRow(const AttributeTable& table, const std::string& yearValue) {
    std::map<std::string, double> byCode;
    const Column& code = *table.find("code");
    for (size_t row = 0; row < code.size(); ++row)
        if (table.find("year")->text(row) == yearValue && !table.find("value")->text(row).empty())
            byCode[code.text(row)] = std::stod(table.find("value")->text(row));
    return byCode;
}

TEST(JoinIndex, OneIndexJoinsEveryYearAsARowByRowJoinWould) {
    Yearbook y = yearbook(500);
    Result<JoinIndex> index = JoinIndex::build(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_TRUE(index.ok()) << index.error().message;
    for (const char* year : {"2021", "2019", "2023"}) {
        const JoinSpec join = yearJoin(year);
        ASSERT_TRUE(index->serves(join));
        Result<JoinReport> report = index->join(y.layer, y.table, join, "yearbook.csv");
        ASSERT_TRUE(report.ok()) << report.error().message;
        const std::map<std::string, double> expected = rowByRow(y.table, year);
        const Column& joined = *y.layer.find("v");
        const Column& code = *y.layer.find("code");
        size_t matched = 0;
        for (size_t f = 0; f < code.size(); ++f) {
            auto it = code.isNull(f) ? expected.end() : expected.find(code.text(f));
            if (it == expected.end()) {
                EXPECT_FALSE(joined.number(f).has_value()) << year << " feature " << f;
            } else {
                EXPECT_EQ(joined.number(f), it->second) << year << " feature " << f;
                ++matched;
            }
        }
        EXPECT_EQ(report->matched, matched);
        EXPECT_EQ(report->unmatchedLayerKeys, (std::vector<std::string>{""})) << "only the null code";
        EXPECT_EQ(report->unmatchedTableKeys, (std::vector<std::string>{"c500", "c501", "c502"}));
    }
}

TEST(JoinIndex, AYearWithoutRowsLeavesEveryFeatureWithoutData) {
    Yearbook y = yearbook(10);
    Result<JoinIndex> index = JoinIndex::build(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_TRUE(index.ok());
    Result<JoinReport> report = index->join(y.layer, y.table, yearJoin("1999"), "yearbook.csv");
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->matched, 0u);
    EXPECT_EQ(report->unmatchedLayerKeys.size(), 11u);
}

TEST(JoinIndex, ServesOnlyJoinsOnTheSameFields) {
    Yearbook y = yearbook(3);
    Result<JoinIndex> index = JoinIndex::build(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_TRUE(index.ok());
    JoinSpec other = yearJoin("2019");
    other.value = "code";
    EXPECT_FALSE(index->serves(other));
    other = yearJoin("2019");
    other.where.clear();
    EXPECT_FALSE(index->serves(other));
}

TEST(JoinIndex, AKeyTwiceIsAnErrorEvenWhenNoFeatureHasIt) {
    Yearbook y = yearbook(3);
    y.table.find("code")->strings[1] = "zz";
    y.table.find("code")->strings[2] = "zz";
    Result<JoinIndex> index = JoinIndex::build(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_TRUE(index.ok());
    Result<JoinReport> report = index->join(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().message, "yearbook.csv: key 'zz' appears more than once in the rows joined");
    EXPECT_TRUE(index->join(y.layer, y.table, yearJoin("2020"), "yearbook.csv").ok())
        << "other years are not affected";
}

TEST(JoinIndex, ValuesOverAllYearsComeFromEveryYearOfTheLayersCodes) {
    Yearbook y = yearbook(20);
    Result<JoinIndex> index = JoinIndex::build(y.layer, y.table, yearJoin("2019"), "yearbook.csv");
    ASSERT_TRUE(index.ok());
    size_t expected = 0;
    for (const char* year : {"2019", "2020", "2021", "2022", "2023"})
        for (const auto& [code, v] : rowByRow(y.table, year))
            expected += code != "c20" && code != "c21" && code != "c22";
    EXPECT_EQ(index->valuesOverAll(yearJoin("2021"), "year").size(), expected);
}

}  // namespace
}  // namespace bashu
