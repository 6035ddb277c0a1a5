// The classification methods checked against results published independently of this project:
// PySAL mapclassify's example data set "calemp" and the bins and counts that mapclassify's
// docstrings and tests publish for it.
//
// Sources (every expected number below is copied from one of them, or is a sum of published
// counts where a comment says so; none is computed here):
// - [data] The data set: employment density (employees per sq km) of California's 58
//   counties, column "emp/sq km" of calempdensity.csv; mapclassify ships it as
//   mapclassify/datasets/calemp/calempdensity.csv and mapclassify.load_example() returns that
//   column. The values were copied from the same file in repository pysal/pysal, path
//   pysal/examples/calemp/calempdensity.csv (commit 64e11154f7fb0a81fbbb775894cfdf858ce72b75),
//   in its row order (FIPS 06001 Alameda ... 06115 Yuba). TheDataAreMapclassifysExample checks
//   that they give the count, mean, minimum and maximum mapclassify publishes for its copy.
// - [doc] Repository pysal/mapclassify, path mapclassify/classifiers.py (commit
//   01855d67f38be2af25980161b66b7b85487940f9), the Examples of the docstrings of EqualInterval,
//   Quantiles, StdMean, NaturalBreaks, FisherJenks and HeadTailBreaks.
// - [test] Repository pysal/mapclassify, path mapclassify/tests/test_mapclassify.py (same
//   commit): TestEqualInterval, TestQuantiles, TestStdMean
//   (test_StdMean and test_StdMeanAnchor), TestFisherJenks, TestNaturalBreaks, TestFindBin.
//
// mapclassify's "bins" are the upper limits of its classes, a value on a bin belonging to the
// class below (bin1d: bins[j-1] < y <= bins[j]), as here; so bins[j] is compared with
// limits[j + 1], and limits.front() (the lower end of the first class, which mapclassify leaves
// implicit) is checked separately.
//
// Tolerance: mapclassify's tests assert these bins with numpy's assert_array_almost_equal at its
// default decimal=6, |actual - published| < 1.5e-6, and so does this file. The values have two
// decimals, so the published bins are exact to the digits printed, or rounded at the 8th
// decimal (the standard deviation map), well inside that. Counts must be equal.
//
// Not compared (no counterpart in mapclassify, or not published for this data):
// - Pretty: mapclassify has no round-number classifier.
// - The percentile and box maps: they follow GeoDa (percentiles of type 5, Tukey's hinges, GeoDa's
//   ties), while mapclassify's Percentiles and BoxPlot use type-7 percentiles and quartiles;
//   geoda_breaks_test.cpp checks them against GeoDa's own definitions.
// - Quantile's default limits: this project's quantile classes end on data values by default
//   (type 1: class i ends on the value at index ceil((i + 1) n / k) - 1), while mapclassify's
//   Quantiles bins are interpolated (scipy.stats.scoreatpercentile, linear at position (n - 1) p,
//   Hyndman and Fan's type 7); quantile type 7 is compared instead.
// - Values outside the data's range in mapclassify's find_bin test: find_bin puts them in the
//   nearest end class, while classOf gives them no class (-1) by design.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <vector>

#include "thematic/classification.h"
#include "thematic/sample_quantile.h"

#include "unit/thematic/calemp_data.h"
#include "unit/thematic/class_counts.h"

