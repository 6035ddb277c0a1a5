#include "text/font_face.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(Utf8, DecodesAndReplacesBrokenBytes) {
    const std::string text =
        "綦江\xff"
        "a";
    size_t pos = 0;
    EXPECT_EQ(nextCodePoint(text, pos), U'綦');
    EXPECT_EQ(nextCodePoint(text, pos), U'江');
    EXPECT_EQ(nextCodePoint(text, pos), U'\uFFFD');
    EXPECT_EQ(nextCodePoint(text, pos), U'a');
    EXPECT_EQ(pos, text.size());
    const std::string cut = "\xe7\xb6";  // the first two bytes of a three-byte character
    pos = 0;
    EXPECT_EQ(nextCodePoint(cut, pos), U'\uFFFD');
}

// Place names that common CJK subsets lack must render as real glyphs, not boxes.
TEST(FontFace, DrawsTheRegionsRareCharacters) {
    Result<FontLocation> location = findMapFont();
    ASSERT_TRUE(location.ok()) << location.error().message;
    EXPECT_TRUE(location->coversChinese) << location->path << " (install fonts-noto-cjk)";
    Result<FontFace> font = FontFace::load(*location);
    ASSERT_TRUE(font.ok()) << font.error().message;
    for (char32_t c : std::u32string(U"綦江珙县犍为郫都邛崃阆中荥经筠连"))
        EXPECT_TRUE(font->hasGlyph(c)) << uint32_t(c);
    EXPECT_FALSE(font->hasGlyph(U'\U0010FFFD')) << "a private-use code point has no glyph";
    for (const char* name : {"綦江", "珙县", "犍为", "郫都", "邛崃", "阆中", "荥经", "筠连"}) {
        Image image(80, 40);
        for (size_t i = 0; i < image.rgba.size(); ++i) image.rgba[i] = 255;
        font->draw(image, 4, 30, name, 24, Rgba8{0, 0, 0, 255});
        size_t ink = 0;
        for (size_t i = 0; i < image.rgba.size(); i += 4) ink += image.rgba[i] < 128;
        // Two CJK glyphs at 24 px cover well over a hundred dark pixels; a missing-glyph box
        // would be an outline only, and nothing at all shows far less.
        EXPECT_GT(ink, 100u) << name;
        EXPECT_GT(font->measure(name, 24), 40.0f) << name;
    }
}

TEST(FontFace, MissingFileIsAnError) {
    Result<FontFace> font = FontFace::load({"/nonexistent/font.ttf", 0, false});
    ASSERT_FALSE(font.ok());
    EXPECT_EQ(font.error().message, "/nonexistent/font.ttf: cannot be read as a font");
}

}  // namespace
}  // namespace bashu
