#include "thematic/class_coloring.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace bashu {
namespace {

const std::vector<Rgba8> kColors = {{1, 0, 0, 255}, {2, 0, 0, 255}, {3, 0, 0, 255}, {4, 0, 0, 255}};
const Rgba8 kNoData{9, 9, 9, 255};

// Values that test every edge: on each limit, just beside it, outside the range, and NaN.
std::vector<double> edgyValues(const Classification& classes, size_t count) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> spread(-2.0, 12.0);
    std::vector<double> values;
    for (size_t i = 0; i < count; ++i) {
        const double limit = classes.limits[i % classes.limits.size()];
        switch (i % 5) {
            case 0:
                values.push_back(limit);
                break;
            case 1:
                values.push_back(std::nextafter(limit, 1e9));
                break;
            case 2:
                values.push_back(std::nextafter(limit, -1e9));
                break;
            case 3:
                values.push_back(std::nan(""));
                break;
            default:
                values.push_back(spread(rng));
                break;
        }
    }
    return values;
}

void expectSameAsClassOf(const std::vector<double>& values, const Classification& classes) {
    std::vector<Rgba8> out(values.size());
    const ClassCounts counts = colorByClass(values, classes, kColors, kNoData, out);
    std::vector<size_t> expected(size_t(classes.classCount()), 0);
    size_t expectedNoData = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        const int c = classes.classOf(values[i]);
        const Rgba8 want = c < 0 ? kNoData : kColors[size_t(c)];
        ASSERT_EQ(out[i].r, want.r) << "value " << values[i] << " at " << i;
        c < 0 ? ++expectedNoData : ++expected[size_t(c)];
    }
    EXPECT_EQ(counts.perClass, expected);
    EXPECT_EQ(counts.noData, expectedNoData);
}

TEST(ColorByClass, GivesEachValueTheColourOfItsClassExactly) {
    const Classification classes{{0.0, 1.5, 4.0, 4.0, 10.0}};  // a zero-width class too
    expectSameAsClassOf(edgyValues(classes, 1000), classes);
}

TEST(ColorByClass, ALargeLayerSplitOverThreadsGivesTheSameColoursAndCounts) {
    const Classification classes{{0.0, 1.5, 4.0, 10.0}};
    expectSameAsClassOf(edgyValues(classes, 400'001), classes);
}

TEST(ColorByClass, WithoutClassesEveryFeatureIsNoData) {
    const std::vector<double> values = {1.0, 2.0};
    std::vector<Rgba8> out(2);
    const ClassCounts counts = colorByClass(values, Classification{}, kColors, kNoData, out);
    EXPECT_EQ(counts.noData, 2u);
    EXPECT_EQ(out[1].r, kNoData.r);
}

TEST(Histogram, CountedWhileColouringEqualsTheCountOfEachValue) {
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> steps(0, 400);
    std::vector<double> values;
    // Many on bin edges; enough for two threads; no data and infinities left out.
    for (int i = 0; i < 300'000; ++i) values.push_back(steps(rng) * 0.025);
    values[7] = std::nan("");
    values[200'000] = INFINITY;
    const std::vector<float> counted = histogramOf(values, 0.0, 10.0, 40);
    float total = 0;
    for (float c : counted) total += c;
    EXPECT_EQ(total, 299'998.0f);
    std::vector<Rgba8> out(values.size());
    const Classification classes{{0.0, 5.0, 10.0}};
    EXPECT_EQ(colorByClass(values, classes, kColors, kNoData, out, 40).histogram, counted);
    EXPECT_TRUE(colorByClass(values, classes, kColors, kNoData, out).histogram.empty());
    // A single value: everything in the first bin, as the panel shows it.
    const std::vector<double> one = {3.0, 3.0};
    EXPECT_EQ(histogramOf(one, 3.0, 3.0, 4), (std::vector<float>{2, 0, 0, 0}));
    std::vector<Rgba8> two(2);
    EXPECT_EQ(colorByClass(one, Classification{{3.0, 3.0}}, kColors, kNoData, two, 4).histogram,
              (std::vector<float>{2, 0, 0, 0}));
}

TEST(Histogram, NoDataIsLeftOut) {
    const std::vector<double> values = {std::nan(""), 1.0, INFINITY};
    EXPECT_EQ(histogramOf(values, 0.0, 2.0, 2), (std::vector<float>{0, 1}));
}

}  // namespace
}  // namespace bashu
