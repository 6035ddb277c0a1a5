// Standard deviation, percentile and box maps, through classify(). Expected values worked by
// hand (quantiles by linear interpolation at (n - 1) p, type 7; the sample standard deviation)
// and checked with Python's statistics module (quantiles(method="inclusive"), stdev).
#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include "thematic/classification.h"

#include "unit/thematic/class_counts.h"

namespace bashu {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

using testing::classCounts;

void expectLimits(const Classification& c, const std::vector<double>& expected) {
    ASSERT_EQ(c.limits.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_DOUBLE_EQ(c.limits[i], expected[i]) << "limit " << i;
}

double below(double x) { return std::nextafter(x, -kInf); }

// --- percentile map ---

TEST(PercentileMap, BreaksAtThe1st10th50th90thAnd99thPercentiles) {
    const std::vector<double> values{3, 7, 8, 12, 15, 15, 18, 21, 30, 55};
    const Classification c = classify(values, ClassMethod::Percentile, 5);
    // Positions 9p: 0.09, 0.9, 4.5, 8.1, 8.91.
    expectLimits(c, {3, 3.36, 6.6, 15, 32.5, 52.75, 55});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 0, 5, 3, 0, 1}));
}

TEST(PercentileMap, AlwaysSixClassesWhateverIsAsked) {
    const std::vector<double> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (int classes : {1, 3, 6, 12}) {
        const Classification c = classify(values, ClassMethod::Percentile, classes);
        expectLimits(c, {0, 0.1, 1, 5, 9, 9.9, 10});
        EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 1, 4, 4, 0, 1})) << classes;
    }
}

TEST(PercentileMap, TiedPercentilesGiveEmptyZeroWidthClasses) {
    const std::vector<double> values{1, 1, 1, 1, 2};
    const Classification c = classify(values, ClassMethod::Percentile, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{1, 1, 1, 1, 1.6, 1.96, 2}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{4, 0, 0, 0, 0, 1}));
}

TEST(PercentileMap, TwoValues) {
    const std::vector<double> values{8, 3};
    const Classification c = classify(values, ClassMethod::Percentile, 6);
    expectLimits(c, {3, 3.05, 3.5, 5.5, 7.5, 7.95, 8});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 0, 0, 0, 0, 1}));
}

// --- box map ---

TEST(BoxMap, OutliersBeyondOneAndAHalfInterquartileRanges) {
    const std::vector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    // Q1 3.25, median 5.5, Q3 7.75, IQR 4.5: fences -3.5 and 14.5. No value below -3.5, so the
    // lower outlier class collapses onto its fence and stays empty.
    const Classification c = classify(values, ClassMethod::BoxMap, 5);
    EXPECT_EQ(c.limits, (std::vector<double>{below(-3.5), below(-3.5), 3.25, 5.5, 7.75, 14.5, 100}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 3, 2, 2, 2, 1}));

    const Classification wide = classify(values, ClassMethod::BoxMap3, 5);
    EXPECT_EQ(wide.limits, (std::vector<double>{below(-10.25), below(-10.25), 3.25, 5.5, 7.75, 21.25, 100}));
    EXPECT_EQ(classCounts(wide, values), (std::vector<int>{0, 3, 2, 2, 2, 1}));
}

TEST(BoxMap, AValueOnAFenceIsNotAnOutlier) {
    // Q1 2, median 3, Q3 4, IQR 2: hinge 1.5 puts the fences on -1 and 7, hinge 3 on -4 and 10,
    // all of them data values.
    const std::vector<double> values{-4, -1, 2, 3, 3, 3, 4, 7, 10};
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{-4, below(-1), 2, 3, 4, 7, 10}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 2, 3, 1, 1, 1}));
    EXPECT_EQ(c.classOf(-1), 1);
    EXPECT_EQ(c.classOf(7), 4);

    const Classification wide = classify(values, ClassMethod::BoxMap3, 6);
    EXPECT_EQ(wide.limits, (std::vector<double>{below(-4), below(-4), 2, 3, 4, 10, 10}));
    EXPECT_EQ(classCounts(wide, values), (std::vector<int>{0, 3, 3, 1, 2, 0}));
}

