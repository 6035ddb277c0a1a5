#include "thematic/classification.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <vector>

#include "unit/thematic/class_counts.h"

namespace bashu {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr ClassMethod kAllMethods[] = {ClassMethod::Quantile,      ClassMethod::EqualInterval,
                                       ClassMethod::NaturalBreaks, ClassMethod::StandardDeviation,
                                       ClassMethod::Pretty,        ClassMethod::Percentile,
                                       ClassMethod::BoxMap,        ClassMethod::BoxMap3};

using testing::classCounts;

double sumSquaredDeviations(const std::vector<double>& values) {
    if (values.empty()) return 0.0;
    double mean = 0.0;
    for (double v : values) mean += v;
    mean /= static_cast<double>(values.size());
    double ssd = 0.0;
    for (double v : values) ssd += (v - mean) * (v - mean);
    return ssd;
}

/// Total within-class sum of squared deviations of the values under a classification.
double withinClassDeviation(const Classification& c, const std::vector<double>& values) {
    std::vector<std::vector<double>> members(static_cast<size_t>(c.classCount()));
    for (double v : values) members[static_cast<size_t>(c.classOf(v))].push_back(v);
    double total = 0.0;
    for (const auto& m : members) total += sumSquaredDeviations(m);
    return total;
}

/// The optimum over every way to cut the sorted values into k non-empty contiguous runs.
double bruteForceMinimum(std::vector<double> sorted, int k) {
    std::sort(sorted.begin(), sorted.end());
    const int n = static_cast<int>(sorted.size());
    double best = std::numeric_limits<double>::infinity();
    // cuts[i] is where run i + 1 starts; enumerate them in increasing order.
    std::vector<int> cuts(static_cast<size_t>(k - 1));
    for (int i = 0; i < k - 1; ++i) cuts[static_cast<size_t>(i)] = i + 1;
    while (true) {
        double total = 0.0;
        int start = 0;
        for (int i = 0; i < k; ++i) {
            const int end = i < k - 1 ? cuts[static_cast<size_t>(i)] : n;
            total += sumSquaredDeviations(std::vector<double>(sorted.begin() + start, sorted.begin() + end));
            start = end;
        }
        best = std::min(best, total);
        // Next combination of k - 1 cut positions out of 1..n-1.
        int i = k - 2;
        while (i >= 0 && cuts[static_cast<size_t>(i)] == n - (k - 1 - i)) --i;
        if (i < 0) break;
        ++cuts[static_cast<size_t>(i)];
        for (int j = i + 1; j < k - 1; ++j)
            cuts[static_cast<size_t>(j)] = cuts[static_cast<size_t>(j - 1)] + 1;
    }
    return best;
}

/// Limits increase strictly, except that the first class may hold the minimum alone.
void expectValidLimits(const Classification& c) {
    ASSERT_GE(c.limits.size(), 2u);
    EXPECT_LE(c.limits[0], c.limits[1]);
    for (size_t i = 2; i < c.limits.size(); ++i) EXPECT_LT(c.limits[i - 1], c.limits[i]) << "at " << i;
}

void expectNoEmptyClass(const Classification& c, const std::vector<double>& values) {
    for (int count : classCounts(c, values)) EXPECT_GT(count, 0);
}

// --- Names (core/style_registry.h: tests/unit/core/style_registry_test.cpp) ---

TEST(ClassMethod, CategoriesAreNotRanges) {
    const std::vector<double> values = {1, 2, 3, 4};
    EXPECT_EQ(classify(values, ClassMethod::Categories, 3).classCount(), 0);
    EXPECT_EQ(classifySorted(values, ClassMethod::Categories, 3).classCount(), 0);
}

// --- classOf ---

TEST(ClassOf, BoundariesBelongToTheLowerClassExceptTheMinimum) {
    const Classification c{{0.0, 10.0, 20.0, 30.0}};
    ASSERT_EQ(c.classCount(), 3);
    EXPECT_EQ(c.classOf(0.0), 0);  // first class is closed at the bottom
    EXPECT_EQ(c.classOf(5.0), 0);
    EXPECT_EQ(c.classOf(10.0), 0);  // upper limits are inclusive
    EXPECT_EQ(c.classOf(std::nextafter(10.0, 11.0)), 1);
    EXPECT_EQ(c.classOf(20.0), 1);
    EXPECT_EQ(c.classOf(25.0), 2);
    EXPECT_EQ(c.classOf(30.0), 2);
}

TEST(ClassOf, OutsideTheLimitsOrNaNIsNoClass) {
    const Classification c{{0.0, 10.0, 20.0}};
    EXPECT_EQ(c.classOf(-0.5), -1);
    EXPECT_EQ(c.classOf(std::nextafter(0.0, -1.0)), -1);
    EXPECT_EQ(c.classOf(std::nextafter(20.0, 21.0)), -1);
    EXPECT_EQ(c.classOf(kNaN), -1);
    EXPECT_EQ(c.classOf(kInf), -1);
    EXPECT_EQ(c.classOf(-kInf), -1);
    EXPECT_EQ(Classification{}.classOf(0.0), -1);
}

TEST(ClassOf, SingleValueClass) {
    const Classification c{{4.0, 4.0}};
    EXPECT_EQ(c.classCount(), 1);
    EXPECT_EQ(c.classOf(4.0), 0);
    EXPECT_EQ(c.classOf(3.9), -1);
    EXPECT_EQ(c.classOf(4.1), -1);
}

// --- Common behaviour ---

TEST(Classify, NoValuesGiveNoClasses) {
    for (ClassMethod m : kAllMethods) {
        EXPECT_EQ(classify({}, m, 5).classCount(), 0);
        const std::vector<double> onlyBad{kNaN, kInf, -kInf};
        EXPECT_EQ(classify(onlyBad, m, 5).classCount(), 0);
        EXPECT_TRUE(classify(onlyBad, m, 5).limits.empty());
    }
}

TEST(Classify, NonFiniteValuesAreIgnored) {
    const std::vector<double> clean{1, 2, 3, 10, 11, 12, 20, 21, 22};
    std::vector<double> dirty = clean;
    dirty.insert(dirty.begin() + 2, kNaN);
    dirty.push_back(kInf);
    dirty.insert(dirty.begin(), -kInf);
    dirty.push_back(kNaN);
    for (ClassMethod m : kAllMethods)
        EXPECT_EQ(classify(dirty, m, 3).limits, classify(clean, m, 3).limits) << classMethodName(m);
}

TEST(Classify, OneDistinctValueGivesOneClassWhateverTheMethod) {
    const std::vector<double> values{7.5, 7.5, 7.5};
    for (ClassMethod m : kAllMethods) {
        const Classification c = classify(values, m, 5);
        EXPECT_EQ(c.limits, (std::vector<double>{7.5, 7.5})) << classMethodName(m);
        EXPECT_EQ(c.classOf(7.5), 0);
    }
}

TEST(Classify, FewerDistinctValuesThanClassesReducesTheClassCount) {
    const std::vector<double> values{1, 1, 2, 2, 2, 3};
    for (ClassMethod m : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks}) {
        const Classification c = classify(values, m, 7);
        EXPECT_EQ(c.classCount(), 3) << classMethodName(m);
        EXPECT_EQ(c.limits.front(), 1.0);
        EXPECT_EQ(c.limits.back(), 3.0);
        expectValidLimits(c);
    }
    // Quantile and natural breaks put each distinct value in a class of its own; the first
    // class, closed at both ends, is [1, 1].
    for (ClassMethod m : {ClassMethod::Quantile, ClassMethod::NaturalBreaks}) {
        const Classification c = classify(values, m, 7);
        EXPECT_EQ(c.limits, (std::vector<double>{1, 1, 2, 3})) << classMethodName(m);
        EXPECT_EQ(classCounts(c, values), (std::vector<int>{2, 3, 1})) << classMethodName(m);
    }
}

