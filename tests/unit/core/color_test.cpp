#include "core/color.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(Color, ParsesSixAndEightDigitHex) {
    EXPECT_EQ(parseColor("#bd0026"), (Rgba8{0xbd, 0x00, 0x26, 0xff}));
    EXPECT_EQ(parseColor("#FFFFB280"), (Rgba8{0xff, 0xff, 0xb2, 0x80}));
}

TEST(Color, RejectsAnythingElse) {
    for (const char* bad : {"", "red", "#fff", "bd0026", "#gg0026", "#bd00261", "#bd0026 "})
        EXPECT_FALSE(parseColor(bad).has_value()) << bad;
}

TEST(Color, FormatsRoundTrip) {
    EXPECT_EQ(formatColor({0x12, 0xab, 0x00, 0xff}), "#12ab00");
    EXPECT_EQ(formatColor({0x12, 0xab, 0x00, 0x80}), "#12ab0080");
    EXPECT_EQ(parseColor(formatColor({1, 2, 3, 4})), (Rgba8{1, 2, 3, 4}));
}

}  // namespace
}  // namespace bashu
