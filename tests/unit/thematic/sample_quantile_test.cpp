#include "thematic/sample_quantile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace bashu {
namespace {

// Expected values: linear interpolation at (n - 1) p (Hyndman and Fan type 7), worked by hand
// and checked with Python's statistics.quantiles(method="inclusive"), the same definition.

TEST(SampleQuantile, QuantilesOnAValueAreThatValue) {
    const std::vector<double> v{1, 2, 3, 4, 5};
    EXPECT_EQ(sampleQuantile(v, 0, 4), 1.0);
    EXPECT_EQ(sampleQuantile(v, 1, 4), 2.0);
    EXPECT_EQ(sampleQuantile(v, 2, 4), 3.0);
    EXPECT_EQ(sampleQuantile(v, 3, 4), 4.0);
    EXPECT_EQ(sampleQuantile(v, 4, 4), 5.0);
}

TEST(SampleQuantile, InterpolatesBetweenNeighbours) {
    const std::vector<double> v{1, 2, 3, 4, 5};
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 10, 100), 1.4);   // position 0.4
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 99, 100), 4.96);  // position 3.96
    const std::vector<double> two{10, 20};
    EXPECT_DOUBLE_EQ(sampleQuantile(two, 1, 4), 12.5);
    EXPECT_DOUBLE_EQ(sampleQuantile(two, 1, 100), 10.1);
}

TEST(SampleQuantile, TiesAndASingleValue) {
    const std::vector<double> ties{1, 1, 1, 1, 2};
    EXPECT_EQ(sampleQuantile(ties, 50, 100), 1.0);
    EXPECT_DOUBLE_EQ(sampleQuantile(ties, 90, 100), 1.6);
    EXPECT_DOUBLE_EQ(sampleQuantile(ties, 99, 100), 1.96);
    const std::vector<double> one{7};
    for (int p : {0, 1, 50, 99, 100}) EXPECT_EQ(sampleQuantile(one, p, 100), 7.0) << p;
}

TEST(SampleQuantile, NeverDecreasesAndStaysWithinItsNeighbours) {
    const std::vector<double> v{0.1, 0.2, 0.30000000000000004, 1e-300, 1e300};
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    double previous = sorted.front();
    for (int p = 0; p <= 1000; ++p) {
        const double q = sampleQuantile(sorted, p, 1000);
        EXPECT_GE(q, previous) << p;
        EXPECT_LE(q, sorted.back());
        previous = q;
    }
}

// Types 1 and 5 by hand: type 1 is the value at index ceil(n p) - 1 (0-based; the first for
// p = 0), type 5 interpolates at n p - 0.5, clamped to the ends (NumPy's "inverted_cdf" and
// "hazen" give the same).
TEST(SampleQuantile, DataValuesAndHazenTypes) {
    const std::vector<double> v{1, 2, 3, 4, 5};
    EXPECT_EQ(sampleQuantile(v, 0, 100, QuantileType::DataValues), 1.0);
    EXPECT_EQ(sampleQuantile(v, 20, 100, QuantileType::DataValues), 1.0);  // ceil(1) - 1 = 0
    EXPECT_EQ(sampleQuantile(v, 21, 100, QuantileType::DataValues), 2.0);  // ceil(1.05) - 1 = 1
    EXPECT_EQ(sampleQuantile(v, 50, 100, QuantileType::DataValues), 3.0);
    EXPECT_EQ(sampleQuantile(v, 100, 100, QuantileType::DataValues), 5.0);
    EXPECT_EQ(sampleQuantile(v, 5, 100, QuantileType::Hazen), 1.0);           // -0.25, clamped
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 25, 100, QuantileType::Hazen), 1.75);  // 0.75
    EXPECT_EQ(sampleQuantile(v, 50, 100, QuantileType::Hazen), 3.0);
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 75, 100, QuantileType::Hazen), 4.25);  // 3.25
    EXPECT_EQ(sampleQuantile(v, 95, 100, QuantileType::Hazen), 5.0);          // 4.25, clamped
}

TEST(SampleQuantile, TypesByNumber) {
    EXPECT_EQ(quantileTypeOf(1), QuantileType::DataValues);
    EXPECT_EQ(quantileTypeOf(5), QuantileType::Hazen);
    EXPECT_EQ(quantileTypeOf(7), QuantileType::Linear);
    EXPECT_FALSE(quantileTypeOf(6));
    EXPECT_FALSE(quantileTypeOf(0));
}

TEST(SampleQuantile, NoOverflowBetweenTheLargestValues) {
    const std::vector<double> v{-1.7e308, 1.7e308};
    EXPECT_EQ(sampleQuantile(v, 1, 2, QuantileType::Linear), 0.0);
    EXPECT_EQ(sampleQuantile(v, 1, 2, QuantileType::Hazen), 0.0);
    EXPECT_NEAR(sampleQuantile(v, 1, 4, QuantileType::Linear), -0.85e308, 1e294);
}

}  // namespace
}  // namespace bashu