TEST(Classify, EveryValueFallsInAClass) {
    std::mt19937 rng(7);
    std::normal_distribution<double> dist(50.0, 20.0);
    std::vector<double> values(500);
    for (double& v : values) v = dist(rng);
    for (ClassMethod m : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks}) {
        const Classification c = classify(values, m, 6);
        EXPECT_EQ(c.classCount(), 6);
        EXPECT_EQ(c.limits.front(), *std::min_element(values.begin(), values.end()));
        EXPECT_EQ(c.limits.back(), *std::max_element(values.begin(), values.end()));
        expectValidLimits(c);
        for (double v : values) EXPECT_GE(c.classOf(v), 0);
    }
}

// --- Equal interval ---

TEST(EqualInterval, LimitsAreEvenlySpaced) {
    const std::vector<double> values{3, 0, 10, 9, 1};
    const Classification c = classify(values, ClassMethod::EqualInterval, 4);
    EXPECT_EQ(c.limits, (std::vector<double>{0.0, 2.5, 5.0, 7.5, 10.0}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{2, 1, 0, 2}));  // empty classes are allowed
}

TEST(EqualInterval, TopLimitIsTheMaximumExactly) {
    const std::vector<double> values{0.1, 0.7, 0.3};
    const Classification c = classify(values, ClassMethod::EqualInterval, 3);
    ASSERT_EQ(c.classCount(), 3);
    EXPECT_EQ(c.limits.back(), 0.7);
    EXPECT_DOUBLE_EQ(c.limits[1], 0.3);
    EXPECT_DOUBLE_EQ(c.limits[2], 0.5);
}

