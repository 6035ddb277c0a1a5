// The percentile and box maps against GeoDa's own definitions, which they follow: repository
// GeoDaCenter/geoda, commit d86a9ff53493cdd8fea90237d5a46306bcf68c42, GenUtils.cpp
// (Gda::percentile, HingeStats::CalculateHingeStats) and Explore/CatClassification.cpp (the
// classes: val < break for the lower fence or 1st percentile, Q1 or 10th, median or 50th;
// val <= break for Q3 or 90th, upper fence or 99th).
//
// Expected numbers: from a line-by-line Python transliteration of those functions run on the
// same data (not from this project's code), unless a comment works them by hand. The data set is
// mapclassify's "calemp" (published_breaks_test.cpp says where it comes from).
#include <gtest/gtest.h>

#include <vector>

#include "thematic/classification.h"
#include "thematic/sample_quantile.h"

#include "unit/thematic/calemp_data.h"
#include "unit/thematic/class_counts.h"

namespace bashu {
namespace {

using testing::classCounts;

using testing::kCalemp;

constexpr double kTolerance = 1e-9;

void expectLimits(const Classification& c, const std::vector<double>& expected) {
    ASSERT_EQ(c.limits.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(c.limits[i], expected[i], kTolerance) << i;
}

TEST(GeodaPercentile, TheDocumentedExample) {
    // GenUtils.cpp's comment: for v = {15, 20, 35, 40, 50}, percentile(1) = 15, percentile(10) = 15,
    // percentile(11) = 15.25, percentile(50) = 35, percentile(89) = 49.5, percentile(90) = 50,
    // percentile(99) = 50.
    const std::vector<double> v{15, 20, 35, 40, 50};
    EXPECT_EQ(sampleQuantile(v, 1, 100, QuantileType::Hazen), 15.0);
    EXPECT_EQ(sampleQuantile(v, 10, 100, QuantileType::Hazen), 15.0);
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 11, 100, QuantileType::Hazen), 15.25);
    EXPECT_EQ(sampleQuantile(v, 50, 100, QuantileType::Hazen), 35.0);
    EXPECT_DOUBLE_EQ(sampleQuantile(v, 89, 100, QuantileType::Hazen), 49.5);
    EXPECT_EQ(sampleQuantile(v, 90, 100, QuantileType::Hazen), 50.0);
    EXPECT_EQ(sampleQuantile(v, 99, 100, QuantileType::Hazen), 50.0);
}

TEST(GeodaPercentile, CalempMap) {
    // Breaks 0.1308, 0.477, 9.365, 243.066, 3840.362; GeoDa's counts 1, 5, 23, 23, 5, 1.
    const Classification c = classify(kCalemp, ClassMethod::Percentile, 6);
    expectLimits(c, {0.13, 0.1308, 0.477, 9.365, 243.066, 3840.362, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{1, 5, 23, 23, 5, 1}));
}

TEST(GeodaPercentile, TiesAtTheEndsGoAsGeodasDo) {
    // 1..5: the 1st and 10th percentiles are both 1 (position n p - 0.5 below 0), the median 3,
    // the 90th and 99th 5. GeoDa: 1 is not < 1, so it is in 10-50%; 5 <= 5, so in 50-90%:
    // counts 0, 0, 2, 3, 0, 0.
    const std::vector<double> v{1, 2, 3, 4, 5};
    const Classification c = classify(v, ClassMethod::Percentile, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{1, 1, 1, 3, 5, 5, 5}));
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{0, 0, 2, 3, 0, 0}));
    EXPECT_EQ(c.classOf(3.0), 3);  // the median opens the class above it
}

TEST(GeodaQuantiles, CalempQuintilesOfType5) {
    // GeoDa's quantile map breaks at Gda::percentile(100 i / k): 1.371, 5.747, 13.372, 56.599.
    // Values on a break go to the class below here (GeoDa's own map differs below the median;
    // none of calemp's values lies on a break): 12, 11, 12, 11, 12.
    const Classification c = classify(kCalemp, ClassMethod::Quantile, 5, QuantileType::Hazen);
    expectLimits(c, {0.13, 1.371, 5.747, 13.372, 56.599, 4111.45});
    EXPECT_EQ(classCounts(c, kCalemp), (std::vector<int>{12, 11, 12, 11, 12}));
    // The same without sorting the values.
    const Classification unsorted =
        classifyUnsorted(kCalemp, finiteRange(kCalemp), ClassMethod::Quantile, 5, QuantileType::Hazen);
    EXPECT_EQ(unsorted.limits, c.limits);
}

