#include "core/ascii_case.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(AsciiCase, LowersOnlyAsciiCapitals) {
    EXPECT_EQ(asciiLower("Natural Breaks (JENKS)"), "natural breaks (jenks)");
    EXPECT_EQ(asciiLower("綦江 QIJIANG"), "綦江 qijiang");
    EXPECT_EQ(asciiLower("ÄÖ"), "ÄÖ") << "UTF-8 bytes are never changed";
    EXPECT_EQ(asciiLower("@[`{"), "@[`{") << "the bytes either side of A-Z and a-z";
    EXPECT_EQ(asciiLower(""), "");
    EXPECT_EQ(asciiLower('Z'), 'z');
    EXPECT_EQ(asciiLower('\xC3'), '\xC3');
}

TEST(AsciiCase, EqualityIgnoringCase) {
    EXPECT_TRUE(equalsIgnoreCase("YlOrRd", "ylorrd"));
    EXPECT_TRUE(equalsIgnoreCase("綦江", "綦江"));
    EXPECT_TRUE(equalsIgnoreCase("", ""));
    EXPECT_FALSE(equalsIgnoreCase("viridis", "viridi"));
    EXPECT_FALSE(equalsIgnoreCase("[", "{")) << "not letters, though 0x20 apart";
    EXPECT_FALSE(equalsIgnoreCase("é", "É"));
}

}  // namespace
}  // namespace bashu
