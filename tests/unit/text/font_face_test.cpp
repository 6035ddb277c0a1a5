#include "text/font_face.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace bashu {
namespace {

// The window and the exporter say the same about a font without Chinese: which one, and what to
// install (the window's copy had lost the font's path).
TEST(FontWarning, NamesTheFontAndWhatToInstall) {
    FontLocation location{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, false};
    EXPECT_EQ(missingChineseWarning(location),
              "the font found (/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf) has no Chinese characters; "
              "install fonts-noto-cjk");
    location.coversChinese = true;
    EXPECT_EQ(missingChineseWarning(location), "");
    EXPECT_EQ(std::string(kNoFontFound),
              "no font found (install fonts-noto-cjk); Chinese text cannot be shown");
}

// Place names that common CJK subsets lack must render as real glyphs, not boxes.
TEST(FontFace, DrawsTheRegionsRareCharacters) {
    Result<FontLocation> location = findMapFont();
    ASSERT_TRUE(location.ok()) << location.error().message;
    EXPECT_TRUE(location->coversChinese) << missingChineseWarning(*location);
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

// The direction dark pixels spread along most (their principal axis), in radians on the image
// (y down), and how far they spread along it and across it (standard deviations).
struct InkSpread {
    double angle = 0, along = 0, across = 0, cx = 0, cy = 0;
    size_t count = 0;
};
InkSpread inkSpread(const Image& image) {
    InkSpread s;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.pixel(x, y).r < 128) {
                ++s.count;
                sx += x;
                sy += y;
                sxx += double(x) * x;
                syy += double(y) * y;
                sxy += double(x) * y;
            }
    if (s.count == 0) return s;
    const double n = double(s.count);
    s.cx = sx / n;
    s.cy = sy / n;
    const double vxx = sxx / n - s.cx * s.cx, vyy = syy / n - s.cy * s.cy, vxy = sxy / n - s.cx * s.cy;
    s.angle = 0.5 * std::atan2(2 * vxy, vxx - vyy);
    const double mean = 0.5 * (vxx + vyy), half = std::sqrt(0.25 * (vxx - vyy) * (vxx - vyy) + vxy * vxy);
    s.along = std::sqrt(mean + half);
    s.across = std::sqrt(std::max(0.0, mean - half));
    return s;
}

TEST(FontFace, TurnedTextRunsAlongItsAngleFromItsOrigin) {
    Result<FontLocation> location = findMapFont();
    ASSERT_TRUE(location.ok()) << location.error().message;
    Result<FontFace> font = FontFace::load(*location);
    ASSERT_TRUE(font.ok()) << font.error().message;
    const char* text = "成渝高速铁路成渝高速铁路";
    const float size = 20, width = font->measure(text, size);
    for (const double degrees : {0.0, 30.0, -45.0, 90.0}) {
        Image image(600, 600);
        for (size_t i = 0; i < image.rgba.size(); ++i) image.rgba[i] = 255;
        const double angle = degrees * std::numbers::pi / 180;
        font->draw(image, 300, 300, text, size, Rgba8{0, 0, 0, 255}, float(angle));
        const InkSpread ink = inkSpread(image);
        ASSERT_GT(ink.count, 500u) << degrees;
        // Along the angle (an axis: 90 and -90 are the same), long and thin.
        double off = std::remainder(ink.angle - angle, std::numbers::pi);
        EXPECT_LT(std::abs(off), 3 * std::numbers::pi / 180)
            << degrees << ": " << ink.angle * 180 / std::numbers::pi;
        EXPECT_GT(ink.along, 4 * ink.across) << degrees;
        // The middle of the ink lies half the text's width out from the origin along the angle,
        // and a little above the baseline (to the text's left of its direction).
        const double ux = std::cos(angle), uy = std::sin(angle);
        const double dx = ink.cx - 300, dy = ink.cy - 300;
        EXPECT_NEAR(dx * ux + dy * uy, 0.5 * width, 0.05 * width) << degrees;
        const double up = dx * uy - dy * ux;  // towards the tops of the glyphs
        EXPECT_GT(up, 0.15 * size) << degrees;
        EXPECT_LT(up, 0.6 * size) << degrees;
    }
}

TEST(FontFace, MissingFileIsAnError) {
    Result<FontFace> font = FontFace::load({"/nonexistent/font.ttf", 0, false});
    ASSERT_FALSE(font.ok());
    EXPECT_EQ(font.error().message, "/nonexistent/font.ttf: cannot be read as a font");
}

}  // namespace
}  // namespace bashu
