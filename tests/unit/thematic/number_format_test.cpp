#include "thematic/number_format.h"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

namespace bashu {
namespace {

TEST(NumberFormat, GroupsThousands) {
    EXPECT_EQ(formatNumber(19916.98, 0), "19,917");
    EXPECT_EQ(formatNumber(1234567.891, 2), "1,234,567.89");
    EXPECT_EQ(formatNumber(999, 0), "999");
    EXPECT_EQ(formatNumber(-4500.5, 1), "-4,500.5");
}

TEST(NumberFormat, NeverShowsMinusZero) { EXPECT_EQ(formatNumber(-0.0001, 2), "0.00"); }

TEST(NumberFormat, LegendDecimalsTellLimitsApart) {
    EXPECT_EQ(legendDecimals(Classification{{447.2, 1144.1, 1901.3, 19916.98}}), 0);
    EXPECT_EQ(legendDecimals(Classification{{5.1, 6.3, 8.5}}), 1);
    EXPECT_EQ(legendDecimals(Classification{{0.012, 0.034, 0.05}}), 3);
    EXPECT_EQ(legendDecimals(Classification{{1e-9, 2e-9}}), 4) << "capped";
    EXPECT_EQ(legendDecimals(Classification{{7, 7}}), 1) << "7.0: two significant digits";
    EXPECT_EQ(legendDecimals(Classification{{1.5, 15.75, 30}}), 1) << "1.5 must not read as 2";
}

TEST(NumberFormat, MagnitudeUnitsDivideAndNameTheMagnitude) {
    EXPECT_EQ(formatNumber(19916.98, 2, kWan), "1.99万");
    EXPECT_EQ(formatNumber(820000000, 1, kYi), "8.2亿");
    EXPECT_EQ(formatNumber(123456789012, 0, kYi), "1,235亿") << "thousands separators stay";
    EXPECT_EQ(formatNumber(-45000, 1, kWan), "-4.5万");
    EXPECT_EQ(formatNumber(19916.98, 0, kOnes), "19,917");
}

TEST(NumberFormat, AutoWritesWanAndYiOnlyForLargeNumbersOnChineseMaps) {
    const std::vector<double> perCapita{28000, 41000, 62000, 125000};
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, perCapita, true, "元").suffix, "万");
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, perCapita, false, "").suffix, "") << "an English map";
    const std::vector<double> yuan{3.2e9, 8.7e9, 2.1e10};
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, yuan, true, "元").suffix, "亿");
    const std::vector<double> gdp{447.2, 1144.1, 19916.98};
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, gdp, true, "").suffix, "") << "below 10^5";
    const std::vector<double> people{2e5, 3e6, 2e7};
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, people, true, "万人").suffix, "")
        << "already in 万: 万万人 would be wrong";
    const std::vector<double> skewed{5, 200, 250000};
    EXPECT_EQ(chooseMagnitude(NumberFormat::Auto, skewed, true, "").suffix, "") << "5 would read as 0.0005万";
    EXPECT_EQ(chooseMagnitude(NumberFormat::Wan, gdp, false, "").suffix, "万") << "asked for outright";
    EXPECT_EQ(chooseMagnitude(NumberFormat::Yi, gdp, false, "").suffix, "亿");
    EXPECT_EQ(chooseMagnitude(NumberFormat::Plain, yuan, true, "").suffix, "");
}

TEST(NumberFormat, OneLegendSharesItsMagnitudeAndDecimals) {
    // Limits shared by adjacent classes must read the same in both, so every limit is written
    // with the decimals that tell the closest two apart, in the same magnitude.
    const std::vector<double> limits{28123, 41870, 45510, 125000};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, true, "元");
    EXPECT_EQ(style.magnitude.suffix, "万");
    EXPECT_EQ(style.decimals, 2) << "the closest limits, 4.19万 and 4.55万, keep a digit of their gap";
    EXPECT_EQ(style.format(28123), "2.81万");
    EXPECT_EQ(style.format(125000), "12.50万");
    const NumberStyle plain = legendNumberStyle(limits, NumberFormat::Plain, true, "元");
    EXPECT_EQ(plain.format(41870), "41,870");
}

TEST(NumberFormat, FindsChineseTextAndMagnitudeUnits) {
    EXPECT_TRUE(containsCjk("GDP 2021 (亿元)"));
    EXPECT_TRUE(containsCjk("綦江"));
    EXPECT_FALSE(containsCjk("GDP per capita, yuan"));
    EXPECT_FALSE(containsCjk("\xe4\xba")) << "a cut sequence is not a character";
    EXPECT_TRUE(unitHasMagnitude("万人"));
    EXPECT_TRUE(unitHasMagnitude("亿元"));
    EXPECT_TRUE(unitHasMagnitude("千万元"));
    EXPECT_FALSE(unitHasMagnitude("元"));
    EXPECT_FALSE(unitHasMagnitude("%"));
}

}  // namespace
}  // namespace bashu

namespace bashu {
namespace {

TEST(NumberFormat, LargeNumbersAreWrittenWhole) {
    const std::string text = formatNumber(1e63, 0);
    EXPECT_EQ(text.rfind("1,0", 0), 0u) << text;
    EXPECT_EQ(text.size(), 64u + 21u) << "64 digits and 21 separators: " << text;
}

TEST(NumberFormat, TinyLimitsKeepTwoSignificantDigits) {
    const std::vector<double> limits = {1e-5, 2.5e-5, 4e-5};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, false, "");
    EXPECT_EQ(style.format(limits[0]), "1.0e-5");
    EXPECT_EQ(style.format(limits[1]), "2.5e-5");
    EXPECT_EQ(style.format(limits[2]), "4.0e-5");
}

TEST(NumberFormat, HugeLimitsAreWrittenInPowersOfTen) {
    const std::vector<double> limits = {1e63, 2.5e63, 3.4e38 * 1e30};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, true, "");
    EXPECT_EQ(style.format(limits[0]), "1.0e63");
    EXPECT_EQ(style.format(limits[1]), "2.5e63");
}

TEST(NumberFormat, ZeroAmongHugeLimitsIsWrittenZero) {
    // Pretty classes from -1e300 to 1e300 break at 0.
    const std::vector<double> limits = {-1e300, -5e299, 0.0, 5e299, 1e300};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, false, "");
    EXPECT_TRUE(style.scientific);
    EXPECT_EQ(style.format(limits[2]), "0");
    EXPECT_EQ(style.format(limits[1]), "-5.0e299");
    EXPECT_EQ(style.format(std::numeric_limits<double>::max()), "1.8e308");
}

TEST(NumberFormat, CloseTinyLimitsGetTheDigitsThatTellThemApart) {
    const std::vector<double> limits = {1.0e-5, 1.01e-5, 1.02e-5};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, false, "");
    EXPECT_EQ(style.format(limits[0]), "1.00e-5");
    EXPECT_EQ(style.format(limits[1]), "1.01e-5");
}

TEST(NumberFormat, OrdinaryLimitsStayPlain) {
    const std::vector<double> limits = {0.012, 0.034, 0.05};
    const NumberStyle style = legendNumberStyle(limits, NumberFormat::Auto, false, "");
    EXPECT_FALSE(style.scientific);
    EXPECT_EQ(style.format(limits[1]), "0.034");
}

}  // namespace
}  // namespace bashu