TEST(BoxMap, NoSpreadBetweenTheQuartiles) {
    const std::vector<double> values{1, 5, 5, 5, 5, 5, 9};
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{1, below(5), 5, 5, 5, 5, 9}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 5, 0, 0, 0, 1}));
}

TEST(BoxMap, TwoValues) {
    const std::vector<double> values{3, 8};
    // Q1 4.25, median 5.5, Q3 6.75, IQR 2.5: fences 0.5 and 10.5, both beyond the data.
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{below(0.5), below(0.5), 4.25, 5.5, 6.75, 10.5, 10.5}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 0, 0, 1, 0}));
}

// --- standard deviation map ---

TEST(StandardDeviationMap, SixClassesAreGeoDasMap) {
    const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
    // Mean 5, sample standard deviation sqrt(32 / 7) = 2.138089935299395. The breaks at ±2
    // deviations lie beyond the data: both end classes are empty and have zero width.
    const Classification c = classify(values, ClassMethod::StandardDeviation, 6);
    expectLimits(c, {0.7238201294012097, 0.7238201294012097, 2.861910064700605, 5, 7.138089935299395,
                     9.27617987059879, 9.27617987059879});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 5, 1, 1, 0}));
}

TEST(StandardDeviationMap, OddCountsCentreAClassOnTheMean) {
    const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
    const Classification c = classify(values, ClassMethod::StandardDeviation, 5);
    // Breaks at -1.5, -0.5, 0.5, 1.5 deviations; the top one lies within the data.
    expectLimits(c, {1.7928650970509072, 1.7928650970509072, 3.9309550323503024, 6.069044967649697,
                     8.207134902949093, 9});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 5, 1, 1}));

    EXPECT_EQ(classify(values, ClassMethod::StandardDeviation, 2).limits, (std::vector<double>{2, 5, 9}));
    EXPECT_EQ(classify(values, ClassMethod::StandardDeviation, 1).limits, (std::vector<double>{2, 9}));
}

TEST(StandardDeviationMap, KeepsEveryClassAskedForEvenWithFewValues) {
    const std::vector<double> values{3, 8};
    // Mean 5.5, sample standard deviation 3.5355339059327378.
    const Classification c = classify(values, ClassMethod::StandardDeviation, 6);
    expectLimits(c, {-1.5710678118654755, -1.5710678118654755, 1.9644660940672622, 5.5, 9.035533905932738,
                     12.571067811865476, 12.571067811865476});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 0, 1, 1, 0, 0}));
}

// --- shared guarantees ---

constexpr ClassMethod kFixedMethods[] = {ClassMethod::StandardDeviation, ClassMethod::Percentile,
                                         ClassMethod::BoxMap, ClassMethod::BoxMap3};

TEST(FixedMeaningMethods, IgnoreNaNAndInfinities) {
    const std::vector<double> clean{3, 7, 8, 12, 15, 15, 18, 21, 30, 55};
    std::vector<double> dirty = clean;
    dirty.insert(dirty.begin() + 3, kNaN);
    dirty.push_back(kInf);
    dirty.push_back(-kInf);
    for (ClassMethod m : kFixedMethods)
        EXPECT_EQ(classify(dirty, m, 6).limits, classify(clean, m, 6).limits) << classMethodName(m);
}

TEST(FixedMeaningMethods, LimitsNeverDecreaseAndEveryValueHasAClass) {
    std::vector<std::vector<double>> samples = {
        {1, 2}, {1, 1, 1, 1, 2}, {0, 0, 0, 100}, {-5, 1e6, 3, 3, 3, 3}, {2, 4, 4, 4, 5, 5, 7, 9}};
    for (int i = 0; i < 50; ++i) samples.back().push_back(std::pow(1.3, i % 17) - i);
    for (ClassMethod m : kFixedMethods) {
        for (const std::vector<double>& values : samples) {
            const Classification c = classify(values, m, 6);
            ASSERT_EQ(c.classCount(), 6) << classMethodName(m);
            for (size_t i = 1; i < c.limits.size(); ++i) EXPECT_LE(c.limits[i - 1], c.limits[i]);
            for (double v : values) EXPECT_GE(c.classOf(v), 0) << classMethodName(m) << " " << v;
        }
    }
}

}  // namespace
}  // namespace bashu
