// `bashu info PG:...`: the tables a connection offers, as a document names them.
#include <gtest/gtest.h>

#include "support/cli_fixture.h"
#include "support/run_command.h"

namespace bashu {
namespace {

class PostgisInfo : public testing::CliFixture {};

TEST_F(PostgisInfo, ListsTheTablesTheUserMayRead) {
    testing::Outcome run = bashu("info " + testing::shellQuote("PG:service=atlas"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("  hexes   geom: POLYGON, EPSG:3857\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("  towns   geom: POINT, EPSG:4490\n"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("notes"), std::string::npos) << "a table without geometry is no layer";
}

TEST_F(PostgisInfo, SaysWhenItCannotConnect) {
    testing::Outcome run = bashu("info " + testing::shellQuote("PG:service=atlas_nowhere"));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(run.err.rfind("error: PG:service=atlas_nowhere: cannot connect: ", 0), 0u) << run.err;
}

}  // namespace
}  // namespace bashu
