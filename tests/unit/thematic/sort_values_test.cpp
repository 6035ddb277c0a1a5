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

}  // namespace
}  // namespace bashu
