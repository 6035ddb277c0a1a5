#include "thematic/color_ramp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace bashu {
namespace {

const std::vector<std::string> kBrewerNames = {"YlOrRd",  "YlOrBr",  "OrRd",  "Reds", "Blues", "Greens",
                                               "Purples", "Oranges", "Greys", "BuGn", "BuPu",  "GnBu",
                                               "PuBu",    "PuBuGn",  "PuRd",  "RdPu", "YlGn",  "YlGnBu"};

std::vector<std::string> formatted(const std::vector<Rgba8>& colors) {
    std::vector<std::string> out;
    for (const Rgba8& c : colors) out.push_back(formatColor(c));
    return out;
}

double linear(uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// Relative luminance (WCAG / sRGB).
double luminance(const Rgba8& c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

std::vector<Rgba8> colors(std::string_view name, int n, bool reversed = false) {
    auto result = rampColors(name, n, reversed);
    EXPECT_TRUE(result.has_value()) << name;
    return result.value_or(std::vector<Rgba8>{});
}

TEST(RampNames, ListsEveryColorBrewerRampAndViridis) {
    const std::vector<std::string> names = rampNames();
    const std::set<std::string> unique(names.begin(), names.end());
    EXPECT_EQ(unique.size(), names.size());
    EXPECT_EQ(names.size(), kBrewerNames.size() + 1);
    for (const std::string& name : kBrewerNames) EXPECT_TRUE(unique.count(name)) << name;
    EXPECT_TRUE(unique.count("viridis"));
    for (const std::string& name : names) EXPECT_TRUE(rampColors(name, 5).has_value()) << name;
}

TEST(RampColors, YlOrRdFiveClassesArePublishedValues) {
    EXPECT_EQ(formatted(colors("YlOrRd", 5)),
              (std::vector<std::string>{"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"}));
}

TEST(RampColors, SpotChecksAgainstColorBrewer) {
    EXPECT_EQ(formatted(colors("Blues", 3)), (std::vector<std::string>{"#deebf7", "#9ecae1", "#3182bd"}));
    EXPECT_EQ(formatted(colors("Greys", 9)),
              (std::vector<std::string>{"#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373",
                                        "#525252", "#252525", "#000000"}));
    EXPECT_EQ(formatted(colors("PuBuGn", 7)),
              (std::vector<std::string>{"#f6eff7", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a",
                                        "#016450"}));
    EXPECT_EQ(formatted(colors("YlGnBu", 9)).back(), "#081d58");
}

TEST(RampColors, ColoursAreOpaque) {
    for (const std::string& name : rampNames())
        for (const Rgba8& c : colors(name, 7)) EXPECT_EQ(c.a, 255) << name;
}

TEST(RampColors, NamesAreCaseInsensitive) {
    EXPECT_EQ(colors("ylorrd", 5), colors("YlOrRd", 5));
    EXPECT_EQ(colors("YLORRD", 5), colors("YlOrRd", 5));
    EXPECT_EQ(colors("Viridis", 4), colors("viridis", 4));
}

TEST(RampColors, UnknownNamesGiveNothing) {
    EXPECT_FALSE(rampColors("NoSuchRamp", 5).has_value());
    EXPECT_FALSE(rampColors("", 5).has_value());
    EXPECT_FALSE(rampColors("YlOrRd ", 5).has_value());
    EXPECT_FALSE(rampColors("Spectral", 5).has_value());  // diverging ramps are not offered
}

TEST(RampColors, ReversedFlipsTheOrder) {
    for (const std::string& name : rampNames()) {
        for (int n : {1, 2, 5, 12}) {
            std::vector<Rgba8> forward = colors(name, n);
            std::reverse(forward.begin(), forward.end());
            EXPECT_EQ(colors(name, n, true), forward) << name << " " << n;
        }
    }
}

TEST(RampColors, ColorBrewerLuminanceDecreasesForEveryClassCount) {
    for (const std::string& name : kBrewerNames) {
        for (int n = 2; n <= 16; ++n) {
            const std::vector<Rgba8> c = colors(name, n);
            ASSERT_EQ(c.size(), static_cast<size_t>(n));
            for (size_t i = 1; i < c.size(); ++i)
                EXPECT_LT(luminance(c[i]), luminance(c[i - 1])) << name << " n=" << n << " i=" << i;
        }
    }
}

TEST(RampColors, ViridisGoesFromDarkToLight) {
    for (int n = 2; n <= 16; ++n) {
        const std::vector<Rgba8> c = colors("viridis", n);
        ASSERT_EQ(c.size(), static_cast<size_t>(n));
        for (size_t i = 1; i < c.size(); ++i) EXPECT_GT(luminance(c[i]), luminance(c[i - 1])) << n;
    }
}

TEST(RampColors, ViridisMatchesMatplotlib) {
    // matplotlib: viridis(np.linspace(0, 1, 5)); ours interpolates between table entries, so
    // allow one step per channel.
    const std::vector<std::string> expected{"#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"};
    const std::vector<Rgba8> c = colors("viridis", 5);
    ASSERT_EQ(c.size(), expected.size());
    for (size_t i = 0; i < c.size(); ++i) {
        const Rgba8 want = *parseColor(expected[i]);
        EXPECT_LE(std::abs(c[i].r - want.r), 1) << i;
        EXPECT_LE(std::abs(c[i].g - want.g), 1) << i;
        EXPECT_LE(std::abs(c[i].b - want.b), 1) << i;
    }
    EXPECT_EQ(formatColor(c.front()), "#440154");
    EXPECT_EQ(formatColor(c.back()), "#fde725");
}

TEST(RampColors, FewerThanThreeClassesUseTheThreeClassTable) {
    EXPECT_EQ(formatted(colors("YlOrRd", 1)), (std::vector<std::string>{"#feb24c"}));
    EXPECT_EQ(formatted(colors("YlOrRd", 2)), (std::vector<std::string>{"#ffeda0", "#f03b20"}));
    EXPECT_EQ(colors("viridis", 1).size(), 1u);
}

TEST(RampColors, MoreThanNineClassesInterpolateTheNineClassTable) {
    const std::vector<Rgba8> nine = colors("Blues", 9);
    const std::vector<Rgba8> twelve = colors("Blues", 12);
    ASSERT_EQ(twelve.size(), 12u);
    EXPECT_EQ(twelve.front(), nine.front());
    EXPECT_EQ(twelve.back(), nine.back());
    // With 17 samples every other one lands exactly on a table colour.
    const std::vector<Rgba8> seventeen = colors("Blues", 17);
    ASSERT_EQ(seventeen.size(), 17u);
    for (size_t i = 0; i < nine.size(); ++i) EXPECT_EQ(seventeen[2 * i], nine[i]) << i;
    // The samples in between are new colours lying between their neighbours.
    for (size_t i = 1; i < seventeen.size(); i += 2) {
        EXPECT_NE(seventeen[i], seventeen[i - 1]);
        EXPECT_NE(seventeen[i], seventeen[i + 1]);
    }
}

TEST(RampColors, NoColoursAskedGivesNone) {
    ASSERT_TRUE(rampColors("Reds", 0).has_value());
    EXPECT_TRUE(rampColors("Reds", 0)->empty());
    EXPECT_TRUE(rampColors("viridis", -3)->empty());
}

}  // namespace
}  // namespace bashu
