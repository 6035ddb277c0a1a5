#include "io/sheet_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace bashu {
namespace {

const std::string kTables = BASHU_TABLES;

TEST(SheetReader, WorkbookSheetsByName) {
    Result<std::vector<std::string>> sheets = listSheets(kTables + "/cq_yearbook.xlsx");
    ASSERT_TRUE(sheets) << sheets.error().message;
    EXPECT_EQ(*sheets, (std::vector<std::string>{"2-5 地区生产总值", "人口", "English", "预算"}));
    Result<SheetCells> people = readSheet(kTables + "/cq_yearbook.xlsx", "人口");
    ASSERT_TRUE(people) << people.error().message;
    EXPECT_EQ(people->sheet, "人口");
    ASSERT_EQ(people->cells.rowCount(), 5u);
    EXPECT_EQ(people->cells.at(0, 0), "各区县常住人口和城镇化率(2022年)");
    EXPECT_EQ(people->cells.at(1, 1), "常住人口(万人)");
    EXPECT_EQ(people->cells.at(2, 0), "万州区");
}

TEST(SheetReader, ASheetByItsPlace) {
    Result<SheetCells> second = readSheet(kTables + "/cq_yearbook.xlsx", "2");
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->sheet, "人口");
    EXPECT_FALSE(readSheet(kTables + "/cq_yearbook.xlsx", "9"));
}

TEST(SheetReader, FirstSheetKeepsItsTitleAndEmptyRows) {
    Result<SheetCells> gdp = readSheet(kTables + "/cq_yearbook.xlsx");
    ASSERT_TRUE(gdp) << gdp.error().message;
    EXPECT_EQ(gdp->sheet, "2-5 地区生产总值");
    EXPECT_EQ(gdp->cells.at(1, 4), "单位：亿元");
    EXPECT_EQ(gdp->cells.at(3, 0), "");  // under the vertically merged 地区
    EXPECT_EQ(gdp->cells.at(3, 1), "2019年");
}

TEST(SheetReader, GbkCsvAndSemicolonsWithAByteOrderMark) {
    Result<SheetCells> gbk = readSheet(kTables + "/sc_counties_gbk.csv");
    ASSERT_TRUE(gbk) << gbk.error().message;
    EXPECT_EQ(gbk->encoding, "GB18030/GBK");
    EXPECT_EQ(gbk->cells.at(1, 1), "县（市、区）");
    EXPECT_EQ(gbk->cells.at(2, 2), "12,345,678");  // quoted, its commas kept
    Result<SheetCells> names = readSheet(kTables + "/sc_names.csv");
    ASSERT_TRUE(names) << names.error().message;
    EXPECT_EQ(names->encoding, "UTF-8 with BOM");
    EXPECT_EQ(names->cells.at(0, 0), "地区");
    EXPECT_EQ(names->cells.at(1, 1), "2100.5");
}

TEST(SheetReader, OdsLongTable) {
    Result<SheetCells> ods = readSheet(kTables + "/cq_long.ods");
    ASSERT_TRUE(ods) << ods.error().message;
    EXPECT_EQ(ods->cells.at(0, 1), "指标");
    EXPECT_EQ(ods->cells.rowCount(), 5u);
}

TEST(SheetReader, ErrorsNameTheFile) {
    Result<SheetCells> sheet = readSheet(kTables + "/cq_yearbook.xlsx", "人 口");
    ASSERT_FALSE(sheet);
    EXPECT_EQ(sheet.error().message,
              "cq_yearbook.xlsx: no sheet '人 口' (the sheets are: 2-5 地区生产总值, 人口, English, 预算)");
    Result<SheetCells> notTable = readSheet(kTables + "/two_jiangbei.geojson");
    ASSERT_FALSE(notTable);
    EXPECT_EQ(notTable.error().message,
              "two_jiangbei.geojson: not a table file (.csv, .tsv, .txt, .xlsx, .xls or .ods)");
    const std::string broken = (std::filesystem::temp_directory_path() / "bashu_broken.xlsx").string();
    std::ofstream(broken) << "not a workbook";
    Result<SheetCells> unreadable = readSheet(broken);
    ASSERT_FALSE(unreadable);
    EXPECT_EQ(unreadable.error().message.rfind("bashu_broken.xlsx: not a readable .xlsx workbook", 0), 0u)
        << unreadable.error().message;
    std::filesystem::remove(broken);
    Result<SheetCells> missing = readSheet(kTables + "/no_such.csv");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("no_such.csv"), std::string::npos);
}

}  // namespace
}  // namespace bashu
