// `bashu overview PG:... TABLE`: an operator builds a table's overview beside it; a user who may
// not create tables is told so; the overview's tables are not listed as layers.
#include <gtest/gtest.h>

#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

class PostgisOverviewCommand : public testing::CliFixture {};

TEST_F(PostgisOverviewCommand, BuildsTheOverviewOfATable) {
    testing::Outcome run = bashu("overview " + testing::shellQuote("PG:service=atlas_owner") + " parcels_c");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.rfind("parcels_c: overview of ", 0), 0u) << run.out;
    // 5 small hexagons and 21 big ones: even at 512 cells across, a level would keep more than a
    // quarter of the rows.
    EXPECT_NE(run.out.find("  no level: at 512 cells across"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("the values of id, density for the classes"), std::string::npos) << run.out;
    EXPECT_NE(run.err.find("overview: level of 512 cells across..."), std::string::npos) << run.err;

    testing::Outcome listed = bashu("info " + testing::shellQuote("PG:service=atlas"));
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("parcels_c "), std::string::npos) << listed.out;
    EXPECT_EQ(listed.out.find("__overview"), std::string::npos) << "the overview's tables are no layers";
}

TEST_F(PostgisOverviewCommand, SaysWhenTheUserMayNotCreateTables) {
    testing::Outcome run = bashu("overview " + testing::shellQuote("PG:service=atlas") + " hexes");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("\nerror: PG:service=atlas: permission denied for schema public\n"),
              std::string::npos)
        << run.err;
}

TEST_F(PostgisOverviewCommand, RefusesAFile) {
    testing::Outcome run = bashu("overview regions.geojson regions");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("regions.geojson: an overview is built in a PostGIS database"), std::string::npos)
        << run.err;
}

}  // namespace
}  // namespace bashu