// --- Quantile ---

TEST(Quantile, DistinctValuesSplitEvenly) {
    std::vector<double> values(1000);
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<double>((i * 7919) % 1000);  // shuffled
    const Classification c = classify(values, ClassMethod::Quantile, 5);
    ASSERT_EQ(c.classCount(), 5);
    EXPECT_EQ(c.limits, (std::vector<double>{0, 199, 399, 599, 799, 999}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{200, 200, 200, 200, 200}));
}

TEST(Quantile, UnevenCountsRoundUp) {
    // 10 values into 3: upper indices ceil(10/3)-1 = 3, ceil(20/3)-1 = 6, 9.
    const std::vector<double> values{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const Classification c = classify(values, ClassMethod::Quantile, 3);
    EXPECT_EQ(c.limits, (std::vector<double>{1, 4, 7, 10}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{4, 3, 3}));
}

TEST(Quantile, TiesStayTogetherInOneClass) {
    // The first break falls on the run of 3s: the whole run goes to the lower class.
    const std::vector<double> values{1, 2, 3, 3, 3, 3, 3, 4, 5, 6};
    const Classification c = classify(values, ClassMethod::Quantile, 2);
    EXPECT_EQ(c.limits, (std::vector<double>{1, 3, 6}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{7, 3}));
}

TEST(Quantile, RepeatedBreaksAreDroppedNotLeftEmpty) {
    // Breaks at indices 1, 3, 5, 7, 9 land on 0, 0, 0, 5, 9: the three on 0 collapse into one
    // class holding just the minimum.
    const std::vector<double> values{0, 0, 0, 0, 0, 0, 5, 5, 8, 9};
    const Classification c = classify(values, ClassMethod::Quantile, 5);
    EXPECT_EQ(c.limits, (std::vector<double>{0, 0, 5, 9}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{6, 2, 2}));
    expectValidLimits(c);
    expectNoEmptyClass(c, values);
}

TEST(Quantile, AllButOneValueEqualToTheMinimum) {
    const std::vector<double> values{2, 2, 2, 2, 2, 2, 2, 2, 2, 3};
    const Classification c = classify(values, ClassMethod::Quantile, 4);
    EXPECT_EQ(c.limits, (std::vector<double>{2, 2, 3}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{9, 1}));
}

// --- Natural breaks ---

TEST(NaturalBreaks, ThreeObviousClusters) {
    const std::vector<double> values{1, 2, 3, 10, 11, 12, 20, 21, 22};
    const Classification c = classify(values, ClassMethod::NaturalBreaks, 3);
    EXPECT_EQ(c.limits, (std::vector<double>{1, 3, 12, 22}));
}

TEST(NaturalBreaks, InputOrderDoesNotMatter) {
    const std::vector<double> values{21, 3, 12, 1, 22, 10, 2, 20, 11};
    EXPECT_EQ(classify(values, ClassMethod::NaturalBreaks, 3).limits, (std::vector<double>{1, 3, 12, 22}));
}

TEST(NaturalBreaks, HandCheckedTwoClasses) {
    // {1, 2, 4} | {9, 10}: SSD 4.667 + 0.5 = 5.17. The other splits: {1} | {2, 4, 9, 10}: 44.75;
    // {1, 2} | {4, 9, 10}: 0.5 + 20.67 = 21.17; {1, 2, 4, 9} | {10}: 38.
    const std::vector<double> values{1, 2, 4, 9, 10};
    EXPECT_EQ(classify(values, ClassMethod::NaturalBreaks, 2).limits, (std::vector<double>{1, 4, 10}));
}

TEST(NaturalBreaks, OutlierGetsAClassOfItsOwn) {
    const std::vector<double> values{1, 1.5, 2, 2.5, 3, 3.5, 4, 100};
    EXPECT_EQ(classify(values, ClassMethod::NaturalBreaks, 2).limits, (std::vector<double>{1, 4, 100}));
}

TEST(NaturalBreaks, TiesAreNeverSplitAcrossClasses) {
    // {5 x4} | {6 x3} | {20, 20, 21} costs 0 + 0 + 0.667; {5 x4, 6 x3} | {20, 20} | {21} costs
    // 1.714. The first class holds only the minimum, so its limits are [5, 5].
    const std::vector<double> values{5, 5, 5, 5, 6, 6, 6, 20, 20, 21};
    const Classification c = classify(values, ClassMethod::NaturalBreaks, 3);
    EXPECT_EQ(c.limits, (std::vector<double>{5, 5, 6, 21}));
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{4, 3, 3}));
    EXPECT_NEAR(withinClassDeviation(c, values), bruteForceMinimum(values, 3), 1e-9);
}

