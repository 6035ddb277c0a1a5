#include "thematic/pretty_breaks.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "thematic/classification.h"

namespace bashu {
namespace {

std::vector<double> pretty(double minimum, double maximum, int classes) {
    const std::optional<Classification> c = prettyBreaks(minimum, maximum, classes);
    EXPECT_TRUE(c.has_value()) << minimum << ".." << maximum;
    return c ? c->limits : std::vector<double>{};
}

TEST(PrettyBreaks, RoundStepsCoveringTheValues) {
    EXPECT_EQ(pretty(0.3, 9.7, 5), (std::vector<double>{0, 2, 4, 6, 8, 10}));
    EXPECT_EQ(pretty(-37, 112, 5), (std::vector<double>{-50, 0, 50, 100, 150}));
    EXPECT_EQ(pretty(3, 8, 5), (std::vector<double>{3, 4, 5, 6, 7, 8}));
}

TEST(PrettyBreaks, TwoAndAHalfIsARoundStep) {
    EXPECT_EQ(pretty(0, 9, 4), (std::vector<double>{0, 2.5, 5, 7.5, 10}));
    EXPECT_EQ(pretty(0.1, 0.7, 3), (std::vector<double>{0, 0.25, 0.5, 0.75}));
}

TEST(PrettyBreaks, NeverMoreClassesThanAsked) {
    // 447..19,917 (the built-in GDP values): steps of 2,500 would need 8 classes, 5,000 need 4.
    EXPECT_EQ(pretty(447.2, 19916.98, 5), (std::vector<double>{0, 5000, 10000, 15000, 20000}));
    EXPECT_EQ(pretty(447.2, 19916.98, 8),
              (std::vector<double>{0, 2500, 5000, 7500, 10000, 12500, 15000, 17500, 20000}));
}

TEST(PrettyBreaks, DecimalStepsAreTheNearestDoubles) {
    // 3 * 0.1 would be 0.30000000000000004: the limits are the doubles nearest 0.3, 0.4, ...
    EXPECT_EQ(pretty(0.3, 0.9, 6), (std::vector<double>{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}));
    EXPECT_EQ(pretty(0.3, 1.2, 3), (std::vector<double>{0, 0.5, 1, 1.5}));
}

TEST(PrettyBreaks, OneClass) {
    EXPECT_EQ(pretty(0.3, 9.7, 1), (std::vector<double>{0, 10}));
    // No round cell holds values either side of zero.
    EXPECT_FALSE(prettyBreaks(-1, 1, 1).has_value());
}

TEST(PrettyBreaks, ThroughClassifyFewerDistinctValuesMeanFewerClasses) {
    const std::vector<double> values{1, 2, 2, 1};
    EXPECT_EQ(classify(values, ClassMethod::Pretty, 5).limits, (std::vector<double>{1, 1.5, 2}));
}

TEST(PrettyBreaks, ThroughClassifyFallsBackToEqualIntervals) {
    const std::vector<double> values{-1, 0, 1};
    EXPECT_EQ(classify(values, ClassMethod::Pretty, 1).limits, (std::vector<double>{-1, 1}));
}

}  // namespace
}  // namespace bashu
