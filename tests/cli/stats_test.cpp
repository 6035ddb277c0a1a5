// `bashu stats`: the real binary on the Columbus data R's spdep ships (tests/unit/spatial/data) and
// on small layers written here: the numbers spdep gives, reproducible permutations, units without a
// value left out, GeoDa weights files written and read, and one clear message for bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/image_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

const std::string kData = BASHU_SPATIAL_DATA;
const auto quote = testing::shellQuote;

class StatsCli : public testing::CliFixture {
protected:
    std::string columbus() const { return quote(kData + "/columbus.shp"); }
    nlohmann::json reference() const {
        std::ifstream in(kData + "/spdep_columbus.json");
        return nlohmann::json::parse(in);
    }
    // A 3 x 3 grid of unit squares with a value each ("null" for none), in a planar CRS.
    void writeGrid(const std::string& name, const std::vector<std::string>& values) {
        std::string text =
            R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}}, "features": [)";
        for (int i = 0; i < 9; ++i) {
            const int x = i % 3, y = i / 3;
            text += std::string(i ? "," : "") + R"({"type": "Feature", "properties": {"code": "u)" +
                    std::to_string(i) + R"(", "v": )" + values[size_t(i)] +
                    R"(}, "geometry": {"type": "Polygon", "coordinates": [[[)" + std::to_string(x) + "," +
                    std::to_string(y) + "],[" + std::to_string(x + 1) + "," + std::to_string(y) + "],[" +
                    std::to_string(x + 1) + "," + std::to_string(y + 1) + "],[" + std::to_string(x) + "," +
                    std::to_string(y + 1) + "],[" + std::to_string(x) + "," + std::to_string(y) + "]]]}}";
        }
        std::ofstream(dir / name) << text << "]}";
    }
};

TEST_F(StatsCli, ColumbusCrimeAsSpdepGivesItWithEveryUnitInTheJson) {
    const testing::Outcome run = bashu("stats " + columbus() + " --field CRIME --id POLYID --json");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json j = nlohmann::json::parse(run.out);
    const nlohmann::json r = reference();
    EXPECT_EQ(j["units"], 49);
    EXPECT_NEAR(j["moran_i"]["value"].get<double>(), r["moran_queen_W"]["I"].get<double>(), 1e-9);
    EXPECT_NEAR(j["moran_i"]["variance_randomisation"].get<double>(), r["moran_queen_W"]["var"].get<double>(),
                1e-9);
    EXPECT_NEAR(j["geary_c"]["value"].get<double>(), r["geary_queen_W"]["C"].get<double>(), 1e-9);
    EXPECT_DOUBLE_EQ(j["moran_i"]["pseudo_p"].get<double>(), 0.001);
    ASSERT_EQ(j["local"].size(), 49u);
    EXPECT_EQ(j["local"][0]["id"], "1");
    EXPECT_NEAR(j["local"][0]["local_moran"].get<double>(), r["localmoran_queen_W"]["Ii"][0].get<double>(),
                1e-10);
    EXPECT_NEAR(j["local"][0]["gi_star_z"].get<double>(), r["localG_star_queen_B"][0].get<double>(), 1e-10);
    EXPECT_EQ(j["weights"]["neighbour_counts"]["2"], 5) << "five units with two neighbours (spdep's card)";
    // The same seed gives the same permutations; another seed other pseudo p-values.
    const testing::Outcome again = bashu("stats " + columbus() + " --field CRIME --id POLYID --json");
    EXPECT_EQ(again.out, run.out);
    const testing::Outcome other =
        bashu("stats " + columbus() + " --field CRIME --id POLYID --json --seed 99");
    EXPECT_NE(other.out, run.out);

    const testing::Outcome text = bashu("stats " + columbus() + " --field CRIME");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("Moran's I = 0.500189"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("LISA clusters at 0.05"), std::string::npos) << text.out;
}

TEST_F(StatsCli, UnitsWithoutAValueAreLeftOutAndIslandsNamed) {
    writeGrid("grid.geojson", {"1", "2", "3", "4", "null", "6", "7", "8", "9"});
    const testing::Outcome run =
        bashu("stats grid.geojson --field v --id code --weights rook --json --permutations 0");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const nlohmann::json j = nlohmann::json::parse(run.out);
    EXPECT_EQ(j["units"], 8);
    EXPECT_EQ(j["left_out"], nlohmann::json::array({"u4"}));
    // Without the centre, rook neighbours: corners 2, edge middles 2 (the centre was their third).
    EXPECT_EQ(j["weights"]["neighbour_counts"], (nlohmann::json{{"2", 8}}));
    EXPECT_FALSE(j["local"][0].contains("cluster")) << "no permutations, no cluster map";

    // The centre's neighbours lose it; a unit whose only neighbours have no value is an island.
    writeGrid("sparse.geojson", {"1", "null", "3", "null", "5", "null", "7", "null", "9"});
    const testing::Outcome sparse =
        bashu("stats sparse.geojson --field v --id code --weights rook --permutations 0");
    ASSERT_EQ(sparse.exitCode, 1) << "5 units, no neighbours among them: nothing to correlate";
    EXPECT_NE(sparse.err.find("needs at least 4 units with neighbours"), std::string::npos) << sparse.err;
    const testing::Outcome queen =
        bashu("stats sparse.geojson --field v --id code --weights queen --permutations 0");
    ASSERT_EQ(queen.exitCode, 0) << queen.err;
    EXPECT_EQ(queen.out.find("islands"), std::string::npos) << "queen joins the corners to the centre";
    const testing::Outcome missing =
        bashu("stats grid.geojson --field v --read-weights " + quote((dir / "none.gal").string()));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("none.gal: cannot be read"), std::string::npos) << missing.err;
}

