// The byte scanning behind the GeoJSON reader: where a value ends, found 16 bytes at a time and
// across pieces of any size; where the features array may be cut, never inside a string.
#include "io/geojson_scan.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <random>
#include <string>

#include "support/temp_folder.h"

namespace bashu::geojson {
namespace {

using testing::TempFolder;

// One byte at a time, as plainly as it can be said.
size_t referenceEnd(const std::string& text) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return i + 1;
        }
    }
    return BracketScanner::npos;
}

size_t scanInPieces(const std::string& text, std::mt19937& random) {
    BracketScanner scanner;
    size_t at = 0;
    while (at < text.size()) {
        const size_t piece =
            std::min(text.size() - at, size_t(std::uniform_int_distribution<int>(1, 70)(random)));
        const size_t took = scanner.scan(text.data() + at, piece);
        if (took != BracketScanner::npos) return at + took;
        at += piece;
    }
    return BracketScanner::npos;
}

TEST(BracketScanner, FindsTheEndAsAPlainScanDoesInPiecesOfAnySize) {
    std::mt19937 random(7);
    // Long runs of digits (the 16-byte path), brackets, strings with escapes and brackets in them.
    const char alphabet[] = "0123456789.,0123456789,[[]]{}\"\\ab";
    size_t ended = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text(1, round % 2 ? '{' : '[');
        const size_t length = size_t(std::uniform_int_distribution<int>(1, 400)(random));
        for (size_t i = 0; i < length; ++i)
            text += alphabet[std::uniform_int_distribution<size_t>(0, sizeof alphabet - 2)(random)];
        const size_t expected = referenceEnd(text);
        ended += expected != BracketScanner::npos;
        ASSERT_EQ(scanInPieces(text, random), expected) << text;
    }
    EXPECT_GT(ended, 300u) << "many values end inside the text, many do not";
}

TEST(BracketScanner, CoordinatesEndAtTheirClosingBracket) {
    const std::string feature =
        R"({"type":"Feature","properties":{"s":"}]\"{[\\"},"geometry":{"type":"Polygon","coordinates":)"
        R"([[[104.0000001,30.5],[104.5,30.5],[104.5,31.0],[104.0000001,30.5]]]}})";
    BracketScanner scanner;
    EXPECT_EQ(scanner.scan((feature + ",{\"next\":1}").data(), feature.size() + 11), feature.size());
}

class ElementSeparators : public ::testing::Test {
protected:
    // The separators found from each offset in turn, the file read 5 bytes at a time.
    std::vector<ElementSeparator> all(const std::string& text) {
        const std::string path = dir.write("text.json", text);
        const int fd = ::open(path.c_str(), O_RDONLY);
        EXPECT_GE(fd, 0);
        FileWindow window(fd, text.size(), 5);
        std::vector<ElementSeparator> found;
        uint64_t from = 0;
        while (std::optional<ElementSeparator> separator = findElementSeparator(window, from)) {
            found.push_back(*separator);
            from = separator->comma + 1;
        }
        ::close(fd);
        return found;
    }

    TempFolder dir{"bashu-geojson-scan"};
};

TEST_F(ElementSeparators, AreCommasBeforeObjectsOutsideStrings) {
    const std::string text = R"([{"a":"x\",{\"b\":1}"} ,  {"c":",{\"d"},{"":2},{ "e" : ",{"},{}])";
    const std::vector<ElementSeparator> found = all(text);
    ASSERT_EQ(found.size(), 3u);
    for (const ElementSeparator& separator : found) EXPECT_EQ(text[separator.comma], ',');
    EXPECT_EQ(text.substr(found[0].comma, found[0].brace - found[0].comma + 4), R"(,  {"c")");
    EXPECT_EQ(text.substr(found[1].brace, 4), R"({"":)");
    EXPECT_EQ(text.substr(found[2].brace, 4), R"({ "e)");
}

TEST_F(ElementSeparators, CountedAsTheyAreFound) {
    const std::string text =
        R"([ {"a":"x\",{\"b\":1}"} ,  {"c":",{\"d"},{"":2},{ "e" : ",{"},{}],"crs":{"t":1})";
    const std::string path = dir.write("count.json", text);
    const int fd = ::open(path.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    FileWindow window(fd, text.size(), 5);
    EXPECT_EQ(countObjects(window, 1), 4u) << "the first and three after separators; not {} nor the crs";
    ::close(fd);
    const std::string empty = dir.write("empty.json", "[ ]");
    const int emptyFd = ::open(empty.c_str(), O_RDONLY);
    FileWindow emptyWindow(emptyFd, 3, 5);
    EXPECT_EQ(countObjects(emptyWindow, 1), 0u);
    ::close(emptyFd);
}

TEST_F(ElementSeparators, ACommaThatEndsAStringIsNoSeparator) {
    // Read from inside the string "x,{", the quote after the brace closes it: no key follows.
    EXPECT_TRUE(all(R"(["x,{"] )").empty());
    EXPECT_TRUE(all(R"({"k":"a,{"})").empty());
}

}  // namespace
}  // namespace bashu::geojson
