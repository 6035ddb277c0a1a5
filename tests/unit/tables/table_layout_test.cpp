#include "tables/table_layout.h"

#include <gtest/gtest.h>

#include "io/sheet_reader.h"
#include "tables/stat_table.h"

namespace bashu {
namespace {

const std::string kTables = BASHU_TABLES;

StatTable readTable(const std::string& file, const std::string& sheet = "") {
    Result<SheetCells> cells = readSheet(kTables + "/" + file, sheet);
    EXPECT_TRUE(cells) << (cells ? "" : cells.error().message);
    Result<TableLayout> layout = findTableLayout(cells->cells, file);
    EXPECT_TRUE(layout) << (layout ? "" : layout.error().message);
    return makeStatTable(std::move(*layout), file);
}

TEST(TableLayout, YearbookSheetWithTitleTwoRowHeaderTotalsAndFootnotes) {
    const StatTable table = readTable("cq_yearbook.xlsx", "2-5 地区生产总值");
    const TableLayout& layout = table.layout;
    ASSERT_TRUE(layout.headerRow);
    EXPECT_EQ(*layout.headerRow, 3u);
    EXPECT_EQ(layout.headerRows, 2u);
    EXPECT_EQ(layout.title, "2-5 各区县地区生产总值(2019-2022年)");
    ASSERT_EQ(layout.columns.size(), 5u);
    EXPECT_EQ(layout.columns[0].name, "地区");
    EXPECT_EQ(layout.columns[0].kind, ColumnKind::Name);
    EXPECT_EQ(layout.columns[1].name, "地区生产总值 2019年");
    EXPECT_EQ(layout.columns[4].name, "地区生产总值 2022年");
    EXPECT_EQ(layout.columns[4].indicator, "地区生产总值");
    EXPECT_EQ(layout.columns[4].year, 2022);
    EXPECT_EQ(layout.columns[4].unit, "亿元");  // from the "单位：亿元" line
    EXPECT_EQ(layout.columns[4].kind, ColumnKind::Number);
    EXPECT_EQ(layout.keyColumn, 0u);
    // The totals row is left out and named; the footnotes are not rows.
    EXPECT_EQ(table.totals, std::vector<std::string>{"全市"});
    ASSERT_EQ(table.dataRows.size(), 9u);
    const Column& names = table.wide.columns[0];
    EXPECT_EQ(names.strings[0], "万州");
    EXPECT_EQ(names.strings[5], "开县");
    const Column& gdp2021 = table.wide.columns[3];
    EXPECT_DOUBLE_EQ(*gdp2021.number(0), 1087.6);  // "1,087.6"
    const Column& gdp2022 = table.wide.columns[4];
    EXPECT_FALSE(gdp2022.number(4));                             // 梁平县 2022: "—", missing, not 0
    EXPECT_FALSE(gdp2022.number(7));                             // 石柱县 2022: "…"
    EXPECT_DOUBLE_EQ(*table.wide.columns[3].number(1), 1302.9);  // full-width digits
}

TEST(TableLayout, LongFormHasAYearPerColumn) {
    const StatTable table = readTable("cq_yearbook.xlsx", "2-5 地区生产总值");
    const AttributeTable longTable = longForm(table);
    const Column* year = longTable.find(kYearField);
    const Column* value = longTable.find(kValueField);
    const Column* indicator = longTable.find(kIndicatorField);
    const Column* unit = longTable.find(kUnitField);
    ASSERT_TRUE(year && value && indicator && unit && longTable.find("地区"));
    ASSERT_EQ(value->size(), 9u * 4u);
    EXPECT_EQ(year->text(3), "2022");
    EXPECT_EQ(indicator->text(3), "地区生产总值");
    EXPECT_EQ(unit->text(3), "亿元");
    EXPECT_DOUBLE_EQ(*value->number(3), 1152.2);
    Result<ColumnJoin> join = joinForColumn(table, "地区生产总值 2021年");
    ASSERT_TRUE(join);
    EXPECT_EQ(join->value, kValueField);
    EXPECT_EQ(join->where, (std::vector<std::pair<std::string, std::string>>{
                               {kIndicatorField, "地区生产总值"}, {kYearField, "2021"}}));
    Result<ColumnJoin> typo = joinForColumn(table, "地区生产总值 2021");
    ASSERT_FALSE(typo);
    EXPECT_NE(typo.error().message.find("did you mean '地区生产总值 2021年'"), std::string::npos)
        << typo.error().message;
    EXPECT_FALSE(joinForColumn(table, "地区"));  // names, not numbers
}

TEST(TableLayout, IndicatorsAsColumnsWithUnitsInTheHeader) {
    const StatTable table = readTable("cq_yearbook.xlsx", "人口");
    ASSERT_EQ(table.layout.columns.size(), 3u);
    EXPECT_EQ(table.layout.columns[1].indicator, "常住人口");
    EXPECT_EQ(table.layout.columns[1].unit, "万人");
    EXPECT_EQ(table.layout.columns[2].unit, "%");
    EXPECT_DOUBLE_EQ(*table.wide.columns[2].number(0), 69.8);
    Result<ColumnJoin> join = joinForColumn(table, "城镇化率(%)");
    ASSERT_TRUE(join);
    EXPECT_EQ(join->where.size(), 1u);  // an indicator, no year
}

TEST(TableLayout, GbkCsvWithCodesAndATotalsRow) {
    const StatTable table = readTable("sc_counties_gbk.csv");
    ASSERT_TRUE(table.layout.headerRow);
    EXPECT_EQ(*table.layout.headerRow, 1u);
    EXPECT_EQ(table.layout.columns[0].kind, ColumnKind::Code);
    EXPECT_EQ(table.layout.columns[1].name, "县（市、区）");  // as the header writes it
    EXPECT_EQ(table.layout.columns[2].unit, "万元");
    EXPECT_EQ(table.layout.keyColumn, 0u);
    EXPECT_EQ(table.dataRows.size(), 5u);
    EXPECT_EQ(table.totals, std::vector<std::string>{"合计"});
    EXPECT_DOUBLE_EQ(*table.wide.columns[2].number(0), 12345678.0);
    EXPECT_FALSE(table.wide.columns[2].number(2));  // "-"
}

TEST(TableLayout, LongTableStaysLong) {
    const StatTable table = readTable("cq_long.ods");
    EXPECT_TRUE(table.alreadyLong);
    EXPECT_EQ(table.dataRows.size(), 4u);
    EXPECT_EQ(longForm(table).columns.size(), 4u);
}

TEST(TableLayout, HeaderRowGivenByTheUser) {
    CellGrid grid;
    grid.rows = {{"name", "gdp"}, {"a", "1"}, {"b", "2"}, {"c", "3"}};
    Result<TableLayout> guessed = findTableLayout(grid, "t.csv");
    ASSERT_TRUE(guessed);
    EXPECT_EQ(guessed->headerRow, 0u);
    Result<TableLayout> given = findTableLayout(grid, "t.csv", 0);
    ASSERT_TRUE(given);
    EXPECT_EQ(given->columns[1].name, "gdp");
    EXPECT_FALSE(findTableLayout(grid, "t.csv", 9));
    // A row of data is not a header: the columns would be named "a" and "1".
    Result<TableLayout> data = findTableLayout(grid, "t.csv", 1);
    ASSERT_FALSE(data);
    EXPECT_EQ(data.error().message.substr(0, 60),
              "t.csv: row 2 holds data (a name or code and numbers), not th");
    CellGrid words;
    words.rows = {{"a", "b"}, {"c", "d"}};
    Result<TableLayout> none = findTableLayout(words, "t.csv");
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().message, "t.csv: no rows of data found (rows with a name or code and numbers)");
}

TEST(TableLayout, AHeaderGivenByItsUpperRowTakesTheYearsUnderItAndATitleIsRefused) {
    CellGrid grid;
    grid.rows = {{"各区县地区生产总值"},
                 {"地区", "地区生产总值", "", "增速"},
                 {"", "2021年", "2022年", "2022年"},
                 {"万州区", "1087.6", "1121.3", "2.1"},
                 {"渝中区", "1502.1", "1512.4", "1.6"}};
    Result<TableLayout> upper = findTableLayout(grid, "t.csv", 1);
    ASSERT_TRUE(upper) << upper.error().message;
    EXPECT_EQ(upper->headerRows, 2u);
    EXPECT_EQ(upper->headerRow, 2u);
    EXPECT_EQ(upper->columns[2].name, "地区生产总值 2022年");
    Result<TableLayout> title = findTableLayout(grid, "t.csv", 0);
    ASSERT_FALSE(title);
    EXPECT_NE(
        title.error().message.find("t.csv: row 1 has one cell, not the names of the columns (a title?)"),
        std::string::npos)
        << title.error().message;
}

TEST(TableLayout, AUnitSaidInTheTitle) {
    CellGrid grid;
    grid.rows = {{"各区县常住人口（2022年末，单位：万人）"},
                 {"区县", "常住人口"},
                 {"万州区", "155.9"},
                 {"渝中区", "58.9"}};
    Result<TableLayout> layout = findTableLayout(grid, "t.csv");
    ASSERT_TRUE(layout) << layout.error().message;
    EXPECT_EQ(layout->title, "各区县常住人口（2022年末，单位：万人）");
    EXPECT_EQ(layout->columns[1].unit, "万人");
}

TEST(TableLayout, TotalsKeys) {
    for (const char* key : {"全市", "合计", "#合计", "Total", "全省合计"})
        EXPECT_TRUE(isTotalKey(key)) << key;
    for (const char* key : {"万州区", "市中区", "全州区"}) EXPECT_FALSE(isTotalKey(key)) << key;
}

TEST(TableLayout, AHeadingOfAGroupUnderTheTotalsDoesNotHideTheHeader) {
    // 全市, then 主城都市区 alone on its row, then the districts (a cold trial's budget sheet).
    const StatTable table = readTable("cq_yearbook.xlsx", "预算");
    ASSERT_TRUE(table.layout.headerRow);
    EXPECT_EQ(*table.layout.headerRow, 3u);
    EXPECT_EQ(table.layout.headerRows, 2u);
    EXPECT_EQ(table.layout.columns[3].name, "一般公共预算支出 2021年");
    EXPECT_EQ(table.totals, std::vector<std::string>{"全市"});
    EXPECT_EQ(table.headings, (std::vector<std::string>{"主城都市区", "渝东北三峡库区城镇群"}));
    ASSERT_EQ(table.dataRows.size(), 3u);
    EXPECT_DOUBLE_EQ(*table.wide.columns[4].number(2), 182.3);
}

TEST(TableLayout, ALongTableJoinsItsLatestYearAndFirstIndicator) {
    const StatTable table = readTable("cq_long.ods");
    EXPECT_EQ(valueColumns(table), std::vector<std::string>{"数值"});  // 年份 is the rows' year
    Result<ColumnJoin> join = joinForColumn(table, "数值");
    ASSERT_TRUE(join) << join.error().message;
    EXPECT_EQ(join->value, "数值");
    EXPECT_EQ(join->where,
              (std::vector<std::pair<std::string, std::string>>{{"指标", "GDP"}, {"年份", "2022"}}));
    EXPECT_FALSE(joinForColumn(table, "年份"));
}

TEST(TableLayout, ATitleWithoutADelimiterIsATitle) {
    const StatTable table = readTable("cq_people_title.csv");
    EXPECT_EQ(table.layout.title, "各区县常住人口");
    EXPECT_EQ(table.layout.columns[1].unit, "万人");
    EXPECT_EQ(table.dataRows.size(), 3u);
}

}  // namespace
}  // namespace bashu
