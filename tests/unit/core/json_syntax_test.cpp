// Where JSON text breaks, from a file or from memory: the same answer either way.
#include "core/json_syntax.h"

#include <gtest/gtest.h>

#include "support/temp_folder.h"

namespace bashu {
namespace {

TEST(JsonSyntax, ValidTextHasNoError) {
    EXPECT_FALSE(jsonTextSyntaxError(R"({"a": [1, 2.5, "x", null, true]})"));
    EXPECT_FALSE(jsonTextSyntaxError("  3 "));
}

TEST(JsonSyntax, TheErrorSaysLineAndColumn) {
    const std::optional<std::string> error = jsonTextSyntaxError("{\n  \"a\": 1\n  \"b\": 2}");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->rfind("line 3, column 5: syntax error while parsing object", 0), 0u) << *error;
    EXPECT_TRUE(jsonTextSyntaxError(""));
    EXPECT_TRUE(jsonTextSyntaxError(std::string_view("[1,\0 2]", 7)));
}

TEST(JsonSyntax, HugeNumbersAreValid) {
    // Found by fuzz/json_syntax: "1e999999" was reported as
    // "[json.exception.out_of_range.406] number overflow parsing '1e999999'", with no position,
    // for text that is valid JSON.
    EXPECT_FALSE(jsonTextSyntaxError("1e999999"));
    EXPECT_FALSE(jsonTextSyntaxError("[-1e400, 1e999, 1E+999999]"));
    EXPECT_FALSE(jsonTextSyntaxError("{\"big\": " + std::string(400, '9') + "}"));
    // A real error after one still says where it is, as if the numbers were any others.
    EXPECT_EQ(jsonTextSyntaxError("[1e999,\n 2e999 }"), jsonTextSyntaxError("[1e000,\n 2e000 }"));
    const std::optional<std::string> after = jsonTextSyntaxError("[1e999,\n 2e999 }");
    ASSERT_TRUE(after);
    EXPECT_EQ(after->rfind("line 2, column 8: ", 0), 0u) << *after;
}

TEST(JsonSyntax, FileAndTextAgree) {
    const testing::TempFolder dir("bashu-json-syntax");
    for (const std::string text :
         {"{\"a\": 1}", "{\"a\": 1,}", "[1, 2", "{\"type\": \"Feature\" \"x\": 1}"}) {
        const std::string path = dir.write("doc.json", text);
        EXPECT_EQ(jsonSyntaxError(path), jsonTextSyntaxError(text)) << text;
    }
    EXPECT_FALSE(jsonSyntaxError(dir.file("missing.json")));
    const std::string large = dir.write("large.json", "[1, 2");
    EXPECT_FALSE(jsonSyntaxError(large, 4));  // over the limit: not read
}

TEST(JsonSyntax, NestingDepthIsCounted) {
    const testing::TempFolder dir("bashu-json-depth");
    EXPECT_EQ(jsonNestingDepth(dir.write("flat.json", "{\"a\": 1}")), 1u);
    EXPECT_EQ(jsonNestingDepth(dir.write("deep.json", std::string(500, '[') + std::string(500, ']'))), 500u);
    EXPECT_EQ(jsonNestingDepth(dir.file("missing.json")), 0u);
}

}  // namespace
}  // namespace bashu
