#include "scene/statistical_join.h"

#include <gtest/gtest.h>

#include "scene/join_switch.h"
#include "scene/map_scene.h"
#include "scene/value_sources.h"

namespace bashu {
namespace {

const std::string kTables = BASHU_TABLES;
const std::string kGeodata = BASHU_GEODATA;

// The built-in districts joined to the yearbook sheet, matched as units.
MapDocument yearbookDocument(const std::string& year, const std::string& extraJoin = "") {
    const std::string text = R"({"version": 1, "title": "地区生产总值 )" + year + R"(年", "layers": [{
        "name": "districts", "source": ")" +
                             kGeodata + R"(/districts.geojson",
        "join": {"table": ")" +
                             kTables + R"(/cq_yearbook.xlsx", "sheet": "2-5 地区生产总值",
                 "layer_key": "name_zh", "table_key": "地区", "match": "units",
                 "where": {"indicator": "地区生产总值", "year": ")" +
                             year + R"("},
                 "value": "value", "as": "gdp")" +
                             extraJoin + R"(},
        "fill": {"field": "gdp", "method": "quantile", "classes": 4}}]})";
    Result<MapDocument> document = parseMapDocument(text, kTables + "/map.json");
    EXPECT_TRUE(document) << (document ? "" : document.error().message);
    return *document;
}

double valueOf(const SceneLayer& layer, const std::string& name) {
    const Column& names = *layer.data.attributes.find("name_zh");
    const Column& gdp = *layer.data.attributes.find(layer.spec.fill.field);  // "gdp_2019" after a switch
    for (size_t f = 0; f < names.size(); ++f)
        if (names.text(f) == name) return gdp.number(f).value_or(-1.0);
    ADD_FAILURE() << "no unit " << name;
    return -2.0;
}

TEST(StatisticalJoin, AYearbookSheetColoursTheDistrictsAndSaysWhatMatched) {
    Result<MapScene> scene = buildScene(yearbookDocument("2021"));
    ASSERT_TRUE(scene) << scene.error().message;
    const SceneLayer& layer = scene->layers[0];
    EXPECT_DOUBLE_EQ(valueOf(layer, "万州区"), 1087.6);
    EXPECT_DOUBLE_EQ(valueOf(layer, "开州区"), 610.1);   // 开  县
    EXPECT_DOUBLE_EQ(valueOf(layer, "涪陵区"), 1302.9);  // full-width digits
    EXPECT_DOUBLE_EQ(valueOf(layer, "锦江区"), -1.0);    // not in the table: missing
    ASSERT_FALSE(layer.joinReport.empty());
    EXPECT_EQ(layer.joinReport.front(),
              "cq_yearbook.xlsx:2-5 地区生产总值: matched 8 of 9 rows and 8 of 221 features (on the layer's "
              "name_zh, by name)");
    EXPECT_EQ(layer.joinReport.back(), "  left out as a total: '全市'");
}

TEST(StatisticalJoin, TheYearSliderStepsThroughYearColumns) {
    Result<MapScene> scene = buildScene(yearbookDocument("2022"));
    ASSERT_TRUE(scene) << scene.error().message;
    EXPECT_EQ(joinChoices(scene->layers[0], "year"),
              (std::vector<std::string>{"2019", "2020", "2021", "2022"}));
    EXPECT_DOUBLE_EQ(valueOf(scene->layers[0], "梁平区"), -1.0);  // "—" in 2022
    ASSERT_TRUE(switchJoinCondition(*scene, 0, "year", "2019"));
    EXPECT_DOUBLE_EQ(valueOf(scene->layers[0], "梁平区"), 403.2);
    EXPECT_DOUBLE_EQ(valueOf(scene->layers[0], "万州区"), 922.0);
}

