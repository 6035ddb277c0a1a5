// Long titles and subtitles in two lines: at a bilingual separator, else at spaces.
#include "carto/text_wrap.h"

#include <gtest/gtest.h>

#include "carto/map_font.h"

namespace bashu {
namespace {

TEST(TextWrap, FittingTextStaysOneLine) {
    const Result<FontFace>& font = mapFont();
    ASSERT_TRUE(font.ok()) << font.error().message;
    const std::string text = "GDP 2021";
    EXPECT_EQ(wrapText(*font, text, 20, 1000, 2), std::vector<std::string>{text});
    EXPECT_EQ(wrapText(*font, text, 20, 10, 1), std::vector<std::string>{text}) << "one line allowed";
}

TEST(TextWrap, ABilingualTitleBreaksAtItsSeparator) {
    const Result<FontFace>& font = mapFont();
    ASSERT_TRUE(font.ok());
    const std::string text = "成渝地区 GDP 2021 · Chengdu–Chongqing region GDP, 2021";
    const float width = 0.7f * font->measure(text, 20);
    const std::vector<std::string> lines = wrapText(*font, text, 20, width, 2);
    EXPECT_EQ(lines, (std::vector<std::string>{"成渝地区 GDP 2021", "Chengdu–Chongqing region GDP, 2021"}));
}

TEST(TextWrap, OtherTextBreaksAtTheLastSpaceThatFits) {
    const Result<FontFace>& font = mapFont();
    ASSERT_TRUE(font.ok());
    const std::string text = "one two three four five six";
    const float width = font->measure("one two three", 20) + 1;
    const std::vector<std::string> lines = wrapText(*font, text, 20, width, 2);
    EXPECT_EQ(lines, (std::vector<std::string>{"one two three", "four five six"}));
    for (const std::string& line : lines) EXPECT_LE(font->measure(line, 20), width);
    // The last line takes the rest, even when it is too long: its drawer fits or cuts it.
    EXPECT_EQ(wrapText(*font, text, 20, font->measure("one two", 20) + 1, 2),
              (std::vector<std::string>{"one two", "three four five six"}));
    // No space to break at: one line.
    EXPECT_EQ(wrapText(*font, "成渝地区双城经济圈", 20, 30, 2),
              std::vector<std::string>{"成渝地区双城经济圈"});
}

}  // namespace
}  // namespace bashu