TEST(GeodaHinges, PositionsForEvenAndOddCounts) {
    // By hand from HingeStats: n = 5: Q1 at (5+3)/4 - 1 = 1, Q3 at (15+1)/4 - 1 = 3; n = 6: 1 and
    // (18+2)/4 - 1 = 4; n = 7: 1.5 and 4.5 (midpoints); n = 8: 1.5 and 5.5.
    const std::vector<double> five{1, 2, 3, 4, 5}, six{1, 2, 3, 4, 5, 6};
    const std::vector<double> seven{1, 2, 3, 4, 5, 6, 7}, eight{1, 2, 3, 4, 5, 6, 7, 8};
    auto expectHinges = [](const std::vector<double>& v, double q1, double median, double q3) {
        const Hinges h = tukeyHinges(v);
        EXPECT_EQ(h.lower, q1) << v.size();
        EXPECT_EQ(h.median, median) << v.size();
        EXPECT_EQ(h.upper, q3) << v.size();
    };
    expectHinges(five, 2.0, 3.0, 4.0);
    expectHinges(six, 2.0, 3.5, 5.0);
    expectHinges(seven, 2.5, 4.0, 5.5);
    expectHinges(eight, 2.5, 4.5, 6.5);
    const std::vector<double> one{7};
    expectHinges(one, 7.0, 7.0, 7.0);
}

TEST(GeodaBoxMap, CalempHinge15And30) {
    // Hinges 2.51, 9.365, 40.48; fences -54.445 and 97.435 (1.5), -111.4 and 154.39 (3.0).
    // GeoDa's counts: 0, 14, 15, 15, 5, 9 and 0, 14, 15, 15, 6, 8.
    const Classification c15 = classify(kCalemp, ClassMethod::BoxMap, 6);
    expectLimits(c15, {-54.445, -54.445, 2.51, 9.365, 40.48, 97.435, 4111.45});
    EXPECT_EQ(classCounts(c15, kCalemp), (std::vector<int>{0, 14, 15, 15, 5, 9}));
    const Classification c30 = classify(kCalemp, ClassMethod::BoxMap3, 6);
    expectLimits(c30, {-111.4, -111.4, 2.51, 9.365, 40.48, 154.39, 4111.45});
    EXPECT_EQ(classCounts(c30, kCalemp), (std::vector<int>{0, 14, 15, 15, 6, 8}));
}

TEST(GeodaBoxMap, ZeroToNinetyNine) {
    // 0..99: hinges 24.5, 49.5, 74.5; fences -50.5 and 149.5; 25 values in each inner class.
    std::vector<double> v(100);
    for (size_t i = 0; i < v.size(); ++i) v[i] = double(i);
    const Classification c = classify(v, ClassMethod::BoxMap, 6);
    expectLimits(c, {-50.5, -50.5, 24.5, 49.5, 74.5, 149.5, 149.5});
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{0, 25, 25, 25, 25, 0}));
}

TEST(GeodaBoxMap, NoInterquartileRange) {
    // -10, seven 5s, 20: every hinge and both fences are 5. GeoDa: -10 < 5 is a lower outlier,
    // 5 <= Q3 is in 50-75% (not an outlier: it lies on the fences), 20 an upper outlier.
    const std::vector<double> v{-10, 5, 5, 5, 5, 5, 5, 5, 20};
    const Classification c = classify(v, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.limits, (std::vector<double>{-10, 5, 5, 5, 5, 5, 20}));
    EXPECT_EQ(classCounts(c, v), (std::vector<int>{1, 0, 0, 7, 0, 1}));
}

TEST(GeodaBoxMap, AValueOnAFenceIsNotAnOutlier) {
    // 1..8: hinges 2.5 and 6.5, fences -3.5 and 12.5 (by hand): on either fence, not an outlier.
    const std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8};
    const Classification c = classify(v, ClassMethod::BoxMap, 6);
    EXPECT_EQ(c.classOf(-3.5), 1);
    EXPECT_EQ(c.classOf(-3.6), -1);  // below the data's lowest limit, the fence itself
    EXPECT_EQ(c.classOf(12.5), 4);
    EXPECT_EQ(c.classOf(2.5), 2);  // on Q1: 25-50%, as GeoDa's val < Q1
    EXPECT_EQ(c.classOf(4.5), 3);  // on the median: 50-75%
    EXPECT_EQ(c.classOf(6.5), 3);  // on Q3: 50-75%, as GeoDa's val <= Q3
}

}  // namespace
}  // namespace bashu