TEST(NaturalBreaks, MatchesBruteForceOnSmallRandomArrays) {
    std::mt19937 rng(12345);
    std::uniform_real_distribution<double> uniform(-100.0, 100.0);
    std::uniform_int_distribution<int> sizeDist(5, 12);
    std::uniform_int_distribution<int> smallInt(0, 6);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = sizeDist(rng);
        std::vector<double> values(static_cast<size_t>(n));
        // Every fourth array is small integers, so that ties are common.
        const bool integers = trial % 4 == 3;
        for (double& v : values) v = integers ? smallInt(rng) : uniform(rng);
        for (int k = 2; k <= 5; ++k) {
            const Classification c = classify(values, ClassMethod::NaturalBreaks, k);
            std::vector<double> distinct = values;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            const int expectedClasses = std::min<int>(k, static_cast<int>(distinct.size()));
            ASSERT_EQ(c.classCount(), expectedClasses) << "trial " << trial << " k " << k;
            expectValidLimits(c);
            expectNoEmptyClass(c, values);
            const double mine = withinClassDeviation(c, values);
            const double best = bruteForceMinimum(values, expectedClasses);
            EXPECT_NEAR(mine, best, 1e-9 * std::max(1.0, best)) << "trial " << trial << " k " << k;
        }
    }
}

