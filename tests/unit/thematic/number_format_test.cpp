#include "thematic/number_format.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace bashu
