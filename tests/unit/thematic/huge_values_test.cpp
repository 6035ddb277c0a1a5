// Every method on values whose squares, sums or spreads overflow a double (beyond about 1e154, up
// to ±1.7e308), or whose squares vanish (1e-300): finite limits, and the classes they should be.
// Expected numbers worked by hand (each comment says how).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "thematic/classification.h"

#include "unit/thematic/class_counts.h"

namespace bashu {
namespace {

using testing::classCounts;

constexpr double kLargest = std::numeric_limits<double>::max();

// Within a relative 1e-12 of each expected limit, and every limit finite.
void expectLimits(const Classification& c, const std::vector<double>& expected) {
    ASSERT_EQ(c.limits.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_TRUE(std::isfinite(c.limits[i])) << i;
        EXPECT_NEAR(c.limits[i], expected[i], 1e-12 * std::abs(expected[i])) << i;
    }
}

void expectFiniteAscending(const Classification& c) {
    ASSERT_GE(c.classCount(), 1);
    for (size_t i = 0; i < c.limits.size(); ++i) {
        EXPECT_TRUE(std::isfinite(c.limits[i])) << i;
        if (i > 0) {
            EXPECT_LE(c.limits[i - 1], c.limits[i]) << i;
        }
    }
}

TEST(HugeValues, EqualIntervalsAcrossTheWholeRange) {
    // -1.5e308 to 1.5e308 is 3e308 wide (beyond the doubles): quarters at -7.5e307, 0, 7.5e307.
    // 0 lies on a limit, so in the class below.
    const std::vector<double> v{-1.5e308, -1e308, 0.0, 1e308, 1.5e308};
    const Classification c = classify(v, ClassMethod::EqualInterval, 4);
    expectLimits(c, {-1.5e308, -7.5e307, 0.0, 7.5e307, 1.5e308});
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{2, 1, 0, 2}));
}

TEST(HugeValues, StandardDeviationsOfValuesNear1e200) {
    // a, 2a, 3a for a = 2^660 (about 4.8e198, a power of two so that the figures are exact): mean
    // 2a, sample standard deviation a (squares of a overflow): breaks at 0, a, 2a, 3a, 4a. GeoDa's
    // ties: a (-1 SD) opens "-1 SD to mean", 2a (the mean) opens "mean to +1 SD", 3a (+1 SD)
    // closes it.
    const double a = std::ldexp(1.0, 660);
    const std::vector<double> v{a, 2 * a, 3 * a};
    const Classification c = classify(v, ClassMethod::StandardDeviation, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{0.0, 0.0, a, 2 * a, 3 * a, 4 * a, 4 * a}));
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{0, 0, 1, 2, 0, 0}));
}

TEST(HugeValues, StandardDeviationsBeyondTheDoublesAreClamped) {
    // -1e308 and 1e308: mean 0, deviation sqrt(2) 1e308; the ±2 SD breaks lie beyond the doubles
    // and are clamped to ±1.797e308, so their end classes are empty.
    const std::vector<double> v{-1e308, 1e308};
    const Classification c = classify(v, ClassMethod::StandardDeviation, 6);
    const double sd = std::sqrt(2.0) * 1e308;
    expectLimits(c, {-kLargest, -kLargest, -sd, 0.0, sd, kLargest, kLargest});
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{0, 0, 1, 1, 0, 0}));
}

TEST(HugeValues, StandardDeviationsOfTinyValues) {
    // a, 2a, 3a for a = 2^-990 (about 1e-298): squares of a vanish; scaled they do not. Breaks 0
    // to 4a, as above.
    const double a = std::ldexp(1.0, -990);
    const std::vector<double> v{a, 2 * a, 3 * a};
    const Classification c = classify(v, ClassMethod::StandardDeviation, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{0.0, 0.0, a, 2 * a, 3 * a, 4 * a, 4 * a}));
}

