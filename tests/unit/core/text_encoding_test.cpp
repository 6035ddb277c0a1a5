#include "core/text_encoding.h"

#include <gtest/gtest.h>

#include "core/utf8.h"

namespace bashu {
namespace {

// "锦江区" in GBK (the bytes a Chinese office's DBF or CSV holds) and in UTF-8.
const std::string kJinjiangGbk = "\xBD\xF5\xBD\xAD\xC7\xF8";
const std::string kJinjiangUtf8 = "锦江区";

Layer layerWithText(std::vector<std::string> names, std::string fieldName = "name") {
    Layer layer;
    Column& column = layer.attributes.addColumn(fieldName, FieldType::String);
    for (std::string& n : names) column.appendString(std::move(n));
    return layer;
}

TEST(TextEncoding, Utf8IsRecognised) {
    EXPECT_TRUE(isValidUtf8("plain ascii"));
    EXPECT_TRUE(isValidUtf8(kJinjiangUtf8));
    EXPECT_FALSE(isValidUtf8(kJinjiangGbk));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF")) << "overlong";
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80")) << "surrogate";
    EXPECT_FALSE(isValidUtf8("\xE9\x94")) << "cut short";
}

TEST(TextEncoding, Gb18030Decodes) {
    EXPECT_EQ(decodeGb18030(kJinjiangGbk), kJinjiangUtf8);
    EXPECT_EQ(decodeGb18030("abc"), "abc");
    EXPECT_FALSE(decodeGb18030("\xBD")) << "half a character";
}

TEST(TextEncoding, GbkLayerIsConvertedAndSaysSo) {
    Layer layer = layerWithText({kJinjiangGbk, "Chengdu"}, "\xC3\xFB\xB3\xC6");  // field "名称"
    makeTextUtf8(layer, "");
    EXPECT_EQ(layer.attributes.columns[0].name, "名称");
    EXPECT_EQ(layer.attributes.columns[0].strings[0], kJinjiangUtf8);
    EXPECT_EQ(layer.attributes.columns[0].strings[1], "Chengdu");
    EXPECT_EQ(layer.report.textEncoding, "GB18030/GBK (detected: the text is not UTF-8)");
    ASSERT_EQ(layer.report.warnings.size(), 1u);
    EXPECT_NE(layer.report.warnings[0].find("2 names and values converted"), std::string::npos);
}

TEST(TextEncoding, Utf8LayerIsLeftAloneAndADeclaredEncodingIsNamed) {
    Layer plain = layerWithText({kJinjiangUtf8});
    makeTextUtf8(plain, "");
    EXPECT_EQ(plain.report.textEncoding, "");
    EXPECT_TRUE(plain.report.warnings.empty());

    Layer declared = layerWithText({kJinjiangUtf8});
    makeTextUtf8(declared, "GBK");
    EXPECT_EQ(declared.report.textEncoding, "GBK (as the file declares)");
    EXPECT_EQ(declared.attributes.columns[0].strings[0], kJinjiangUtf8);
}

TEST(TextEncoding, UndecodableBytesBecomeReplacementCharacters) {
    Layer layer = layerWithText({"ok", "bad \xBD"});
    makeTextUtf8(layer, "");
    EXPECT_EQ(layer.attributes.columns[0].strings[1], "bad \xEF\xBF\xBD");
    EXPECT_EQ(layer.report.textEncoding, "unknown (not UTF-8 or GB18030)");
    ASSERT_EQ(layer.report.warnings.size(), 1u);
}

}  // namespace
}  // namespace bashu
