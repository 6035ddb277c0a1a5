#include "thematic/color_ramp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <utility>
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

// A ramp's colours by its name, read as documents read it (core/style_registry.h).
std::vector<Rgba8> colors(std::string_view name, int n, bool reversed = false) {
    const std::optional<Ramp> ramp = parseRamp(name);
    EXPECT_TRUE(ramp.has_value()) << name;
    return ramp ? rampColors(*ramp, n, reversed) : std::vector<Rgba8>{};
}

std::vector<std::string> rampNameList() {
    std::vector<std::string> names;
    for (const RampInfo& info : colorRamps()) names.emplace_back(info.name);
    return names;
}

const std::vector<std::string> kDivergingNames = {"RdBu", "RdYlBu", "RdYlGn",  "PuOr",
                                                  "BrBG", "PiYG",   "Spectral"};
const std::vector<std::string> kQualitativeNames = {"Set2", "Dark2", "Paired", "Set3"};
const std::vector<std::string> kMatplotlibNames = {"viridis", "magma", "plasma", "cividis"};

TEST(RampNames, ListsEveryRamp) {
    const std::vector<std::string> names = rampNameList();
    const std::set<std::string> unique(names.begin(), names.end());
    EXPECT_EQ(unique.size(), names.size());
    EXPECT_EQ(names.size(), kBrewerNames.size() + kDivergingNames.size() + kQualitativeNames.size() +
                                kMatplotlibNames.size());
    for (const auto* list : {&kBrewerNames, &kDivergingNames, &kQualitativeNames, &kMatplotlibNames})
        for (const std::string& name : *list) EXPECT_TRUE(unique.count(name)) << name;
    // Every ramp of the registry finds its colour table.
    for (const RampInfo& info : colorRamps()) EXPECT_EQ(rampColors(info.ramp, 5).size(), 5u) << info.name;
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

TEST(RampColors, DivergingSchemesArePublishedValues) {
    EXPECT_EQ(formatted(colors("RdBu", 9)),
              (std::vector<std::string>{"#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0",
                                        "#92c5de", "#4393c3", "#2166ac"}));
    EXPECT_EQ(formatted(colors("Spectral", 11)),
              (std::vector<std::string>{"#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf",
                                        "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2"}));
    EXPECT_EQ(formatted(colors("RdYlGn", 3)), (std::vector<std::string>{"#fc8d59", "#ffffbf", "#91cf60"}));
    EXPECT_EQ(formatted(colors("PuOr", 4)),
              (std::vector<std::string>{"#e66101", "#fdb863", "#b2abd2", "#5e3c99"}));
    EXPECT_EQ(formatted(colors("BrBG", 5)),
              (std::vector<std::string>{"#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"}));
    EXPECT_EQ(formatted(colors("PiYG", 7)),
              (std::vector<std::string>{"#c51b7d", "#e9a3c9", "#fde0ef", "#f7f7f7", "#e6f5d0", "#a1d76a",
                                        "#4d9221"}));
    EXPECT_EQ(formatted(colors("RdYlBu", 6)),
              (std::vector<std::string>{"#d73027", "#fc8d59", "#fee090", "#e0f3f8", "#91bfdb", "#4575b4"}));
}

TEST(RampColors, DivergingOutsideTheTables) {
    EXPECT_EQ(formatted(colors("RdBu", 1)), (std::vector<std::string>{"#f7f7f7"})) << "the neutral middle";
    EXPECT_EQ(formatted(colors("RdBu", 2)), (std::vector<std::string>{"#ef8a62", "#67a9cf"}));
    const std::vector<Rgba8> twelve = colors("RdBu", 12);
    ASSERT_EQ(twelve.size(), 12u);
    EXPECT_EQ(formatColor(twelve.front()), "#67001f") << "sampled from the 11-class table";
    EXPECT_EQ(formatColor(twelve.back()), "#053061");
}

TEST(RampColors, QualitativeSchemesArePublishedValues) {
    EXPECT_EQ(formatted(colors("Set2", 3)), (std::vector<std::string>{"#66c2a5", "#fc8d62", "#8da0cb"}));
    EXPECT_EQ(formatted(colors("Dark2", 8)),
              (std::vector<std::string>{"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
                                        "#a6761d", "#666666"}));
    EXPECT_EQ(formatted(colors("Paired", 12)),
              (std::vector<std::string>{"#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c",
                                        "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"}));
    EXPECT_EQ(formatted(colors("Set3", 12)).back(), "#ffed6f");
    EXPECT_EQ(formatted(colors("Set3", 4)),
              (std::vector<std::string>{"#8dd3c7", "#ffffb3", "#bebada", "#fb8072"}));
}

TEST(RampColors, QualitativeColoursRepeatPastTheLastOne) {
    const std::vector<Rgba8> ten = colors("Set2", 10);
    ASSERT_EQ(ten.size(), 10u);
    EXPECT_EQ(ten[8], ten[0]);
    EXPECT_EQ(ten[9], ten[1]);
    EXPECT_EQ(formatted(colors("Dark2", 2)), (std::vector<std::string>{"#1b9e77", "#d95f02"}));
}

TEST(RampColors, ReversedDivergingAndQualitative) {
    EXPECT_EQ(formatted(colors("RdBu", 5, true)),
              (std::vector<std::string>{"#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020"}));
    EXPECT_EQ(formatted(colors("set2", 3, true)),
              (std::vector<std::string>{"#8da0cb", "#fc8d62", "#66c2a5"}));
}

TEST(RampColors, ColoursAreOpaque) {
    for (const std::string& name : rampNameList())
        for (const Rgba8& c : colors(name, 7)) EXPECT_EQ(c.a, 255) << name;
}

TEST(RampColors, NamesAreCaseInsensitive) {
    EXPECT_EQ(colors("ylorrd", 5), colors("YlOrRd", 5));
    EXPECT_EQ(colors("YLORRD", 5), colors("YlOrRd", 5));
    EXPECT_EQ(colors("Viridis", 4), colors("viridis", 4));
}

TEST(RampColors, UnknownNamesGiveNothing) {
    EXPECT_FALSE(parseRamp("NoSuchRamp").has_value());
    EXPECT_FALSE(parseRamp("").has_value());
    EXPECT_FALSE(parseRamp("YlOrRd ").has_value());
    EXPECT_FALSE(parseRamp("RdBu_r").has_value());
    EXPECT_FALSE(parseRamp("Set4").has_value());
    EXPECT_FALSE(parseRamp("inferno").has_value());
}

TEST(RampColors, ReversedFlipsTheOrder) {
    for (const std::string& name : rampNameList()) {
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

TEST(RampColors, MatplotlibMapsGoFromDarkToLight) {
    for (const std::string& name : kMatplotlibNames) {
        for (int n = 2; n <= 16; ++n) {
            const std::vector<Rgba8> c = colors(name, n);
            ASSERT_EQ(c.size(), static_cast<size_t>(n));
            for (size_t i = 1; i < c.size(); ++i)
                EXPECT_GT(luminance(c[i]), luminance(c[i - 1])) << name << n;
        }
    }
}

TEST(RampColors, MagmaPlasmaAndCividisMatchMatplotlib) {
    // matplotlib: magma(np.linspace(0, 1, 5)) etc. matplotlib takes table entry int(256 t), ours
    // interpolates at 255 t between every 16th entry: within two steps per channel where the maps
    // change fastest, exact at the ends.
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
        {"magma", {"#000004", "#51127c", "#b73779", "#fc8961", "#fcfdbf"}},
        {"plasma", {"#0d0887", "#7e03a8", "#cc4778", "#f89540", "#f0f921"}},
        {"cividis", {"#00224e", "#434e6c", "#7d7c78", "#bcae6c", "#fee838"}},
    };
    for (const auto& [name, expected] : cases) {
        const std::vector<Rgba8> c = colors(name, 5);
        ASSERT_EQ(c.size(), expected.size());
        for (size_t i = 0; i < c.size(); ++i) {
            const Rgba8 want = *parseColor(expected[i]);
            EXPECT_LE(std::abs(c[i].r - want.r), 2) << name << " " << i;
            EXPECT_LE(std::abs(c[i].g - want.g), 2) << name << " " << i;
            EXPECT_LE(std::abs(c[i].b - want.b), 2) << name << " " << i;
        }
        EXPECT_EQ(formatColor(c.front()), expected.front()) << name;
        EXPECT_EQ(formatColor(c.back()), expected.back()) << name;
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
    EXPECT_TRUE(rampColors(Ramp::Reds, 0).empty());
    EXPECT_TRUE(rampColors(Ramp::Viridis, -3).empty());
}

}  // namespace
}  // namespace bashu