/// The textbook O(k n^2) Jenks recurrence over the sorted values, as a reference optimum.
double quadraticDynamicProgramming(std::vector<double> sorted, int k) {
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    // costs[i][j]: squared deviations of values [i, j), accumulated with Welford's update.
    std::vector<std::vector<double>> costs(n + 1, std::vector<double>(n + 1, 0.0));
    for (size_t i = 0; i < n; ++i) {
        double mean = 0.0, m2 = 0.0;
        for (size_t j = i; j < n; ++j) {
            const double count = static_cast<double>(j - i + 1);
            const double delta = sorted[j] - mean;
            mean += delta / count;
            m2 += delta * (sorted[j] - mean);
            costs[i][j + 1] = m2;
        }
    }
    std::vector<double> previous(n + 1, std::numeric_limits<double>::infinity());
    for (size_t j = 1; j <= n; ++j) previous[j] = costs[0][j];
    for (int m = 2; m <= k; ++m) {
        std::vector<double> current(n + 1, std::numeric_limits<double>::infinity());
        for (size_t j = static_cast<size_t>(m); j <= n; ++j)
            for (size_t i = static_cast<size_t>(m - 1); i < j; ++i)
                current[j] = std::min(current[j], previous[i] + costs[i][j]);
        previous = current;
    }
    return previous[n];
}

TEST(NaturalBreaks, MatchesTheQuadraticRecurrenceOnLargerArrays) {
    std::mt19937 rng(2024);
    std::lognormal_distribution<double> skewed(0.0, 1.0);
    for (int trial = 0; trial < 12; ++trial) {
        std::vector<double> values(120 + static_cast<size_t>(trial) * 10);
        for (double& v : values) v = std::round(skewed(rng) * 100.0) / 10.0;  // skewed, with ties
        for (int k : {2, 3, 5, 8}) {
            const Classification c = classify(values, ClassMethod::NaturalBreaks, k);
            ASSERT_EQ(c.classCount(), k);
            const double best = quadraticDynamicProgramming(values, k);
            EXPECT_NEAR(withinClassDeviation(c, values), best, 1e-9 * best)
                << "trial " << trial << " k " << k;
        }
    }
}

TEST(NaturalBreaks, LargeInputStaysExactAndFast) {
    // 200,000 values in four well-separated clusters of different sizes: the optimum puts the
    // breaks exactly in the gaps.
    std::mt19937 rng(99);
    std::vector<double> values;
    const double centres[] = {0.0, 1000.0, 5000.0, 9000.0};
    const int sizes[] = {20000, 80000, 60000, 40000};
    for (int c = 0; c < 4; ++c) {
        std::uniform_real_distribution<double> dist(centres[c] - 100.0, centres[c] + 100.0);
        for (int i = 0; i < sizes[c]; ++i) values.push_back(dist(rng));
    }
    std::shuffle(values.begin(), values.end(), rng);
    const Classification c = classify(values, ClassMethod::NaturalBreaks, 4);
    ASSERT_EQ(c.classCount(), 4);
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{20000, 80000, 60000, 40000}));
    for (int i = 1; i < 4; ++i) {
        EXPECT_LT(c.limits[static_cast<size_t>(i)], centres[i] - 100.0);
        EXPECT_GT(c.limits[static_cast<size_t>(i)], centres[i - 1] + 99.0);
    }
}

TEST(NaturalBreaks, LargeValuesCloseTogether) {
    // Projected-coordinate-sized values: cancellation in the sums must not move the breaks.
    const double base = 4.5e9;
    std::vector<double> values;
    for (int i = 0; i < 5; ++i) values.push_back(base + i * 0.01);
    for (int i = 0; i < 5; ++i) values.push_back(base + 10.0 + i * 0.01);
    const Classification c = classify(values, ClassMethod::NaturalBreaks, 2);
    ASSERT_EQ(c.classCount(), 2);
    EXPECT_EQ(c.limits[1], base + 4 * 0.01);
}

