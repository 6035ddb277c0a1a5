#include "tables/unit_names.h"

#include <gtest/gtest.h>

#include "tables/unit_renames.h"

namespace bashu {
namespace {

bool same(const char* a, const char* b) { return sameUnit(unitName(a), unitName(b)); }

TEST(UnitNames, ChineseSuffixesAndPadding) {
    EXPECT_TRUE(same("万州区", "万州"));
    EXPECT_TRUE(same("万  州", "万州区"));
    EXPECT_TRUE(same("阿坝州", "阿坝藏族羌族自治州"));
    EXPECT_TRUE(same("凉山州", "凉山彝族自治州"));
    EXPECT_TRUE(same("北川县", "北川羌族自治县"));
    EXPECT_TRUE(same("秀山县", "秀山土家族苗族自治县"));
    EXPECT_TRUE(same("成都", "成都市"));
    EXPECT_TRUE(same("ＡＢ区", "AB区"));
    // A district is not the city of the same name; a one-character name keeps its suffix.
    EXPECT_FALSE(same("广安市", "广安区"));
    EXPECT_EQ(unitName("万州").base, "万州");
    EXPECT_EQ(unitName("泸县").base, "泸县");
    EXPECT_FALSE(same("泸县", "泸州市"));
}

TEST(UnitNames, PinyinAndEnglish) {
    EXPECT_TRUE(same("Wànzhōu Qū", "Wanzhou District"));
    EXPECT_TRUE(same("Nan'an", "Nan'an District"));
    EXPECT_TRUE(same("Xiushan Tujia and Miao Autonomous County", "Xiùshān Xiàn"));
    EXPECT_TRUE(same("Aba Tibetan and Qiang Autonomous Prefecture", "Aba Prefecture"));
    EXPECT_TRUE(same("LIANGPING", "Liangping District"));
    EXPECT_FALSE(same("Guang'an City", "Guang'an District"));
}

TEST(UnitNames, CodesOnTheirFirstSixDigits) {
    EXPECT_EQ(codeKey("500101"), "500101");
    EXPECT_EQ(codeKey("510116000000"), "510116");
    EXPECT_EQ(codeKey("510116000"), "510116");
    EXPECT_EQ(codeKey("５００１０１"), "500101");
    EXPECT_EQ(codeKey("500101.0"), "500101");
    EXPECT_EQ(codeKey("50010"), "");
    EXPECT_EQ(codeKey("5001011"), "");
    EXPECT_EQ(codeKey("万州区"), "");
}

TEST(UnitRenames, OlderNamesGiveTheCurrentOnes) {
    EXPECT_EQ(renamedTo("梁平县"), "梁平区");
    EXPECT_EQ(renamedTo("开  县"), "开州区");
    EXPECT_EQ(renamedTo("郫县"), "郫都区");
    EXPECT_EQ(renamedTo("宜宾县"), "叙州区");
    EXPECT_EQ(renamedTo("康定县"), "康定市");
    // The current name, a name never changed, and 梁平 without its old suffix are not renames.
    EXPECT_EQ(renamedTo("梁平区"), "");
    EXPECT_EQ(renamedTo("万州区"), "");
    EXPECT_EQ(renamedTo("梁平"), "");
    for (const UnitRename& rename : unitRenames()) {
        EXPECT_NE(rename.before, rename.after);
        EXPECT_GE(rename.year, 1997);
    }
}

}  // namespace
}  // namespace bashu
