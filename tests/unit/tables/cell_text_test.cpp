#include "tables/cell_text.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(CellText, PaddingBetweenChineseCharactersIsNotPartOfTheName) {
    EXPECT_EQ(cleanCellText("万  州"), "万州");
    EXPECT_EQ(cleanCellText("\u3000地\u3000区 "), "地区");
    EXPECT_EQ(cleanCellText("  Wanzhou   District "), "Wanzhou District");
    EXPECT_EQ(cleanCellText("GDP\n2021"), "GDP 2021");
    EXPECT_EQ(cleanCellText("地区生产总值 (亿元)"), "地区生产总值 (亿元)");
}

TEST(CellText, NumbersAsYearbooksWriteThem) {
    EXPECT_EQ(parseCellNumber("1,087.6"), 1087.6);
    EXPECT_EQ(parseCellNumber("１３０２.９"), 1302.9);
    EXPECT_EQ(parseCellNumber("12,345,678"), 12345678.0);
    EXPECT_EQ(parseCellNumber("-3.5"), -3.5);
    EXPECT_EQ(parseCellNumber("69.8%"), 69.8);
    EXPECT_EQ(parseCellNumber("1.5E+07"), 1.5e7);
    EXPECT_EQ(parseCellNumber("500101"), 500101.0);
    // Not numbers: a comma not grouping thousands, words, two numbers, an infinity.
    EXPECT_FALSE(parseCellNumber("2100,5"));
    EXPECT_FALSE(parseCellNumber("12,34"));
    EXPECT_FALSE(parseCellNumber("万州区"));
    EXPECT_FALSE(parseCellNumber("1.2 3.4"));
    EXPECT_FALSE(parseCellNumber("1e999"));
    EXPECT_FALSE(parseCellNumber(""));
    EXPECT_FALSE(parseCellNumber("-"));
}

TEST(CellText, MissingMarks) {
    for (const char* mark : {"", "—", "…", "……", "-", "/", "－", "NA", "n.a."})
        EXPECT_TRUE(isMissingMark(mark)) << mark;
    for (const char* value : {"0", "万州", "x1"}) EXPECT_FALSE(isMissingMark(value)) << value;
}

TEST(CellText, YearsInHeaders) {
    EXPECT_EQ(yearOf("2019年"), 2019);
    EXPECT_EQ(yearOf("２０２０"), 2020);
    EXPECT_EQ(yearOf("2021 年"), 2021);
    EXPECT_EQ(yearOf("Y2022"), 2022);
    EXPECT_FALSE(yearOf("2019-2022"));
    EXPECT_FALSE(yearOf("1234"));
    EXPECT_FALSE(yearOf("GDP"));
}

TEST(CellText, UnitsInHeaders) {
    EXPECT_EQ(splitHeaderUnit("地区生产总值（亿元）").name, "地区生产总值");
    EXPECT_EQ(splitHeaderUnit("地区生产总值（亿元）").unit, "亿元");
    EXPECT_EQ(splitHeaderUnit("GDP 2022 (100 million yuan)").unit, "100 million yuan");
    EXPECT_EQ(splitHeaderUnit("城镇化率(%)").unit, "%");
    EXPECT_EQ(splitHeaderUnit("地区").unit, "");
    EXPECT_EQ(splitHeaderUnit("(亿元)").name, "(亿元)");
}

}  // namespace
}  // namespace bashu
