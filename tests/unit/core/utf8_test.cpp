#include "core/utf8.h"

#include <gtest/gtest.h>

#include <vector>

namespace bashu {
namespace {

// Every code point nextCodePoint reads from `text`, and checks that it ends exactly at the end.
std::u32string decodeAll(std::string_view text) {
    std::u32string codes;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t before = pos;
        codes += nextCodePoint(text, pos);
        EXPECT_GT(pos, before) << "every step moves on";
    }
    EXPECT_EQ(pos, text.size());
    return codes;
}

TEST(Utf8, DecodesOneToFourByteSequences) {
    EXPECT_EQ(decodeAll("a"), U"a");
    EXPECT_EQ(decodeAll("\xC3\xA9"), U"é");                   // 2 bytes
    EXPECT_EQ(decodeAll("綦江区"), U"綦江区");                // 3 bytes each (CJK)
    EXPECT_EQ(decodeAll("\xF0\xA0\x80\x80"), U"\U00020000");  // 4 bytes: CJK Extension B
    EXPECT_EQ(decodeAll("GDP (亿元)"), U"GDP (亿元)");
    // The ends of each range.
    EXPECT_EQ(decodeAll("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"),
              U"\x7F\u0080\u07FF\u0800\uFFFF\U00010000\U0010FFFF");
    // A real U+FFFD in the text reads as itself.
    EXPECT_EQ(decodeAll("\xEF\xBF\xBD"), U"\uFFFD");
}

TEST(Utf8, EachBrokenByteIsOneReplacementAndTheNextCharacterStillReads) {
    EXPECT_EQ(decodeAll("綦江\xFF"
                        "a"),
              U"綦江\uFFFDa");
    EXPECT_EQ(decodeAll("\x80\xBF"), U"\uFFFD\uFFFD") << "continuation bytes without a lead";
    EXPECT_EQ(decodeAll("\xE7\xB6"), U"\uFFFD\uFFFD") << "the first two bytes of 綦, cut by the end";
    EXPECT_EQ(decodeAll("\xE7\xB6"
                        "a"),
              U"\uFFFD\uFFFDa")
        << "cut by an ASCII byte";
    EXPECT_EQ(decodeAll("\xE7\xB6\xE6\xB1\x9F"), U"\uFFFD\uFFFD江") << "cut by the next character";
    EXPECT_EQ(decodeAll("\xF0\xA0\x80"), U"\uFFFD\uFFFD\uFFFD");
    for (const char* lead : {"\xF5", "\xF8", "\xFC", "\xFE", "\xFF"}) EXPECT_EQ(decodeAll(lead), U"\uFFFD");
}

TEST(Utf8, OverlongFormsSurrogatesAndCodePointsPastUnicodeAreBroken) {
    EXPECT_EQ(decodeAll("\xC0\xAF"), U"\uFFFD\uFFFD") << "overlong '/'";
    EXPECT_EQ(decodeAll("\xC1\xBF"), U"\uFFFD\uFFFD") << "overlong DEL";
    EXPECT_EQ(decodeAll("\xE0\x80\xAF"), U"\uFFFD\uFFFD\uFFFD") << "overlong '/' in 3 bytes";
    EXPECT_EQ(decodeAll("\xF0\x80\x80\xAF"), U"\uFFFD\uFFFD\uFFFD\uFFFD") << "overlong '/' in 4 bytes";
    EXPECT_EQ(decodeAll("\xED\xA0\x80"), U"\uFFFD\uFFFD\uFFFD") << "surrogate U+D800";
    EXPECT_EQ(decodeAll("\xED\xBF\xBF"), U"\uFFFD\uFFFD\uFFFD") << "surrogate U+DFFF";
    EXPECT_EQ(decodeAll("\xED\x9F\xBF"), U"\uD7FF") << "the last code point before the surrogates";
    EXPECT_EQ(decodeAll("\xF4\x90\x80\x80"), U"\uFFFD\uFFFD\uFFFD\uFFFD") << "U+110000";
    EXPECT_EQ(decodeAll("\xF7\xBF\xBF\xBF"), U"\uFFFD\uFFFD\uFFFD\uFFFD");
}

TEST(Utf8, NeverReadsPastTheEnd) {
    // The view stops inside a character whose bytes go on in memory.
    const std::string text = "綦";
    size_t pos = 0;
    EXPECT_EQ(nextCodePoint(std::string_view(text).substr(0, 2), pos), U'\uFFFD');
    EXPECT_EQ(pos, 1u);
    pos = 2;
    EXPECT_EQ(nextCodePoint(std::string_view(text).substr(0, 2), pos), U'\uFFFD') << "at the end";
    EXPECT_EQ(pos, 2u) << "at the end nothing is consumed";
    EXPECT_EQ(utf8SequenceLength("", 0), 0u);
}

TEST(Utf8, SequenceLength) {
    const std::string text = "a\xC3\xA9綦\xF0\xA0\x80\x80\x80";
    EXPECT_EQ(utf8SequenceLength(text, 0), 1u);
    EXPECT_EQ(utf8SequenceLength(text, 1), 2u);
    EXPECT_EQ(utf8SequenceLength(text, 2), 0u) << "a continuation byte starts nothing";
    EXPECT_EQ(utf8SequenceLength(text, 3), 3u);
    EXPECT_EQ(utf8SequenceLength(text, 6), 4u);
    EXPECT_EQ(utf8SequenceLength(text, 10), 0u);
}

TEST(Utf8, Validity) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8("綦江区 · Qijiang \xF0\xA0\x80\x80"));
    EXPECT_FALSE(isValidUtf8("\xBD\xF5\xBD\xAD\xC7\xF8")) << "綦江区 in GBK";
    EXPECT_FALSE(isValidUtf8("\xC0\xAF")) << "overlong";
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80")) << "surrogate";
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")) << "past U+10FFFF";
    EXPECT_FALSE(isValidUtf8("\xE9\x94")) << "cut short";
    EXPECT_FALSE(isValidUtf8("ok\xFF")) << "a byte never used";
}

TEST(Utf8, ReplacingInvalidBytes) {
    EXPECT_EQ(replaceInvalidUtf8("綦江区"), "綦江区");
    EXPECT_EQ(replaceInvalidUtf8("a\xFF"
                                 "b"),
              "a\uFFFD"
              "b");
    EXPECT_EQ(replaceInvalidUtf8("\xE7\xB6"
                                 "江"),
              "\uFFFD\uFFFD江");
    EXPECT_EQ(replaceInvalidUtf8("\xC0\xAF"), "\uFFFD\uFFFD");
    EXPECT_TRUE(isValidUtf8(replaceInvalidUtf8("\xBD\xF5\xBD\xAD\xC7\xF8\xED\xA0\x80\xF4\x90")));
}

TEST(Utf8, EncodingRoundTrips) {
    std::string out;
    for (char32_t code : {U'a', U'\x7F', U'\u0080', U'é', U'\u07FF', U'\u0800', U'綦', U'\uFFFD', U'\uFFFF',
                          U'\U00010000', U'\U00020000', U'\U0010FFFF'})
        appendUtf8(out, code);
    EXPECT_EQ(out, "a\x7F\u0080é\u07FF\u0800綦\uFFFD\uFFFF\U00010000\U00020000\U0010FFFF");
    EXPECT_EQ(decodeAll(out), U"a\x7F\u0080é\u07FF\u0800綦\uFFFD\uFFFF\U00010000\U00020000\U0010FFFF");
}

}  // namespace
}  // namespace bashu