TEST_F(StatsCli, WeightsWrittenAsGalReadBackGiveTheSameStatistics) {
    const testing::Outcome written = bashu(
        "stats " + columbus() + " --field CRIME --id POLYID --weights rook --write-weights rook.gal --json");
    ASSERT_EQ(written.exitCode, 0) << written.err;
    const std::string gal = testing::readFileText(dir / "rook.gal");
    EXPECT_EQ(gal.substr(0, gal.find('\n')), "0 49 columbus POLYID");
    const testing::Outcome read =
        bashu("stats " + columbus() + " --field CRIME --id POLYID --read-weights rook.gal --json");
    ASSERT_EQ(read.exitCode, 0) << read.err;
    const nlohmann::json a = nlohmann::json::parse(written.out), b = nlohmann::json::parse(read.out);
    EXPECT_EQ(a["moran_i"], b["moran_i"]);
    EXPECT_EQ(a["local"], b["local"]);
    EXPECT_EQ(b["weights"]["kind"], "read from rook.gal");

    // Weights read back from a .gwt (row-standardised) give the same hot spots: Gi* counts each
    // neighbour once, whatever the file's weights.
    const testing::Outcome gwt = bashu(
        "stats " + columbus() + " --field CRIME --id POLYID --weights knn:4 --write-weights k.gwt --json");
    const testing::Outcome fromGwt =
        bashu("stats " + columbus() + " --field CRIME --id POLYID --read-weights k.gwt --json");
    ASSERT_EQ(gwt.exitCode, 0) << gwt.err;
    ASSERT_EQ(fromGwt.exitCode, 0) << fromGwt.err;
    const nlohmann::json c = nlohmann::json::parse(gwt.out), d = nlohmann::json::parse(fromGwt.out);
    for (size_t i = 0; i < c["local"].size(); ++i)
        EXPECT_EQ(c["local"][i]["hot_spot"], d["local"][i]["hot_spot"]) << i;
    // A file naming its units by another field is refused: they would be matched to other units.
    const testing::Outcome otherKey =
        bashu("stats " + columbus() + " --field CRIME --id NEIG --read-weights rook.gal");
    EXPECT_EQ(otherKey.exitCode, 1);
    EXPECT_NE(
        otherKey.err.find("rook.gal:1: the file names its units by POLYID, not by NEIG (give --id POLYID)"),
        std::string::npos)
        << otherKey.err;
}

TEST_F(StatsCli, RenderDrawsTheClusterMapInGeoDasColours) {
    const testing::Outcome run = bashu("render " + columbus() + " --field CRIME --method lisa -o lisa.png");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "lisa.png").string());
    ASSERT_TRUE(image) << image.error().message;
    size_t red = 0, blue = 0;
    for (int y = 0; y < image->height; ++y)
        for (int x = 0; x < image->width; ++x) {
            const Rgba8 p = image->pixel(x, y);
            red += p.r == 255 && p.g == 0 && p.b == 0;
            blue += p.r == 0 && p.g == 0 && p.b == 255;
        }
    EXPECT_GT(red, 10000u) << "High-High: the high-crime core";
    EXPECT_GT(blue, 10000u) << "Low-Low: the periphery";
    // The vector export names the classes in its legend, headed by the statistic.
    const testing::Outcome svg = bashu("render " + columbus() + " --field CRIME --method gistar -o gi.svg");
    ASSERT_EQ(svg.exitCode, 0) << svg.err;
    const std::string text = testing::readFileText(dir / "gi.svg");
    EXPECT_NE(text.find("Gi* hot and cold spots of CRIME"), std::string::npos);
    EXPECT_NE(text.find("Hot spot (p ≤ 0.005)"), std::string::npos);
    const testing::Outcome noField = bashu("render " + columbus() + " --method lisa -o x.png");
    EXPECT_EQ(noField.exitCode, 1);
    EXPECT_NE(noField.err.find("give --field too"), std::string::npos) << noField.err;
}

