// Standard deviation, percentile and box maps, through classify(), as GeoDa computes them:
// percentiles of type 5 (position n p - 0.5), Tukey's hinges, the sample standard deviation, and
// GeoDa's ties (a value on a break below the median goes up, above it down). Expected values
// worked by hand and checked with a Python transliteration of GeoDa's Gda::percentile,
// HingeStats and CatClassification (geoda_breaks_test.cpp says where), and Python's
// statistics.stdev.
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

// --- percentile map ---

TEST(PercentileMap, BreaksAtThe1st10th50th90thAnd99thPercentiles) {
    const std::vector<double> values{3, 7, 8, 12, 15, 15, 18, 21, 30, 55};
    const Classification c = classify(values, ClassMethod::Percentile, 5);
    // Positions 10p - 0.5: -0.4, 0.5, 4.5, 8.5, 9.4 (the first and last clamped to the ends).
    expectLimits(c, {3, 3, 5, 15, 42.5, 55, 55});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 3, 5, 1, 0}));
}

TEST(PercentileMap, AlwaysSixClassesWhateverIsAsked) {
    const std::vector<double> values{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (int classes : {1, 3, 6, 12}) {
        const Classification c = classify(values, ClassMethod::Percentile, classes);
        expectLimits(c, {0, 0, 0.6, 5, 9.4, 10, 10});
        EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 4, 5, 1, 0})) << classes;
    }
}

TEST(PercentileMap, TiedPercentilesGiveEmptyZeroWidthClasses) {
    const std::vector<double> values{1, 1, 1, 1, 2};
    const Classification c = classify(values, ClassMethod::Percentile, 6);
    // Positions 5p - 0.5: the 1st, 10th and 50th percentiles are 1, the 90th and 99th 2; GeoDa
    // puts 1 (not below the median) and 2 (at most the 90th) in the same class.
    EXPECT_EQ(c.limits, (std::vector<double>{1, 1, 1, 1, 2, 2, 2}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 0, 0, 5, 0, 0}));
}

TEST(PercentileMap, TwoValues) {
    const std::vector<double> values{8, 3};
    const Classification c = classify(values, ClassMethod::Percentile, 6);
    expectLimits(c, {3, 3, 3, 5.5, 8, 8, 8});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 0, 1, 1, 0, 0}));
}

// --- box map ---

TEST(BoxMap, OutliersBeyondOneAndAHalfInterquartileRanges) {
    const std::vector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
    // Hinges 3 (position 2), median 5.5, 8 (position 7), IQR 5: fences -4.5 and 15.5. No value
    // below -4.5, so the lower outlier class collapses onto its fence and stays empty.
    const Classification c = classify(values, ClassMethod::BoxMap, 5);
    EXPECT_EQ(c.limits, (std::vector<double>{-4.5, -4.5, 3, 5.5, 8, 15.5, 100}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 2, 3, 3, 1, 1}));

    const Classification wide = classify(values, ClassMethod::BoxMap3, 5);
    EXPECT_EQ(wide.limits, (std::vector<double>{-12, -12, 3, 5.5, 8, 23, 100}));
    EXPECT_EQ(classCounts(wide, values), (std::vector<int>{0, 2, 3, 3, 1, 1}));
}

TEST(BoxMap, AValueOnAFenceIsNotAnOutlier) {
    // Q1 2, median 3, Q3 4, IQR 2: hinge 1.5 puts the fences on -1 and 7, hinge 3 on -4 and 10,
    // all of them data values.
    const std::vector<double> values{-4, -1, 2, 3, 3, 3, 4, 7, 10};
    // GeoDa's ties: -1 opens "< Q1", 2 (Q1) opens "Q1 to median", 3 (the median) opens "median
    // to Q3", 4 (Q3) and 7 close theirs.
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{-4, -1, 2, 3, 4, 7, 10}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 1, 1, 4, 1, 1}));
    EXPECT_EQ(c.classOf(-1), 1);
    EXPECT_EQ(c.classOf(7), 4);

    const Classification wide = classify(values, ClassMethod::BoxMap3, 6);
    EXPECT_EQ(wide.limits, (std::vector<double>{-4, -4, 2, 3, 4, 10, 10}));
    EXPECT_EQ(classCounts(wide, values), (std::vector<int>{0, 2, 1, 4, 2, 0}));
}

TEST(BoxMap, NoSpreadBetweenTheQuartiles) {
    const std::vector<double> values{1, 5, 5, 5, 5, 5, 9};
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    // Every hinge and both fences are 5: 1 is a lower outlier, 9 an upper one, and the 5s lie
    // on the fences, in "median to Q3" as GeoDa puts them.
    EXPECT_EQ(c.limits, (std::vector<double>{1, 5, 5, 5, 5, 5, 9}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{1, 0, 0, 5, 0, 1}));
}

TEST(BoxMap, TwoValues) {
    const std::vector<double> values{3, 8};
    // Hinges 3 and 8 (the values), median 5.5, IQR 5: fences -4.5 and 15.5, beyond the data.
    const Classification c = classify(values, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{-4.5, -4.5, 3, 5.5, 8, 15.5, 15.5}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 0, 1, 1, 0, 0}));
}

// --- standard deviation map ---

TEST(StandardDeviationMap, SixClassesAreGeoDasMap) {
    const std::vector<double> values{2, 4, 4, 4, 5, 5, 7, 9};
    // Mean 5, sample standard deviation sqrt(32 / 7) = 2.138089935299395. The breaks at ±2
    // deviations lie beyond the data: both end classes are empty and have zero width. The two 5s
    // lie on the mean: GeoDa counts them in "mean to +1 SD" (val < mean is false).
    const Classification c = classify(values, ClassMethod::StandardDeviation, 6);
    expectLimits(c, {0.7238201294012097, 0.7238201294012097, 2.861910064700605, 5, 7.138089935299395,
                     9.27617987059879, 9.27617987059879});
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{0, 1, 3, 3, 1, 0}));
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
