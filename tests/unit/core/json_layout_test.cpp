#include "core/json_layout.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

using nlohmann::ordered_json;

TEST(JsonLayout, SmallObjectsStayOnOneLineAndTheTopLevelOpens) {
    ordered_json value;
    value["version"] = 1;
    value["export"] = {{"width", 2048}, {"height", 1536}};
    value["tags"] = ordered_json::array();
    EXPECT_EQ(layoutJson(value),
              "{\n  \"version\": 1,\n  \"export\": {\"width\": 2048, \"height\": 1536},\n"
              "  \"tags\": []\n}\n");
}

TEST(JsonLayout, WhatDoesNotFitOpensOneEntryALineAndKeysKeepTheirOrder) {
    ordered_json layer;
    layer["name"] = "GDP 2021 (亿元)";
    layer["source"] = "statistical_units.geojson";
    ordered_json value;
    value["layers"] = ordered_json::array({layer});
    EXPECT_EQ(layoutJson(value, {}, 40),
              "{\n  \"layers\": [\n    {\n      \"name\": \"GDP 2021 (亿元)\",\n"
              "      \"source\": \"statistical_units.geojson\"\n    }\n  ]\n}\n");
    EXPECT_EQ(
        layoutJson(value, {}, 120),
        "{\n  \"layers\": [{\"name\": \"GDP 2021 (亿元)\", \"source\": \"statistical_units.geojson\"}]\n}\n");
}

TEST(JsonLayout, TextThatIsNotUtf8IsReplacedNotThrown) {
    ordered_json value;
    value["name"] = std::string("bad \xBD");
    EXPECT_EQ(layoutJson(value), "{\n  \"name\": \"bad \xEF\xBF\xBD\"\n}\n");
}

TEST(JsonLayout, ObjectsAndListsAreLaidOutAsTheTextTheyReplace) {
    constexpr const char* before =
        "{\n  \"view\": {\n    \"width\": 1\n  },\n  \"layers\": [{\"name\": \"a\", \"fill\": {}}]\n}\n";
    const std::map<JsonPlace, bool> lines = containersOnOneLine(before);
    EXPECT_EQ(lines, (std::map<JsonPlace, bool>{{"", false},
                                                {"view/", false},
                                                {"layers/", true},
                                                {"layers/0/", true},
                                                {"layers/0/fill/", true}}));
    EXPECT_EQ(layoutJson(ordered_json::parse(before), lines), before);
    EXPECT_TRUE(containersOnOneLine("{\"a\": [1,").empty()) << "not JSON";
    // A NUL ends the document as the parser reads it; what follows is not read (the fuzzer's find:
    // a quote there opened a key that threw).
    const std::string nul = std::string("{\"a\": [1, 2]}") + '\0' + "{\"k\x01\": 1}";
    EXPECT_EQ(containersOnOneLine(nul).size(), 2u);
}

}  // namespace
}  // namespace bashu
