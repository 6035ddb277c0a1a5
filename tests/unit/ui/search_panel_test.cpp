#include "ui/search_panel.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

// A scene with one layer of three units (no geometry needed to search attributes).
MapScene units() {
    MapScene scene;
    SceneLayer layer;
    layer.spec.name = "units";
    Column& code = layer.data.attributes.addColumn("adcode", FieldType::String);
    Column& zh = layer.data.attributes.addColumn("name_zh", FieldType::String);
    Column& en = layer.data.attributes.addColumn("name_en", FieldType::String);
    Column& gdp = layer.data.attributes.addColumn("gdp", FieldType::Real);
    auto unit = [&](const char* c, const char* z, const char* e, double g) {
        code.appendString(c);
        zh.appendString(z);
        en.appendString(e);
        gdp.appendNumber(g);
        layer.data.geometry.featureOffsets.push_back(layer.data.geometry.featureOffsets.back());
    };
    layer.data.geometry.featureOffsets = {0};
    unit("510100", "成都市", "Chengdu", 23511);
    unit("500101", "万州区", "Wanzhou District", 1087.9);
    unit("500103", "渝中区", "Yuzhong District", 1500);
    scene.layers.push_back(std::move(layer));
    return scene;
}

TEST(Search, FindsByChineseNameEnglishNameOrCode) {
    const MapScene scene = units();
    for (const char* query : {"万州", "wanzhou", "WANZHOU district", "500101"}) {
        const std::vector<SearchHit> hits = searchFeatures(scene, query, 10);
        ASSERT_EQ(hits.size(), 1u) << query;
        EXPECT_EQ(hits[0].feature, 1u) << query;
        EXPECT_NE(hits[0].label.find("万州区"), std::string::npos);
    }
}

TEST(Search, ExactMatchesComeFirstThenPrefixesThenTheRest) {
    const MapScene scene = units();
    // "district" is inside two English names; "5001" starts two codes.
    EXPECT_EQ(searchFeatures(scene, "district", 10).size(), 2u);
    const std::vector<SearchHit> hits = searchFeatures(scene, "510100", 10);
    ASSERT_GE(hits.size(), 1u);
    EXPECT_EQ(hits[0].feature, 0u);
    EXPECT_EQ(hits[0].rank, 0);
}

TEST(Search, ANameMatchComesBeforeAMatchElsewhereAndTheShorterNameFirst) {
    // Parks over the units, as on the corridors map: one whose city is 成都 exactly, one whose
    // name starts with 成都. 成都市 itself comes first.
    MapScene scene = units();
    SceneLayer parks;
    parks.spec.name = "parks";
    Column& name = parks.data.attributes.addColumn("name_zh", FieldType::String);
    Column& city = parks.data.attributes.addColumn("city", FieldType::String);
    parks.data.geometry.featureOffsets = {0, 0, 0};
    name.appendString("四川天府新区");
    city.appendString("成都");
    name.appendString("成都高新技术产业开发区");
    city.appendString("成都");
    scene.layers.push_back(std::move(parks));
    const std::vector<SearchHit> hits = searchFeatures(scene, "成都", 10);
    ASSERT_EQ(hits.size(), 3u);
    EXPECT_EQ(hits[0].layer, 0u) << hits[0].label;
    EXPECT_EQ(hits[0].feature, 0u);
    EXPECT_NE(hits[1].label.find("成都高新"), std::string::npos) << hits[1].label;
    EXPECT_NE(hits[2].label.find("天府"), std::string::npos) << hits[2].label;
}

TEST(Search, ValuesThatAreNotCodesAreNotSearched) {
    const MapScene scene = units();
    // 1087.9 is a GDP value, not a code: "1087" finds nothing.
    EXPECT_TRUE(searchFeatures(scene, "1087", 10).empty());
    EXPECT_TRUE(searchFeatures(scene, "   ", 10).empty());
    EXPECT_EQ(searchFeatures(scene, "d", 1).size(), 1u) << "at most the limit";
}

}  // namespace
}  // namespace bashu