TEST(StatisticalJoin, PairingsByHandAndErrorsNamingTheTable) {
    Result<MapScene> paired = buildScene(yearbookDocument("2021", R"(, "pairs": {"两江新区": "渝北区"})"));
    ASSERT_TRUE(paired) << paired.error().message;
    EXPECT_DOUBLE_EQ(valueOf(paired->layers[0], "渝北区"), 3500.0);
    // Its source says whose number it is: 两江新区's row, paired by hand; 万州区's its own row.
    const Column& names = *paired->layers[0].data.attributes.find("name_zh");
    for (size_t f = 0; f < names.size(); ++f) {
        const std::optional<ValueSource> source = valueSource(paired->layers[0], f);
        if (names.text(f) == "渝北区") {
            ASSERT_TRUE(source);
            EXPECT_EQ(source->text,
                      "cq_yearbook.xlsx:2-5 地区生产总值, the row of 两江新区 (paired by hand)");
        }
        if (names.text(f) == "万州区") {
            ASSERT_TRUE(source);
            EXPECT_EQ(source->text, "cq_yearbook.xlsx:2-5 地区生产总值, the row of 万州");
        }
    }
    EXPECT_EQ(paired->layers[0].joinReport.front().find("matched 9 of 9 rows"), 41u)
        << paired->layers[0].joinReport.front();

    MapDocument wrongSheet = yearbookDocument("2021");
    wrongSheet.layers[0].join->sheet = "GDP";
    Result<MapScene> scene = buildScene(wrongSheet);
    ASSERT_FALSE(scene);
    EXPECT_NE(scene.error().message.find(
                  "cq_yearbook.xlsx: no sheet 'GDP' (the sheets are: 2-5 地区生产总值, 人口, English, 预算)"),
              std::string::npos)
        << scene.error().message;
    MapDocument wrongKey = yearbookDocument("2021");
    wrongKey.layers[0].join->tableKey = "地名";
    Result<MapScene> keyScene = buildScene(wrongKey);
    ASSERT_FALSE(keyScene);
    EXPECT_NE(keyScene.error().message.find("no column '地名' (did you mean '地区'?)"), std::string::npos)
        << keyScene.error().message;
}

TEST(StatisticalJoin, DocumentKeysAreReadAndCheckedAndWrittenBack) {
    const MapDocument document =
        yearbookDocument("2021", R"(, "header_row": 4, "pairs": {"两江新区": "渝北区"})");
    const JoinSpec& join = *document.layers[0].join;
    EXPECT_EQ(join.sheet, "2-5 地区生产总值");
    EXPECT_EQ(join.headerRow, 4);
    EXPECT_EQ(join.match, JoinMatch::Units);
    EXPECT_EQ(join.pairs.at("两江新区"), "渝北区");
    Result<MapDocument> bad = parseMapDocument(
        R"({"version": 1, "layers": [{"name": "a", "source": "a.geojson",
            "join": {"table": "t.xlsx", "layer_key": "k", "value": "v", "match": "fuzzy"}}]})",
        "/tmp/map.json");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("layers[0].join.match: expected \"exact\""), std::string::npos)
        << bad.error().message;
    const std::string written = serializeMapDocument(document, kTables + "/map.json");
    Result<MapDocument> again = parseMapDocument(written, kTables + "/map.json");
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(*again->layers[0].join, join);
}

TEST(StatisticalJoin, AJoinedTableRetitlesTheMapAndNamesTheLayersOfOtherData) {
    MapDocument document;
    document.title = "成渝地区 GDP 2021";
    document.subtitle = "Colour: GDP per km²; circles: GDP";
    document.note = "Data: {sources} (geodata/indicators.csv) · Boundaries: ECharts map data";
    JoinSpec join;
    join.table = kTables + "/cq_yearbook.xlsx";
    join.sheet = "2-5 地区生产总值";
    join.as = "地区生产总值 2022年";
    retitleForTable(document, join, "2-5 各区县地区生产总值(2019-2022年)");
    EXPECT_EQ(document.title, "地区生产总值 2022年");
    EXPECT_EQ(document.subtitle, "");
    EXPECT_EQ(document.note,
              "Data: cq_yearbook.xlsx:2-5 地区生产总值, “2-5 各区县地区生产总值(2019-2022年)” · Boundaries: "
              "ECharts map data");

    // The built-in map's layers: density (now the table's), the circle's outline, GDP circles.
    std::vector<LayerSpec> layers(3);
    layers[0].source = layers[2].source = "statistical_units.geojson";
    layers[1].source = "circle.geojson";
    layers[0].join = join;
    layers[2].join = JoinSpec{};
    layers[2].join->table = "indicators.csv";
    EXPECT_EQ(layersOfOtherData(layers, 0), std::vector<size_t>{2});
    layers[2].join = layers[0].join;
    EXPECT_TRUE(layersOfOtherData(layers, 0).empty()) << "the same data twice is not other data";

    FillStyle fill;
    fill.divideBy = "area_km2";
    fill.breakSet = "gdp_per_km2";
    fill.unit = "亿元/km²";
    fill.method = ClassMethod::Categories;
    showJoinedColumn(fill, "地区生产总值 2022年");
    EXPECT_EQ(fill.field, "地区生产总值 2022年");
    EXPECT_TRUE(fill.divideBy.empty() && fill.breakSet.empty() && fill.unit.empty());
    EXPECT_EQ(fill.method, ClassMethod::NaturalBreaks);
}

