#include "core/longitude_span.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bashu {
namespace {

TEST(LongitudeSpan, RegionalDataKeepsItsLongitudes) {
    const LongitudeSpan span = longitudeSpan({102.5, 104.0, 110.2});
    EXPECT_DOUBLE_EQ(span.west, 102.5);
    EXPECT_DOUBLE_EQ(span.east, 110.2);
}

TEST(LongitudeSpan, DataAcrossTheAntimeridianRunsPast180) {
    // Fiji: 177E to 178W, written both ways.
    const LongitudeSpan span = longitudeSpan({177.0, 179.5, -179.5, -178.0, 181.0});
    EXPECT_DOUBLE_EQ(span.west, 177.0);
    EXPECT_DOUBLE_EQ(span.east, 182.0);
    EXPECT_DOUBLE_EQ(span.center(), 179.5);
}

TEST(LongitudeSpan, WorldDataKeepsTheUsualReading) {
    std::vector<double> world;
    for (double lon = -175.0; lon <= 175.0; lon += 25.0) world.push_back(lon);
    const LongitudeSpan span = longitudeSpan(world);
    EXPECT_DOUBLE_EQ(span.west, -175.0);
    EXPECT_DOUBLE_EQ(span.east, 175.0);
}

TEST(LongitudeSpan, NonFiniteValuesAreIgnored) {
    const LongitudeSpan span = longitudeSpan({std::nan(""), 100.0, 101.0});
    EXPECT_DOUBLE_EQ(span.west, 100.0);
    EXPECT_DOUBLE_EQ(span.east, 101.0);
    EXPECT_DOUBLE_EQ(longitudeSpan({}).east, 0.0);
}

}  // namespace
}  // namespace bashu
