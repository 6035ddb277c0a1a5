#include "carto/scale_bar.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bashu {
namespace {

TEST(ScaleBar, TheLargestRoundLengthThatFits) {
    // 730 m a pixel, at most 200 pixels: 146 km fits, so 100 km on 137 pixels.
    std::optional<ScaleBarLength> length = chooseScaleBarLength(730.0, 200.0f);
    ASSERT_TRUE(length);
    EXPECT_EQ(length->metres, 100000.0);
    EXPECT_NEAR(length->pixels, 137.0f, 0.1f);
    EXPECT_EQ(length->label, "100 km");
    EXPECT_EQ(length->segments, 5);
}

TEST(ScaleBar, LengthsAreOneTwoOrFiveTimesAPowerOfTen) {
    const struct {
        double metresPerPixel, metres;
        const char* label;
        int segments;
    } cases[] = {
        {1000.0, 200000.0, "200 km", 4},  // exactly 200 pixels still fits
        {2600.0, 500000.0, "500 km", 5}, {3.0, 500.0, "500 m", 5},
        {0.004, 0.5, "0.5 m", 5},        {12.0, 2000.0, "2 km", 4},
    };
    for (const auto& c : cases) {
        std::optional<ScaleBarLength> length = chooseScaleBarLength(c.metresPerPixel, 200.0f);
        ASSERT_TRUE(length) << c.metresPerPixel;
        EXPECT_DOUBLE_EQ(length->metres, c.metres) << c.metresPerPixel;
        EXPECT_EQ(length->label, c.label) << c.metresPerPixel;
        EXPECT_EQ(length->segments, c.segments) << c.metresPerPixel;
        EXPECT_LE(length->pixels, 200.0f);
        EXPECT_GE(length->pixels, 80.0f) << "a step of at most 2.5 below the maximum";
    }
}

TEST(ScaleBar, NoLengthForAnUnknownScale) {
    EXPECT_FALSE(chooseScaleBarLength(std::nan(""), 200.0f));
    EXPECT_FALSE(chooseScaleBarLength(0.0, 200.0f));
    EXPECT_FALSE(chooseScaleBarLength(-5.0, 200.0f));
    EXPECT_FALSE(chooseScaleBarLength(100.0, 0.0f));
}

TEST(ScaleBar, DistancesInKilometresFromOneKilometre) {
    EXPECT_EQ(formatDistance(1000), "1 km");
    EXPECT_EQ(formatDistance(1500), "1.5 km");
    EXPECT_EQ(formatDistance(20000000), "20000 km");
    EXPECT_EQ(formatDistance(500), "500 m");
    EXPECT_EQ(formatDistance(0.02), "0.02 m");
}

}  // namespace
}  // namespace bashu