TEST(StatisticalJoin, ALayerOnTheMapGetsATableAsANewLayer) {
    MapDocument plain = yearbookDocument("2021");
    plain.layers[0].join.reset();
    plain.layers[0].fill.field.clear();
    Result<MapScene> scene = buildScene(plain);
    ASSERT_TRUE(scene) << scene.error().message;
    const SceneLayer& before = scene->layers[0];
    JoinSpec join = *yearbookDocument("2022").layers[0].join;
    join.layerKey.clear();  // found: name_zh
    join.tableKey.clear();  // found: 地区
    Result<StatisticalJoin> prepared = readStatisticalJoin(join, before.data.attributes);
    ASSERT_TRUE(prepared) << prepared.error().message;
    Result<SceneLayer> joined = joinedCopy(before, join, std::move(*prepared));
    ASSERT_TRUE(joined) << joined.error().message;
    EXPECT_NE(joined->id, before.id);
    EXPECT_EQ(joined->spec.join->layerKey, "name_zh");
    EXPECT_EQ(joined->spec.join->tableKey, "地区");
    EXPECT_EQ(joined->spec.fill.field, "gdp");
    EXPECT_DOUBLE_EQ(valueOf(*joined, "渝中区"), 1512.4);
    EXPECT_EQ(joined->legend.classification.classCount(), 4);
    EXPECT_FALSE(before.data.attributes.find("gdp"));  // the layer on the map is untouched
    // Joined again (another year as a new join): the earlier column is replaced, not kept beside.
    JoinSpec again = join;
    again.where = {{"indicator", "地区生产总值"}, {"year", "2019"}};
    Result<StatisticalJoin> second = readStatisticalJoin(again, joined->data.attributes);
    ASSERT_TRUE(second);
    Result<SceneLayer> rejoined = joinedCopy(*joined, again, std::move(*second));
    ASSERT_TRUE(rejoined) << rejoined.error().message;
    EXPECT_DOUBLE_EQ(valueOf(*rejoined, "万州区"), 922.0);
    EXPECT_EQ(rejoined->data.attributes.columns.size(), joined->data.attributes.columns.size());
}

TEST(StatisticalJoin, AUnitPairedByHandIsTheOnlyOneOfItsNameColoured) {
    // 市中区 is 内江's (511002) and 乐山's (511102): paired with 乐山's, 内江's stays without a value.
    const std::string text = R"({"version": 1, "layers": [{"name": "d", "source": ")" + kGeodata +
                             R"(/districts.geojson", "join": {"table": ")" + kTables +
                             R"(/sc_names.csv", "match": "units", "value": "value", "as": "gdp",
                             "where": {"indicator": "GDP"}, "pairs": {"市中区": "adcode=511102"}},
                             "fill": {"field": "gdp"}}]})";
    Result<MapDocument> document = parseMapDocument(text, kTables + "/map.json");
    ASSERT_TRUE(document) << document.error().message;
    Result<MapScene> scene = buildScene(*document);
    ASSERT_TRUE(scene) << scene.error().message;
    const SceneLayer& layer = scene->layers[0];
    const Column& codes = *layer.data.attributes.find("adcode");
    const Column& gdp = *layer.data.attributes.find("gdp");
    size_t valued = 0;
    for (size_t f = 0; f < codes.size(); ++f) {
        if (codes.text(f) == "511102") {
            EXPECT_DOUBLE_EQ(*gdp.number(f), 900.0);
        }
        if (codes.text(f) == "511002") {
            EXPECT_FALSE(gdp.number(f));
        }
        valued += gdp.number(f).has_value();
    }
    EXPECT_EQ(valued, 5u);  // 郫县, 市中区, 康定县, 北川县, 锦江区
    EXPECT_EQ(layer.joinField, "adcode");
}

}  // namespace
}  // namespace bashu