/// The least total within-class sum of squared deviations over every cut of the sorted values
/// into k runs, computed plainly and independently of the solver: the O(k n^2) recurrence, each
/// run's sum from its own mean (Welford's update) in long double, so no prefix sum over far-off
/// values enters a run's cost.
long double exactOptimum(std::vector<double> sorted, int k) {
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    const long double inf = std::numeric_limits<long double>::infinity();
    std::vector<long double> previous(n + 1, inf), current(n + 1, inf);
    previous[0] = 0;
    for (int m = 1; m <= k; ++m) {
        std::fill(current.begin(), current.end(), inf);
        for (size_t j = 1; j <= n; ++j) {
            // Runs [i, j) for i from j - 1 down, each from its own mean.
            long double mean = 0, m2 = 0, count = 0;
            for (size_t i = j; i-- > 0;) {
                count += 1;
                const long double delta = sorted[i] - mean;
                mean += delta / count;
                m2 += delta * (sorted[i] - mean);
                if (previous[i] < inf) current[j] = std::min(current[j], previous[i] + m2);
            }
        }
        std::swap(previous, current);
    }
    return previous[n];
}

/// The total within-class sum of squared deviations of a classification, each class from its
/// own mean in long double.
long double exactWithinClassDeviation(const Classification& c, const std::vector<double>& values) {
    std::vector<std::vector<double>> members(static_cast<size_t>(c.classCount()));
    for (double v : values) members[static_cast<size_t>(c.classOf(v))].push_back(v);
    long double total = 0;
    for (const auto& m : members) {
        long double mean = 0;
        for (double v : m) mean += v;
        mean /= static_cast<long double>(m.size());
        for (double v : m) total += (v - mean) * (v - mean);
    }
    return total;
}

TEST(NaturalBreaks, OneHugeValueLeavesTheRestSplitEvenly) {
    // Issue 15: 1..999 and 10^12 in 5 classes gave 232/251/258/258/1.
    std::vector<double> values;
    for (int i = 1; i <= 999; ++i) values.push_back(i);
    values.push_back(1e12);
    const Classification c = classify(values, ClassMethod::NaturalBreaks, 5);
    EXPECT_EQ(classCounts(c, values), (std::vector<int>{250, 250, 250, 249, 1}));
    EXPECT_EQ(c.limits, (std::vector<double>{1, 250, 500, 750, 999, 1e12}));
    const long double best = exactOptimum(values, 5);
    EXPECT_LE(std::abs(exactWithinClassDeviation(c, values) - best), 1e-12L * best);
}

TEST(NaturalBreaks, ClustersFarApartAreSplitOptimally) {
    // Issue 15: two clusters 10^8 apart gave up to 8 times the optimal within-class deviation.
    std::mt19937 rng(15);
    std::lognormal_distribution<double> skewed(2.0, 1.0);
    for (int trial = 0; trial < 6; ++trial) {
        std::vector<double> values;
        for (int i = 0; i < 150; ++i) values.push_back(std::round(skewed(rng) * 100.0) / 100.0);
        for (int i = 0; i < 150; ++i) values.push_back(1e8 + std::round(skewed(rng) * 100.0) / 100.0);
        for (int k : {3, 5, 7}) {
            const Classification c = classify(values, ClassMethod::NaturalBreaks, k);
            ASSERT_EQ(c.classCount(), k);
            const long double best = exactOptimum(values, k);
            EXPECT_LE(std::abs(exactWithinClassDeviation(c, values) - best), 1e-9L * best)
                << "trial " << trial << " k " << k;
        }
    }
}