TEST_F(StatsCli, RenderDrawsTheBivariateMapsOfTwoFields) {
    // Crime against income in 3 x 3 quantile classes: every cell of the pink-blue palette's square
    // is in the legend; high crime with low income (the palette's red corner) is on the map.
    const testing::Outcome run =
        bashu("render " + columbus() + " --field CRIME,INC --method bivariate -o bivariate.svg");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string svg = testing::readFileText(dir / "bivariate.svg");
    EXPECT_NE(svg.find("CRIME and INC"), std::string::npos) << "the legend's heading";
    EXPECT_NE(svg.find("CRIME →"), std::string::npos) << "the square's side across";
    EXPECT_NE(svg.find("↑ INC"), std::string::npos) << "and up";
    for (const char* cell : {"#e8e8e8", "#c85a5a", "#64acbe", "#574249", "#ad9ea5"})
        EXPECT_NE(svg.find(cell), std::string::npos) << cell;
    const testing::Outcome png =
        bashu("render " + columbus() + " --field CRIME,INC --method bivariate --classes 2 -o bivariate.png");
    ASSERT_EQ(png.exitCode, 0) << png.err;
    Result<Image> image = readImage((dir / "bivariate.png").string());
    ASSERT_TRUE(image) << image.error().message;
    size_t highLow = 0;
    for (int y = 0; y < image->height; ++y)
        for (int x = 0; x < image->width; ++x) {
            const Rgba8 p = image->pixel(x, y);
            highLow += p.r == 0xc8 && p.g == 0x5a && p.b == 0x5a;
        }
    EXPECT_GT(highLow, 10000u) << "high crime, low income: the palette's corner across";

    // Bivariate LISA: crime among neighbours' incomes, in the cluster map's colours.
    const testing::Outcome lisa =
        bashu("render " + columbus() + " --field CRIME,INC --method lisa_bivariate -o lisa_bv.svg");
    ASSERT_EQ(lisa.exitCode, 0) << lisa.err;
    EXPECT_NE(
        testing::readFileText(dir / "lisa_bv.svg").find("Bivariate LISA clusters of CRIME with neighbours"),
        std::string::npos);

    // Small multiples of a statistic, one field a panel: each panel is its own field's map.
    const testing::Outcome panels =
        bashu("render " + columbus() + " --method lisa --fields CRIME,INC -o panels.png");
    ASSERT_EQ(panels.exitCode, 0) << panels.err;
    Result<Image> both = readImage((dir / "panels.png").string());
    ASSERT_TRUE(both) << both.error().message;
    size_t differing = 0;
    for (int y = 0; y < both->height / 2; ++y)
        for (int x = 0; x < both->width / 2; ++x)
            differing += !(both->pixel(x, y) == both->pixel(x + both->width / 2, y));
    EXPECT_GT(differing, 20000u) << "the INC panel is not CRIME's again";

    for (const auto& [arguments, message] : std::vector<std::pair<std::string, std::string>>{
             {"--field CRIME --method bivariate", "--method bivariate maps two fields: give --field F,G"},
             {"--field CRIME,NOPE --method bivariate", "no second field 'NOPE'"},
             {"--field CRIME,INC --method bivariate --classes 5", "2, 3 or 4 classes per field"}}) {
        const testing::Outcome bad = bashu("render " + columbus() + " " + arguments + " -o bad.png");
        EXPECT_EQ(bad.exitCode, 1) << arguments;
        EXPECT_NE(bad.err.find(message), std::string::npos) << bad.err;
    }
}

TEST_F(StatsCli, BadInputGetsOneMessageNamingTheProblem) {
    struct Case {
        std::string arguments, message;
    };
    std::ofstream(dir / "bad.gal") << "0 49\n1 2\n2\n";  // 2 neighbours announced, 1 listed
    for (const Case& c : std::vector<Case>{
             {"--field NOPE", "no field 'NOPE'"},
             {"--field CRIME --weights hex", "--weights hex: expected queen, rook, knn:K or band:D"},
             {"--field CRIME --weights knn:49", "k nearest neighbours needs k from 1 to 48"},
             {"--field CRIME --weights knn:48",
              "every unit is a neighbour of every other: nothing local to test"},
             {"--field CRIME --weights band:1000000", "every unit is a neighbour of every other"},
             {"--field CRIME --weights band:-1", "a distance band must be above 0"},
             {"--field CRIME --tolerance -1", "tolerance must be a distance of 0 or more"},
             {"--field CRIME --id CP", "does not name each unit once"},
             {"--field CRIME --correction holm", "--correction 'holm' is not none, bonferroni or fdr"},
             {"--field CRIME --read-weights bad.gal",
              "bad.gal:3: '1' should have 2 neighbours; the line lists 1"},
             {"--field CRIME --write-weights w.txt", "w.txt: weights are written as .gal"},
             {"--field CRIME --weights band:0.5",
              "(the band is in metres: the layer is in longitude/latitude)"},
         }) {
        const testing::Outcome run = bashu("stats " + columbus() + " " + c.arguments);
        EXPECT_EQ(run.exitCode, 1) << c.arguments;
        EXPECT_NE(run.err.find(c.message), std::string::npos) << c.arguments << ": " << run.err;
        // One error, after the reader's warning that the file has no CRS (taken as longitude/latitude).
        EXPECT_EQ(run.err.find("error: "), run.err.rfind("error: "))
            << c.arguments << ": one error: " << run.err;
        EXPECT_NE(run.err.find("warning: " + kData + "/columbus.shp: "), std::string::npos) << run.err;
    }
    const testing::Outcome missing = bashu("stats nowhere.shp --field CRIME");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("nowhere.shp"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace bashu