TEST(HugeValues, PrettyBreaksAcrossTheWholeRange) {
    // -1e300 to 1e300 in at most 4 classes: finite limits around the values, each in a class.
    const std::vector<double> v{-1e300, 1e-300, 1e300};
    const Classification c = classify(v, ClassMethod::Pretty, 4);
    expectFiniteAscending(c);
    EXPECT_LE(c.classCount(), 4);
    EXPECT_GE(c.classCount(), 2);
    for (double x : v) EXPECT_GE(c.classOf(x), 0) << x;
    // Up to the largest double: no limit beyond it.
    const std::vector<double> top{0.0, 1.7e308};
    const Classification t = classify(top, ClassMethod::Pretty, 5);
    expectFiniteAscending(t);
    for (double x : top) EXPECT_GE(t.classOf(x), 0) << x;
}

TEST(HugeValues, QuantilesInterpolateWithoutOverflow) {
    // Median of -1e308 and 1e308 by type 7 or 5: halfway, 0.
    const std::vector<double> v{-1e308, 1e308};
    for (QuantileType type : {QuantileType::Linear, QuantileType::Hazen})
        expectLimits(classify(v, ClassMethod::Quantile, 2, type), {-1e308, 0.0, 1e308});
    expectLimits(classify(v, ClassMethod::Quantile, 2), {-1e308, -1e308, 1e308});
}

TEST(HugeValues, BoxMapFences) {
    // -1e308, -1e307, 0, 1e307, 1e308: hinges -1e307, 0, 1e307, fences ∓4e307: both ends outliers.
    const std::vector<double> v{-1e308, -1e307, 0.0, 1e307, 1e308};
    const Classification c = classify(v, ClassMethod::BoxMap, 6);
    expectLimits(c, {-1e308, -4e307, -1e307, 0.0, 1e307, 4e307, 1e308});
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{1, 0, 1, 2, 0, 1}));
    // -1.5e308, -1e308, 1e308, 1.5e308: hinges ∓1.25e308 (midpoints), an IQR of 2.5e308 (beyond
    // the doubles): the fences are clamped, and no value is an outlier.
    const std::vector<double> w{-1.5e308, -1e308, 1e308, 1.5e308};
    const Classification d = classify(w, ClassMethod::BoxMap, 6);
    expectLimits(d, {-kLargest, -kLargest, -1.25e308, 0.0, 1.25e308, kLargest, kLargest});
    EXPECT_EQ(classCounts(d, w), (std::vector<int>{0, 1, 1, 1, 1, 0}));
}

TEST(HugeValues, PercentilesAndNaturalBreaks) {
    // -1e308, 1e308: the 1st and 10th percentiles are the minimum, the median 0, the 90th and
    // 99th the maximum (type 5 positions below 0 and beyond 1).
    const std::vector<double> v{-1e308, 1e308};
    expectLimits(classify(v, ClassMethod::Percentile, 6), {-1e308, -1e308, -1e308, 0.0, 1e308, 1e308, 1e308});
    // Jenks splits 1e200, 2e200, 3e200 from 1e300.
    const std::vector<double> w{1e200, 2e200, 3e200, 1e300};
    expectLimits(classify(w, ClassMethod::NaturalBreaks, 2), {1e200, 3e200, 1e300});
}

TEST(HugeValues, MixedMagnitudes) {
    // 1e-300, 1 and 1e300: equal halves at 5e299; every value keeps a class by every method.
    const std::vector<double> v{1e-300, 1.0, 1e300};
    expectLimits(classify(v, ClassMethod::EqualInterval, 2), {1e-300, 5e299, 1e300});
    for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks,
                               ClassMethod::StandardDeviation, ClassMethod::Pretty, ClassMethod::Percentile,
                               ClassMethod::BoxMap, ClassMethod::BoxMap3}) {
        const Classification c = classify(v, method, 3);
        expectFiniteAscending(c);
        for (double x : v) EXPECT_GE(c.classOf(x), 0) << classMethodName(method) << " " << x;
    }
}

}  // namespace
}  // namespace bashu