namespace bashu {
namespace {

using testing::kCalemp;

// mapclassify's tests: numpy assert_array_almost_equal, decimal=6.
constexpr double kTolerance = 1.5e-6;

using testing::classCounts;

/// limits[first + j] against published bin j, for every published bin.
void expectBins(const Classification& c, size_t first, const std::vector<double>& bins) {
    ASSERT_GE(c.limits.size(), first + bins.size());
    for (size_t j = 0; j < bins.size(); ++j)
        EXPECT_NEAR(c.limits[first + j], bins[j], kTolerance) << "bin " << j << ", limit " << first + j;
}

std::vector<double> sortedCalemp() {
    std::vector<double> sorted = kCalemp;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

TEST(PublishedCalemp, TheDataAreMapclassifysExample) {
    // [doc] StdMean: `cal.mean(), cal.std(), cal.min(), cal.max()` gives
    // (125.92810344827588, 546.6452286365233, 0.13, 4111.45), n = 58 (58 rows in [data]).
    ASSERT_EQ(kCalemp.size(), 58u);
    double sum = 0.0;
    for (double v : kCalemp) sum += v;
    EXPECT_NEAR(sum / 58.0, 125.92810344827588, 1e-9);
    EXPECT_EQ(*std::min_element(kCalemp.begin(), kCalemp.end()), 0.13);
    EXPECT_EQ(*std::max_element(kCalemp.begin(), kCalemp.end()), 4111.45);
}

TEST(PublishedCalemp, EqualIntervalFiveClasses) {
    // [doc] EqualInterval(cal, k=5) and [test] TestEqualInterval:
    // bins [822.394, 1644.658, 2466.922, 3289.186, 4111.45], counts [57, 0, 0, 0, 1].
    const Classification c = classify(kCalemp, ClassMethod::EqualInterval, 5);
    ASSERT_EQ(c.classCount(), 5);
    EXPECT_EQ(c.limits.front(), 0.13);
    expectBins(c, 1, {822.394, 1644.658, 2466.922, 3289.186, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{57, 0, 0, 0, 1}));
}

TEST(PublishedCalemp, NaturalBreaksFiveClassesAreFisherJenks) {
    // [doc] FisherJenks(cal): bins [75.29, 192.05, 370.5, 722.85, 4111.45], counts
    // [49, 3, 4, 1, 1]; [test] TestFisherJenks the same; [doc] NaturalBreaks(cal, k=5) and
    // [test] TestNaturalBreaks (k-means) publish the same bins and counts.
    const Classification c = classify(kCalemp, ClassMethod::NaturalBreaks, 5);
    ASSERT_EQ(c.classCount(), 5);
    EXPECT_EQ(c.limits.front(), 0.13);
    expectBins(c, 1, {75.29, 192.05, 370.5, 722.85, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{49, 3, 4, 1, 1}));
}

TEST(PublishedCalemp, NaturalBreaksPlaceValuesAsFisherJenksFindBin) {
    // [test] TestFindBin: FisherJenks(V, k=5) and FisherJenks(V, k=9) put
    // [0, 1, 3, 5, 50, 70, 101, 202, 390, 505, 800, 5000, 5001] in classes
    // k=5: [0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 4, 4, 4]; k=9: [0, 0, 0, 0, 2, 2, 3, 5, 7, 7, 8, 8, 8].
    // 0, 5000 and 5001 lie outside the data's range (see the header) and are left out.
    const std::vector<double> inside{1, 3, 5, 50, 70, 101, 202, 390, 505, 800};
    const std::vector<int> five{0, 0, 0, 0, 0, 1, 2, 3, 3, 4};
    const std::vector<int> nine{0, 0, 0, 2, 2, 3, 5, 7, 7, 8};
    const Classification c5 = classify(kCalemp, ClassMethod::NaturalBreaks, 5);
    const Classification c9 = classify(kCalemp, ClassMethod::NaturalBreaks, 9);
    ASSERT_EQ(c5.classCount(), 5);
    ASSERT_EQ(c9.classCount(), 9);
    for (size_t i = 0; i < inside.size(); ++i) {
        EXPECT_EQ(c5.classOf(inside[i]), five[i]) << "k=5, value " << inside[i];
        EXPECT_EQ(c9.classOf(inside[i]), nine[i]) << "k=9, value " << inside[i];
    }
}

TEST(PublishedCalemp, StandardDeviationMapSixClasses) {
    // Both use the sample standard deviation ([doc] StdMean: y.std(ddof=1)).
    // [doc] StdMean(cal) and [test] test_StdMean (multiples [-2, -1, 1, 2]): bins
    // [-967.36235382, -420.71712519, 672.57333208, 1219.21856072, 4111.45], counts
    // [0, 0, 56, 1, 1]. This project's six-class map also breaks at the mean, which
    // [doc] HeadTailBreaks publishes as its first bin, 125.92810345 (50 values at or below it);
    // [test] test_StdMeanAnchor publishes bins [125.92810345, 672.57333208, 1219.21856072, ...]
    // with counts [50, 6, 1, ...], which split mapclassify's middle class of 56 into 50 and 6.
    const Classification c = classify(kCalemp, ClassMethod::StandardDeviation, 6);
    ASSERT_EQ(c.classCount(), 6);
    // The lowest break lies below the minimum: the first class is empty, of zero width there.
    EXPECT_NEAR(c.limits.front(), -967.36235382, kTolerance);
    expectBins(c, 1, {-967.36235382, -420.71712519, 125.92810345, 672.57333208, 1219.21856072, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{0, 0, 50, 6, 1, 1}));
}

TEST(PublishedCalemp, StandardDeviationMapOtherClassCounts) {
    // Eight classes break at -3 ... 3 standard deviations: [doc] StdMean with multiples
    // [-3, -1.5, 1.5, 3] publishes -1514.00758246 and 1765.86378936, test_StdMean the ±1 and ±2
    // breaks, HeadTailBreaks the mean.
    const Classification c8 = classify(kCalemp, ClassMethod::StandardDeviation, 8);
    ASSERT_EQ(c8.classCount(), 8);
    expectBins(c8, 1,
               {-1514.00758246, -967.36235382, -420.71712519, 125.92810345, 672.57333208, 1219.21856072,
                1765.86378936, 4111.45});
    // Five classes break at ±0.5 and ±1.5: the ±1.5 ones are published by the same docstring
    // (-694.03973951, 945.8959464); the ±0.5 ones are not published and not compared.
    const Classification c5 = classify(kCalemp, ClassMethod::StandardDeviation, 5);
    ASSERT_EQ(c5.classCount(), 5);
    EXPECT_NEAR(c5.limits[1], -694.03973951, kTolerance);
    EXPECT_NEAR(c5.limits[4], 945.8959464, kTolerance);
    // The same docstring publishes that classification's counts, [0, 0, 57, 0, 1] for
    // (-inf, -3], (-3, -1.5], (-1.5, 1.5], (1.5, 3], (3, max]: so 0 + 0 values lie at or below
    // -1.5 standard deviations (this first class) and 0 + 1 above +1.5 (this last class).
    const std::vector<int> counts5 = classCounts(c5, kCalemp);
    EXPECT_EQ(counts5.front(), 0);
    EXPECT_EQ(counts5.back(), 1);
}

TEST(PublishedCalemp, QuintilesOfType7) {
    // [doc] Quantiles(cal, k=5) and [test] TestQuantiles: bins
    // [1.464, 5.798, 13.278, 54.616, 4111.45], counts [12, 11, 12, 11, 12].
    const Classification c = classify(kCalemp, ClassMethod::Quantile, 5, QuantileType::Linear);
    ASSERT_EQ(c.classCount(), 5);
    EXPECT_EQ(c.limits.front(), 0.13);
    expectBins(c, 1, {1.464, 5.798, 13.278, 54.616, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{12, 11, 12, 11, 12}));
    // The same without sorting the values (classifyUnsorted finds the few order statistics).
    const Classification unsorted =
        classifyUnsorted(kCalemp, finiteRange(kCalemp), ClassMethod::Quantile, 5, QuantileType::Linear);
    EXPECT_EQ(unsorted.limits, c.limits);
    const std::vector<double> sorted = sortedCalemp();
    const std::vector<double> bins{1.464, 5.798, 13.278, 54.616, 4111.45};
    for (int i = 1; i <= 5; ++i)
        EXPECT_NEAR(sampleQuantile(sorted, i, 5), bins[static_cast<size_t>(i - 1)], kTolerance)
            << "quintile " << i;
}

}  // namespace
}  // namespace bashu
