// `bashu render` of documents whose layers come from the test server (tests/postgis/pg_server.sh):
// a map drawn headless, and one clear message when the server, the user or the document is wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "io/image_reader.h"
#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

const auto quote = testing::shellQuote;

class PostgisRender : public testing::CliFixture {
protected:
    std::string document(const std::string& layers) {
        const std::filesystem::path path = dir / "map.json";
        std::ofstream(path) << R"({"title": "Hexagons", "layers": [)" << layers << "]}";
        return quote(path.string());
    }
};

TEST_F(PostgisRender, DrawsTheTablesOfADocument) {
    const std::string doc = document(R"(
        {"name": "Hexagons", "source": "PG:service=atlas", "source_layer": "hexes",
         "fill": {"field": "density", "method": "quantile", "classes": 5}, "stroke": {"width": 0}},
        {"name": "Chongqing", "source": "PG:service=atlas", "source_layer": "public.units",
         "filter": "province = 'Chongqing'", "fill": {"color": "#00000000"}, "stroke": {"width": 2, "color": "#000000"}})");
    testing::Outcome run = bashu("render " + doc + " -o map.png --width 800 --height 600");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    Result<Image> image = readImage((dir / "map.png").string());
    ASSERT_TRUE(image) << image.error().message;
    // The hexagons cover the middle of the map in the ramp's colours, none white.
    size_t coloured = 0, total = 0;
    for (int y = image->height / 3; y < 2 * image->height / 3; y += 7)
        for (int x = image->width / 4; x < image->width / 2; x += 7) {
            const Rgba8 p = image->pixel(x, y);
            coloured += p.b < 200 || p.g < 200;  // YlOrRd: yellow to red, little blue
            ++total;
        }
    EXPECT_GT(coloured, total * 9 / 10) << coloured << " of " << total;
}

TEST_F(PostgisRender, SaysWhenTheServerIsDown) {
    const std::string doc =
        document(R"({"name": "Hexagons", "source": "PG:service=atlas_nowhere", "source_layer": "hexes"})");
    testing::Outcome run = bashu("render " + doc + " -o map.png");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("PG:service=atlas_nowhere: layer 'Hexagons': cannot connect: "), std::string::npos)
        << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "map.png"));
}

TEST_F(PostgisRender, SaysWhenTheUserMayNotRead) {
    const std::string doc =
        document(R"({"name": "Hexagons", "source": "PG:service=atlas_outsider", "source_layer": "hexes"})");
    testing::Outcome run = bashu("render " + doc + " -o map.png");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("the user may not read 'hexes' (permission denied)"), std::string::npos)
        << run.err;
}

TEST_F(PostgisRender, RefusesAPasswordInTheDocument) {
    const std::string doc = document(
        R"({"name": "Hexagons", "source": "PG:service=atlas password=planner-secret-7", "source_layer": "hexes"})");
    testing::Outcome run = bashu("render " + doc + " -o map.png");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("a password does not belong in a PostGIS connection"), std::string::npos)
        << run.err;
    EXPECT_EQ(run.err.find("planner-secret-7"), std::string::npos) << run.err;
}

TEST_F(PostgisRender, RefusesAFilterThatIsMoreThanConditions) {
    const std::string doc =
        document(R"({"name": "Hexagons", "source": "PG:service=atlas", "source_layer": "hexes",
                                         "filter": "kind = 'urban'; DELETE FROM scratch"})");
    testing::Outcome run = bashu("render " + doc + " -o map.png");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("filter \"kind = 'urban'; DELETE FROM scratch\": expected AND or the end"),
              std::string::npos)
        << run.err;
}

TEST_F(PostgisRender, SaysAConnectionIsNotAFile) {
    testing::Outcome run = bashu("render " + quote("PG:service=atlas") + " -o map.png");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.err.find("a PostGIS connection is a layer's source in a map document"), std::string::npos)
        << run.err;
}

}  // namespace
}  // namespace bashu
