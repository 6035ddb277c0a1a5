// `bashu info` on statistics tables and `bashu render --join`: the real binary on the yearbook-like
// tables of tests/tables (made by make_tables.py).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/vector_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

const std::string kTables = BASHU_TABLES;
const std::string kGeodata = BASHU_GEODATA;
const auto quote = testing::shellQuote;

class TableJoinCli : public testing::CliFixture {};

TEST_F(TableJoinCli, InfoListsSheetsTheHeaderFoundAndColumns) {
    const testing::Outcome text = bashu("info " + quote(kTables + "/cq_yearbook.xlsx"));
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("table, 4 sheets"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("sheet '2-5 地区生产总值': 9 data rows under a 2-row header ending on row 4"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("totals left out: 全市"), std::string::npos);
    EXPECT_NE(text.out.find("地区生产总值 2022年 (number, 亿元)"), std::string::npos);
    const testing::Outcome json = bashu("info --json " + quote(kTables + "/cq_yearbook.xlsx"));
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const nlohmann::json sheets = nlohmann::json::parse(json.out)["files"][0]["sheets"];
    ASSERT_EQ(sheets.size(), 4u);
    EXPECT_EQ(sheets[1]["name"], "人口");
    EXPECT_EQ(sheets[1]["header_row"], 2);
    EXPECT_EQ(sheets[1]["columns"][1]["unit"], "万人");
    EXPECT_EQ(sheets[2]["key_column"], "District");
}

TEST_F(TableJoinCli, RenderJoinsAYearbookSheetAndPrintsTheMatchReport) {
    const testing::Outcome run = bashu("render " + quote(kGeodata + "/districts.geojson") + " --join " +
                                       quote(kTables + "/cq_yearbook.xlsx:2-5 地区生产总值") + " --field " +
                                       quote("地区生产总值 2021年") + " -o map.png");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(fs::exists(dir / "map.png"));
    EXPECT_NE(run.err.find("cq_yearbook.xlsx:2-5 地区生产总值: matched 8 of 9 rows and 8 of 221 features"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("no unit: '两江新区' (nearest:"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("older names: 梁平县 -> 梁平区, 开县 -> 开州区, 武隆县 -> 武隆区"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("left out as a total: '全市'"), std::string::npos) << run.err;
}

TEST_F(TableJoinCli, OnTheBuiltInMapTheTableReplacesItsDataAndTitles) {
    const std::string yearbook = quote(kTables + "/cq_yearbook.xlsx:2-5 地区生产总值");
    const testing::Outcome one =
        bashu("render --join " + yearbook + " --field " + quote("地区生产总值 2022年") + " -o one.png");
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_NE(one.err.find("note: 地区生产总值 2022年: classes over every year of the table (2019–2022)"),
              std::string::npos)
        << one.err;
    const testing::Outcome own = bashu("render --join " + yearbook + " --field " +
                                       quote("地区生产总值 2022年") + " --classes-of-year -o own.png");
    ASSERT_EQ(own.exitCode, 0) << own.err;
    EXPECT_EQ(own.err.find("note:"), std::string::npos) << own.err;
    // Small multiples of every year need no --field: the columns are one indicator's years.
    const testing::Outcome years = bashu("render --join " + yearbook + " --years all -o years.png");
    ASSERT_EQ(years.exitCode, 0) << years.err;
    EXPECT_TRUE(fs::exists(dir / "years.png"));
}

TEST_F(TableJoinCli, RenderJoinsAGbkTableByStatisticalCode) {
    const testing::Outcome run =
        bashu("render " + quote(kGeodata + "/districts.geojson") + " --join " +
              quote(kTables + "/sc_counties_gbk.csv") + " --on 区划代码=adcode --field " +
              quote("地区生产总值（万元）") + " -o map.svg");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("matched 5 of 5 rows and 5 of 221 features (on the layer's adcode, by code)"),
              std::string::npos)
        << run.err;
}

TEST_F(TableJoinCli, MistakesAreNamedWithExitCodes) {
    const std::string districts = quote(kGeodata + "/districts.geojson");
    const std::string yearbook = quote(kTables + "/cq_yearbook.xlsx");
    const testing::Outcome typo = bashu("render " + districts + " --join " + yearbook + " --field " +
                                        quote("地区生产总值 2021") + " -o m.png");
    EXPECT_EQ(typo.exitCode, 1);
    EXPECT_EQ(typo.err,
              "error: --field: cq_yearbook.xlsx: no column '地区生产总值 2021' (did you mean '地区生产总值 "
              "2021年'?)\n");
    const testing::Outcome noField = bashu("render " + districts + " --join " + yearbook + " -o m.png");
    EXPECT_EQ(noField.exitCode, 1);
    EXPECT_NE(noField.err.find("--join needs --field"), std::string::npos) << noField.err;
    const testing::Outcome noSheet = bashu("render " + districts + " --join " +
                                           quote(kTables + "/cq_yearbook.xlsx:GDP") + " --field x -o m.png");
    EXPECT_EQ(noSheet.exitCode, 1);
    EXPECT_NE(noSheet.err.find("cq_yearbook.xlsx: no sheet 'GDP'"), std::string::npos) << noSheet.err;
    const testing::Outcome onAlone = bashu("render " + districts + " --on adcode -o m.png");
    EXPECT_EQ(onAlone.exitCode, 2);
    EXPECT_EQ(onAlone.err, "error: --on and --header-row need --join (the table to join)\n");
    // Keys that match nothing on the field named: an error, not a map of no data.
    const testing::Outcome nothing =
        bashu("render " + districts + " --join " + quote(kTables + "/cq_yearbook.xlsx:English") +
              " --on District=adcode --field " + quote("GDP 2022 (100 million yuan)") + " -o m.png");
    EXPECT_EQ(nothing.exitCode, 1);
    EXPECT_NE(nothing.err.find("no row matches a feature of the layer"), std::string::npos) << nothing.err;
    EXPECT_FALSE(fs::exists(dir / "m.png"));
}

std::optional<double> valueOf(const Layer& layer, const std::string& field, const std::string& unit) {
    const Column& names = *layer.attributes.find("name_zh");
    const Column* values = layer.attributes.find(field);
    if (!values) return std::nullopt;
    for (size_t f = 0; f < names.size(); ++f)
        if (names.text(f) == unit) return values->number(f);
    return std::nullopt;
}

TEST_F(TableJoinCli, JoinWritesTheLayerWithEveryColumnForOtherTools) {
    const std::string districts = quote(kGeodata + "/districts.geojson");
    const testing::Outcome gpkg =
        bashu("join " + districts + " " + quote(kTables + "/cq_yearbook.xlsx:2-5 地区生产总值") +
              " -o joined.gpkg");
    ASSERT_EQ(gpkg.exitCode, 0) << gpkg.err;
    EXPECT_NE(gpkg.err.find("matched 8 of 9 rows"), std::string::npos) << gpkg.err;
    EXPECT_NE(gpkg.err.find("wrote joined.gpkg: 221 features, 4 columns joined"), std::string::npos)
        << gpkg.err;
    Result<VectorFile> written = readVectorFile((dir / "joined.gpkg").string());
    ASSERT_TRUE(written) << written.error().message;
    const Layer& layer = written->layers.front();
    EXPECT_EQ(layer.featureCount(), 221u);
    EXPECT_EQ(valueOf(layer, "地区生产总值 2019年", "万州区"), 922.0);
    EXPECT_EQ(valueOf(layer, "地区生产总值 2022年", "渝中区"), 1512.4);
    EXPECT_EQ(valueOf(layer, "地区生产总值 2022年", "梁平区"), std::nullopt);  // "—": missing
    EXPECT_EQ(valueOf(layer, "地区生产总值 2022年", "锦江区"), std::nullopt);  // not in the table
    EXPECT_FALSE(layer.crs.empty());

    // A Shapefile says its encoding (.cpg) so the names read back; GeoJSON takes one --field.
    const testing::Outcome shp = bashu("join " + districts + " " + quote(kTables + "/sc_counties_gbk.csv") +
                                       " --field " + quote("增速（%）") + " -o joined.shp");
    ASSERT_EQ(shp.exitCode, 0) << shp.err;
    EXPECT_EQ(testing::readFileText(dir / "joined.cpg"), "UTF-8");
    // A Shapefile's field names hold 10 bytes: the cut name is said.
    EXPECT_NE(shp.err.find("warning: joined.shp: the field '增速（%）' is named '增速（%'"),
              std::string::npos)
        << shp.err;
    Result<VectorFile> shapefile = readVectorFile((dir / "joined.shp").string());
    ASSERT_TRUE(shapefile) << shapefile.error().message;
    EXPECT_EQ(valueOf(shapefile->layers.front(), "增速（%", "双流区"), 5.2);
    // Names longer than 10 bytes are cut at a character's end, never inside one, and numbered.
    const testing::Outcome years = bashu(
        "join " + districts + " " + quote(kTables + "/cq_yearbook.xlsx:2-5 地区生产总值") + " -o years.shp");
    ASSERT_EQ(years.exitCode, 0) << years.err;
    EXPECT_NE(years.err.find("the field '地区生产总值 2019年' is named '地区生'"), std::string::npos)
        << years.err;
    EXPECT_NE(years.err.find("the field '地区生产总值 2020年' is named '地区_1'"), std::string::npos)
        << years.err;
    Result<VectorFile> yearFile = readVectorFile((dir / "years.shp").string());
    ASSERT_TRUE(yearFile) << yearFile.error().message;
    EXPECT_EQ(valueOf(yearFile->layers.front(), "地区_1", "万州区"), 942.8);
    EXPECT_FALSE(fs::exists(dir / "joined.dbf.tmp"));
}

TEST_F(TableJoinCli, JoinRefusesWhatItCannotWrite) {
    const std::string districts = quote(kGeodata + "/districts.geojson");
    const testing::Outcome png =
        bashu("join " + districts + " " + quote(kTables + "/sc_names.csv") + " -o joined.png");
    EXPECT_EQ(png.exitCode, 2);
    EXPECT_EQ(png.err, "error: -o joined.png: the joined layer is written as .gpkg, .geojson or .shp\n");
    const testing::Outcome unknown =
        bashu("join " + districts + " " + quote(kTables + "/sc_names.csv") + " --field GDP -o joined.gpkg");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("no column 'GDP'"), std::string::npos) << unknown.err;
    EXPECT_FALSE(fs::exists(dir / "joined.gpkg"));
}

TEST_F(TableJoinCli, ALongTableAndATitleWithoutADelimiter) {
    const std::string districts = quote(kGeodata + "/districts.geojson");
    // One column of values: no --field needed; the latest year is shown.
    const testing::Outcome longTable =
        bashu("render " + districts + " --join " + quote(kTables + "/cq_long.ods") + " -o long.png");
    ASSERT_EQ(longTable.exitCode, 0) << longTable.err;
    EXPECT_NE(longTable.err.find("cq_long.ods: matched 4 of 4 rows"), std::string::npos) << longTable.err;
    // GDAL's CSV reader cannot read it; info describes it as the join reads it.
    const testing::Outcome info = bashu("info " + quote(kTables + "/cq_people_title.csv"));
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_NE(info.out.find("1-row header ending on row 2"), std::string::npos) << info.out;
}

}  // namespace
}  // namespace bashu
