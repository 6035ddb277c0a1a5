#include "thematic/sort_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace bashu {
namespace {

// Sorted as std::sort would: compared element by element.
void expectSortedLikeStdSort(std::vector<double> values) {
    std::vector<double> expected = values;
    std::sort(expected.begin(), expected.end());
    sortValues(values);
    ASSERT_EQ(values.size(), expected.size());
    for (size_t i = 0; i < values.size(); ++i) ASSERT_EQ(values[i], expected[i]) << "at " << i;
}

TEST(SortValues, SortsSignedValuesOfEveryMagnitude) {
    std::mt19937 rng(5);
    std::lognormal_distribution<double> magnitude(0.0, 6.0);
    std::vector<double> values;
    for (int i = 0; i < 100'000; ++i) values.push_back((rng() % 2 ? -1.0 : 1.0) * magnitude(rng));
    values.insert(values.end(),
                  {0.0, -0.0, std::numeric_limits<double>::denorm_min(), -std::numeric_limits<double>::max(),
                   std::numeric_limits<double>::max(), INFINITY, -INFINITY});
    expectSortedLikeStdSort(values);
}

TEST(SortValues, SortsManyTiesAndValuesOfOneMagnitude) {
    std::vector<double> values;
    for (int i = 0; i < 50'000; ++i) values.push_back(double((i * 7919) % 97) + 1000.0);
    expectSortedLikeStdSort(values);
}

TEST(SortValues, SortsShortLists) {
    expectSortedLikeStdSort({3.0, -1.0, 2.5});
    expectSortedLikeStdSort({});
}

// The values at ranks are those of the sorted finite values, at every rank asked.
void expectRanksLikeSorting(const std::vector<double>& values, const std::vector<size_t>& ranks) {
    std::vector<double> sorted;
    for (double v : values)
        if (std::isfinite(v)) sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    const std::vector<double> found = valuesAtRanks(values, ranks);
    ASSERT_EQ(found.size(), ranks.size());
    for (size_t i = 0; i < ranks.size(); ++i) {
        if (ranks[i] >= sorted.size()) {
            EXPECT_TRUE(std::isnan(found[i])) << "rank " << ranks[i] << " is beyond the values";
            continue;
        }
        EXPECT_EQ(found[i], sorted[ranks[i]]) << "rank " << ranks[i];
    }
}

TEST(ValuesAtRanks, EveryRankOfAFewValuesWithTiesNoDataAndSignedZeros) {
    const double nan = std::numeric_limits<double>::quiet_NaN(),
                 inf = std::numeric_limits<double>::infinity();
    const std::vector<double> values = {3.5, -1.0, nan, 0.0, -0.0, 3.5, inf, 1e300, -1e-300, 2.0, -inf, 3.5};
    std::vector<size_t> all;
    for (size_t r = 0; r < 11; ++r) all.push_back(r);  // 9 finite values, and two ranks beyond
    expectRanksLikeSorting(values, all);
}

TEST(ValuesAtRanks, LargeLayersOfOneMagnitudeAndOfMany) {
    std::mt19937_64 random(11);
    std::vector<double> close(300'000), spread(300'000), integers(300'000);
    std::uniform_real_distribution<double> near(1000.0, 1001.0);  // one exponent: buckets by mantissa
    std::lognormal_distribution<double> skewed(0.0, 4.0);         // GDP-like long tail
    std::uniform_int_distribution<int> small(-50, 50);            // ties: one key per bucket
    for (size_t i = 0; i < close.size(); ++i) {
        close[i] = near(random);
        spread[i] = (i % 2 ? -1.0 : 1.0) * skewed(random);
        integers[i] = small(random);
    }
    const std::vector<size_t> ranks = {0, 1, 59'999, 60'000, 149'999, 150'000, 299'998, 299'999};
    expectRanksLikeSorting(close, ranks);
    expectRanksLikeSorting(spread, ranks);
    expectRanksLikeSorting(integers, ranks);
    EXPECT_TRUE(std::isnan(valuesAtRanks(std::vector<double>{}, std::vector<size_t>{0}).front()));
}

}  // namespace
}  // namespace bashu
