// The bivariate palettes: Stevens' 3 x 3 cells exactly, 2 x 2 their corners, 4 x 4 the corners
// and mixes between, lightest where both fields are low; an unknown name says which exist.
#include "thematic/bivariate_palettes.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

Rgba8 hex(uint32_t rgb) { return Rgba8{uint8_t(rgb >> 16), uint8_t(rgb >> 8), uint8_t(rgb), 255}; }

int lightness(Rgba8 c) { return int(c.r) + int(c.g) + int(c.b); }

TEST(BivariatePalettes, ThreeByThreeIsStevensAndOtherSizesKeepItsCorners) {
    Result<std::vector<Rgba8>> three = bivariatePalette("pink-blue", 3);
    ASSERT_TRUE(three);
    ASSERT_EQ(three->size(), 9u);
    EXPECT_EQ((*three)[0], hex(0xe8e8e8)) << "both low";
    EXPECT_EQ((*three)[2], hex(0xc85a5a)) << "the first field high across";
    EXPECT_EQ((*three)[6], hex(0x64acbe)) << "the second field high up";
    EXPECT_EQ((*three)[8], hex(0x574249)) << "both high";
    EXPECT_EQ((*three)[4], hex(0xad9ea5));
    for (std::string_view name : bivariatePaletteNames())
        for (int n : {2, 3, 4}) {
            Result<std::vector<Rgba8>> p = bivariatePalette(name, n);
            ASSERT_TRUE(p) << name;
            ASSERT_EQ(p->size(), size_t(n * n));
            Result<std::vector<Rgba8>> corners = bivariatePalette(name, 3);
            EXPECT_EQ(p->front(), corners->front()) << name << " " << n;
            EXPECT_EQ(p->back(), corners->back()) << name << " " << n;
            // Along each side the colours darken from the light corner.
            for (int k = 1; k < n; ++k) {
                EXPECT_LT(lightness((*p)[size_t(k)]), lightness((*p)[size_t(k - 1)])) << name << " " << n;
                EXPECT_LT(lightness((*p)[size_t(k * n)]), lightness((*p)[size_t((k - 1) * n)]))
                    << name << " " << n;
            }
        }
}

TEST(BivariatePalettes, AnUnknownNameOrSizeIsRefusedWithTheChoices) {
    Result<std::vector<Rgba8>> unknown = bivariatePalette("rainbow", 3);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message,
              "unknown bivariate palette 'rainbow' (pink-blue, teal-purple, gold-violet)");
    EXPECT_FALSE(bivariatePalette("pink-blue", 5));
    EXPECT_FALSE(bivariatePalette("pink-blue", 1));
}

}  // namespace
}  // namespace bashu
