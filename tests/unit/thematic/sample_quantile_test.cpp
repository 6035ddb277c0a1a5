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

}  // namespace
}  // namespace bashu
