// What a PostGIS source accepts, without a server: passwords refused, table or query.
#include "postgis/pg_source.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(PgSource, TellsConnectionsFromFiles) {
    EXPECT_TRUE(isPgSource("PG:service=atlas"));
    EXPECT_TRUE(isPgSource("pg:dbname=x"));
    EXPECT_FALSE(isPgSource("/data/pg:x.geojson"));
    EXPECT_FALSE(isPgSource("districts.gpkg"));
}

TEST(PgSource, ReadsAServiceAndATable) {
    Result<PgSource> source = pgSource("PG:service=atlas", "public.hexes", "", "", "");
    ASSERT_TRUE(source) << source.error().message;
    EXPECT_EQ(source->conninfo, "service=atlas");
    EXPECT_EQ(pgLayerLabel(*source), "public.hexes");
}

TEST(PgSource, RefusesAPasswordWithoutRepeatingIt) {
    for (const char* conninfo : {"PG:host=db user=planner password=hunter2 dbname=atlas",
                                 "PG:postgresql://planner:hunter2@db/atlas"}) {
        Result<PgSource> source = pgSource(conninfo, "hexes", "", "", "");
        ASSERT_FALSE(source) << conninfo;
        EXPECT_NE(source.error().message.find("~/.pgpass"), std::string::npos) << source.error().message;
        EXPECT_EQ(source.error().message.find("hunter2"), std::string::npos) << source.error().message;
    }
}

TEST(PgSource, RefusesAConnectionLibpqCannotRead) {
    Result<PgSource> source = pgSource("PG:host=db dbname='unterminated secret", "hexes", "", "", "");
    ASSERT_FALSE(source);
    EXPECT_NE(source.error().message.find("not one libpq reads"), std::string::npos)
        << source.error().message;
    EXPECT_EQ(source.error().message.find("secret"), std::string::npos) << source.error().message;
}

TEST(PgSource, NamesATableOrAQueryNotBoth) {
    EXPECT_FALSE(pgSource("PG:service=atlas", "", "", "", ""));
    Result<PgSource> both = pgSource("PG:service=atlas", "hexes", "SELECT * FROM hexes", "", "");
    ASSERT_FALSE(both);
    EXPECT_NE(both.error().message.find("not both"), std::string::npos) << both.error().message;
}

}  // namespace
}  // namespace bashu