TEST(NaturalBreaks, FloatNoDataValuesLeftAmongPercentages) {
    // Issue 15: two float no-data values (3.4e38) left in 0-100 data gave 2-21 times the optimum,
    // whether they are positive or, as GDAL often writes them, negative.
    std::mt19937 rng(38);
    std::uniform_real_distribution<double> percent(0.0, 100.0);
    for (double noData : {3.4028234663852886e38, -3.4028234663852886e38}) {
        for (int trial = 0; trial < 4; ++trial) {
            std::vector<double> values;
            for (int i = 0; i < 200; ++i) values.push_back(std::round(percent(rng) * 10.0) / 10.0);
            values.push_back(noData);
            values.push_back(noData);
            for (int k : {3, 5, 6}) {
                const Classification c = classify(values, ClassMethod::NaturalBreaks, k);
                ASSERT_EQ(c.classCount(), k);
                const long double best = exactOptimum(values, k);
                // The optimum's own classes among the percentages, beside the no-data class.
                std::vector<double> percentages(values.begin(), values.end() - 2);
                const long double withinPercentages = exactOptimum(percentages, k - 1);
                EXPECT_LE(std::abs(exactWithinClassDeviation(c, values) - best), 1e-9L * withinPercentages)
                    << "no data " << noData << " trial " << trial << " k " << k;
            }
        }
    }
}

TEST(NaturalBreaks, ValuesWhoseSquaresOverflow) {
    // Beyond 1.3e154 a square is infinite in double; the breaks must still be the optimum's.
    for (double scale : {1e200, 1e300, -1e300, 1e-300}) {
        const std::vector<double> values{1 * scale, 2 * scale, 3 * scale, 10 * scale, 11 * scale, 30 * scale};
        const Classification c = classify(values, ClassMethod::NaturalBreaks, 3);
        ASSERT_EQ(c.classCount(), 3) << scale;
        for (double limit : c.limits) EXPECT_TRUE(std::isfinite(limit)) << scale;
        EXPECT_EQ(classCounts(c, values),
                  scale > 0 ? (std::vector<int>{3, 2, 1}) : (std::vector<int>{1, 2, 3}))
            << scale;
    }
}

TEST(Classification, SortedValuesGiveTheSameClasses) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(0.0, 1000.0);
    std::vector<double> values(500);
    for (double& v : values) v = std::round(value(random));
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    // No data among the values changes nothing; quantile, equal interval, pretty and standard
    // deviation classes are computed without sorting (classifyUnsorted).
    values.insert(values.begin() + 100, std::numeric_limits<double>::quiet_NaN());
    for (ClassMethod method : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks,
                               ClassMethod::Pretty, ClassMethod::StandardDeviation, ClassMethod::Percentile,
                               ClassMethod::BoxMap, ClassMethod::BoxMap3}) {
        const std::vector<double> fromSorted = classifySorted(sorted, method, 5).limits;
        const std::vector<double> fromValues = classify(values, method, 5).limits;
        if (method != ClassMethod::StandardDeviation) {
            EXPECT_EQ(fromSorted, fromValues) << classMethodName(method);
            continue;
        }
        // The mean and deviation summed in another order differ in the last bits only.
        ASSERT_EQ(fromSorted.size(), fromValues.size());
        for (size_t i = 0; i < fromSorted.size(); ++i) EXPECT_NEAR(fromSorted[i], fromValues[i], 1e-9);
    }
    EXPECT_FALSE(needsSortedValues(ClassMethod::EqualInterval));
    EXPECT_FALSE(needsSortedValues(ClassMethod::Quantile));
    EXPECT_TRUE(needsSortedValues(ClassMethod::NaturalBreaks));
    EXPECT_TRUE(classifySorted({}, ClassMethod::Quantile, 5).limits.empty());
}

}  // namespace
}  // namespace bashu

namespace bashu {
namespace {

TEST(Classification, MethodsOfFixedClassesMakeThemWhateverIsAsked) {
    // The registry says so (core/style_registry.h), and the Style panel shows that number.
    std::vector<double> values;
    for (int i = 1; i <= 200; ++i) values.push_back(std::pow(double(i), 1.5));
    for (const ClassMethodInfo& info : classMethods()) {
        if (info.fixedClasses == 0) continue;
        for (int asked : {3, 5, 9})
            EXPECT_EQ(classify(values, info.method, asked).classCount(), info.fixedClasses) << info.name;
    }
}

}  // namespace
}  // namespace bashu
