#include "tables/key_match.h"

#include <gtest/gtest.h>

#include "io/sheet_reader.h"
#include "io/vector_reader.h"
#include "tables/stat_table.h"

namespace bashu {
namespace {

const std::string kTables = BASHU_TABLES;
const std::string kGeodata = BASHU_GEODATA;

AttributeTable layerTable(const std::string& path) {
    Result<VectorFile> file = readVectorFile(path);
    EXPECT_TRUE(file) << (file ? "" : file.error().message);
    return file->layers.front().attributes;
}

std::vector<std::string> keysOf(const std::string& file, const std::string& sheet = "") {
    Result<SheetCells> cells = readSheet(kTables + "/" + file, sheet);
    EXPECT_TRUE(cells);
    Result<TableLayout> layout = findTableLayout(cells->cells, file);
    EXPECT_TRUE(layout);
    const StatTable table = makeStatTable(std::move(*layout), file);
    Result<std::string> key = keyColumnName(table, "");
    EXPECT_TRUE(key);
    const Column& column = *table.wide.find(*key);
    std::vector<std::string> keys;
    for (size_t r = 0; r < column.size(); ++r) keys.push_back(column.text(r));
    return keys;
}

const KeyMatch& keyNamed(const KeyMatchReport& report, const std::string& key) {
    for (const KeyMatch& match : report.keys)
        if (match.key == key) return match;
    ADD_FAILURE() << "no key " << key;
    return report.keys.front();
}

std::string nameOf(const AttributeTable& layer, std::optional<size_t> feature) {
    return feature ? layer.find("name_zh")->text(*feature) : "(none)";
}

TEST(KeyMatch, YearbookNamesToTheBuiltInDistrictsRowByRow) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys(keysOf("cq_yearbook.xlsx", "2-5 地区生产总值"), districts, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->layerField, "name_zh");
    EXPECT_FALSE(report->byCode);
    // Row by row: padded, renamed, short forms; 两江新区 is a development zone, not a unit.
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"万州", "万州区"},       {"涪陵区", "涪陵区"},           {"渝中区", "渝中区"},
        {"大渡口区", "大渡口区"}, {"梁平县", "梁平区"},           {"开县", "开州区"},
        {"武隆县", "武隆区"},     {"石柱县", "石柱土家族自治县"}, {"两江新区", "(none)"}};
    ASSERT_EQ(report->rows, expected.size());
    for (size_t r = 0; r < expected.size(); ++r)
        EXPECT_EQ(nameOf(districts, report->featureOfRow(r)), expected[r].second) << expected[r].first;
    EXPECT_EQ(report->matchedRows, 8u);
    EXPECT_EQ(report->matchedFeatures, 8u);
    EXPECT_EQ(report->features, 221u);
    EXPECT_EQ(report->featuresWithoutRow.size(), 213u);
    EXPECT_EQ(keyNamed(*report, "梁平县").how, "renamed 梁平县 -> 梁平区");
    EXPECT_EQ(keyNamed(*report, "两江新区").outcome, KeyOutcome::Unmatched);
    const std::vector<std::string> lines = describeMatch(*report, districts, "name_zh");
    EXPECT_EQ(lines.front(), "matched 8 of 9 rows and 8 of 221 features (on the layer's name_zh, by name)");
}

TEST(KeyMatch, StatisticalCodesOnTheirFirstSixDigits) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys(keysOf("sc_counties_gbk.csv"), districts, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_TRUE(report->byCode);
    EXPECT_EQ(report->layerField, "adcode");
    EXPECT_EQ(report->matchedRows, 5u);
    // The two 市中区 are told apart by their codes.
    EXPECT_EQ(districts.find("adcode")->text(*report->featureOfRow(2)), "511002");
    EXPECT_EQ(districts.find("adcode")->text(*report->featureOfRow(3)), "511102");
}

TEST(KeyMatch, AmbiguousRenamedDuplicateAndUnmatchedNames) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys(keysOf("sc_names.csv"), districts, "");
    ASSERT_TRUE(report) << report.error().message;
    // 郫县 (the old name, first) and 郫都区 are one unit: the current name's row has it.
    EXPECT_EQ(nameOf(districts, keyNamed(*report, "郫都区").feature), "郫都区");
    const KeyMatch& pixian = keyNamed(*report, "郫县");
    EXPECT_EQ(pixian.outcome, KeyOutcome::Duplicate);
    EXPECT_EQ(pixian.others, std::vector<std::string>{"郫都区"});
    const KeyMatch& shizhong = keyNamed(*report, "市中区");
    EXPECT_EQ(shizhong.outcome, KeyOutcome::Ambiguous);
    EXPECT_EQ(shizhong.others, (std::vector<std::string>{"市中区", "市中区"}));
    EXPECT_EQ(nameOf(districts, keyNamed(*report, "康定县").feature), "康定市");
    EXPECT_EQ(nameOf(districts, keyNamed(*report, "北川县").feature), "北川羌族自治县");
    EXPECT_EQ(nameOf(districts, keyNamed(*report, "锦江区").feature), "锦江区");
    // A prefecture and a city are not among the counties: reported, not matched to a namesake.
    EXPECT_EQ(keyNamed(*report, "阿坝州").outcome, KeyOutcome::Unmatched);
    EXPECT_EQ(keyNamed(*report, "成都").outcome, KeyOutcome::Unmatched);
    EXPECT_EQ(report->matchedRows, 4u);
    const std::vector<std::string> lines = describeMatch(*report, districts, "name_zh");
    const auto has = [&](const std::string& text) {
        for (const std::string& line : lines)
            if (line.find(text) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("more than one unit: '市中区' fits 市中区, 市中区; not guessed")) << lines.size();
    EXPECT_TRUE(has("duplicate: '郫县' is the unit '郫都区' already is"));
    EXPECT_TRUE(has("older names: 康定县 -> 康定市"));
}

TEST(KeyMatch, PinyinAndEnglishNamesFindTheEnglishField) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys(keysOf("cq_yearbook.xlsx", "English"), districts, "");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->layerField, "name_en");
    const std::vector<std::string> expected = {"万州区", "南岸区", "涪陵区", "开州区", "泸县"};
    for (size_t r = 0; r < expected.size(); ++r)
        EXPECT_EQ(nameOf(districts, report->featureOfRow(r)), expected[r]);
}

TEST(KeyMatch, AForeignLayerWithTwoUnitsOfOneNameAndPairingsByHand) {
    const AttributeTable layer = layerTable(kTables + "/two_jiangbei.geojson");
    const std::vector<std::string> keys = {"江北区", "海曙区", "渝中区", "鄞州"};
    Result<KeyMatchReport> report = matchKeys(keys, layer, "NAME");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->keys[0].outcome, KeyOutcome::Ambiguous);
    EXPECT_EQ(report->matchedRows, 3u);  // 鄞州 is 鄞州区
    // The user pairs 江北区 with Ningbo's (its code, on the CODE field).
    Result<KeyMatchReport> paired = matchKeys(keys, layer, "CODE", {{"江北区", "330205"}});
    ASSERT_TRUE(paired) << paired.error().message;
    EXPECT_EQ(paired->keys[0].outcome, KeyOutcome::Matched);
    EXPECT_EQ(layer.find("CODE")->text(*paired->featureOfRow(0)), "330205");
    EXPECT_EQ(paired->keys[0].how, "paired by hand");
    Result<KeyMatchReport> badPair = matchKeys(keys, layer, "CODE", {{"江北区", "999999"}});
    ASSERT_FALSE(badPair);
    EXPECT_EQ(badPair.error().message, "the pairing of '江北区' names '999999', which no feature's CODE is");
    EXPECT_FALSE(matchKeys(keys, layer, "NOPE"));
}

TEST(KeyMatch, AbbreviationsAndTheLayersFieldsInErrors) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys({"Yubei Dist.", "Lu Cty"}, districts, "name_en");
    ASSERT_TRUE(report);
    EXPECT_EQ(nameOf(districts, report->featureOfRow(0)), "渝北区");
    EXPECT_EQ(nameOf(districts, report->featureOfRow(1)), "泸县");
    Result<KeyMatchReport> wrong = matchKeys({"x"}, districts, "name");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(
        wrong.error().message.rfind("the layer has no field 'name' (its fields: adcode, name_zh, name_en", 0),
        0u)
        << wrong.error().message;
}

TEST(KeyMatch, NamesQualifiedByTheirCity) {
    // How tables tell the two 市中区 apart: 乐山市市中区, 内江市中区 (the layer's parent_name_zh says).
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report =
        matchKeys({"乐山市市中区", "内江市中区", "成都市锦江区"}, districts, "name_zh");
    ASSERT_TRUE(report) << report.error().message;
    const Column& codes = *districts.find("adcode");
    EXPECT_EQ(codes.text(*report->featureOfRow(0)), "511102");
    EXPECT_EQ(codes.text(*report->featureOfRow(1)), "511002");
    EXPECT_EQ(codes.text(*report->featureOfRow(2)), "510104");
    EXPECT_EQ(report->keys[0].how, "name within its city");
}

TEST(KeyMatch, SuggestionsForNamesThatMatchNothing) {
    const AttributeTable districts = layerTable(kGeodata + "/districts.geojson");
    Result<KeyMatchReport> report = matchKeys({"万洲区"}, districts, "name_zh");
    ASSERT_TRUE(report);
    ASSERT_EQ(report->keys[0].outcome, KeyOutcome::Unmatched);
    ASSERT_FALSE(report->keys[0].others.empty());
    EXPECT_EQ(report->keys[0].others.front(), "万州区");
}

}  // namespace
}  // namespace bashu
