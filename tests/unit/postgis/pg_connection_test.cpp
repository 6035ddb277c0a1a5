// Sessions with the test server, and its faults: down, refusing the user, slow, restarted.
#include "postgis/pg_connection.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "pg_test_server.h"

namespace bashu {
namespace {

TEST(PgConnection, RunsAStatementWithBoundValues) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"));
    EXPECT_EQ(pgtest::scalar(c, "SELECT count(*)::float8 FROM hexes WHERE kind = $1", {"urban"}),
              pgtest::scalar(c, "SELECT count(*)::float8 FROM hexes WHERE id % 3 = 2"));
}

TEST(PgConnection, EveryStatementIsReadOnly) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"));
    Result<PgRows> written = c.query("SELECT scribble()::float8");
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find("read-only transaction"), std::string::npos)
        << written.error().message;
    // Turning the session's default off reaches no statement of ours: each begins READ ONLY.
    ASSERT_TRUE(c.query("SELECT set_config('default_transaction_read_only', 'off', false)"));
    EXPECT_FALSE(c.query("SELECT scribble()::float8"));
    EXPECT_EQ(pgtest::scalar(c, "SELECT count(*)::float8 FROM scratch"), 0.0);
}

TEST(PgConnection, SaysWhenTheServerIsDown) {
    Result<PgConnection> c = PgConnection::open(pgtest::source("hexes", "", "atlas_nowhere"));
    ASSERT_FALSE(c);
    const std::string& message = c.error().message;
    EXPECT_EQ(message.rfind("PG:service=atlas_nowhere: cannot connect: ", 0), 0u) << message;
    EXPECT_NE(message.find("No such file or directory"), std::string::npos) << message;
}

TEST(PgConnection, SaysWhenTheServerRefusesThePassword) {
    const std::filesystem::path wrong = std::filesystem::temp_directory_path() / "bashu_wrong_pgpass";
    std::ofstream(wrong) << "*:*:atlas:planner:not-the-password-9\n";
    std::filesystem::permissions(wrong,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    const std::string kept = getenv("PGPASSFILE") ? getenv("PGPASSFILE") : "";
    setenv("PGPASSFILE", wrong.c_str(), 1);
    Result<PgConnection> c = PgConnection::open(pgtest::source("hexes"));
    setenv("PGPASSFILE", kept.c_str(), 1);
    std::filesystem::remove(wrong);
    ASSERT_FALSE(c);
    EXPECT_NE(c.error().message.find("password authentication failed for user \"planner\""),
              std::string::npos)
        << c.error().message;
    EXPECT_EQ(c.error().message.find("not-the-password-9"), std::string::npos) << c.error().message;
}

TEST(PgConnection, SaysWhenAStatementTakesTooLong) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"), 100);
    Result<PgRows> slow = c.query("SELECT (pg_sleep(5) IS NULL)::text");
    ASSERT_FALSE(slow);
    EXPECT_NE(slow.error().message.find("statement timeout"), std::string::npos) << slow.error().message;
    // The session goes on.
    EXPECT_EQ(pgtest::scalar(c, "SELECT 2::float8"), 2.0);
}

TEST(PgConnection, ConnectsAgainAfterTheServerDroppedIt) {
    PgConnection dropped = pgtest::connect(pgtest::source("hexes"));
    PgConnection other = pgtest::connect(pgtest::source("hexes"));
    const double pid = pgtest::scalar(dropped, "SELECT pg_backend_pid()::float8");
    ASSERT_TRUE(other.query("SELECT pg_terminate_backend($1::int)::text", {std::to_string(int(pid))}));
    Result<PgRows> lost = dropped.query("SELECT 1::float8");
    ASSERT_FALSE(lost);
    EXPECT_NE(lost.error().message.find("connection lost: "), std::string::npos) << lost.error().message;
    ASSERT_TRUE(dropped.reconnect());
    EXPECT_EQ(pgtest::scalar(dropped, "SELECT 1::float8"), 1.0);
}

TEST(PgConnection, StopsAStreamWhenAsked) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"));
    size_t seen = 0;
    Status streamed = c.stream("SELECT id::float8 FROM hexes", {}, [&](const PgRow&) { return ++seen < 10; });
    ASSERT_FALSE(streamed);
    EXPECT_NE(streamed.error().message.find("cancelled"), std::string::npos);
    EXPECT_EQ(seen, 10u);
    EXPECT_EQ(pgtest::scalar(c, "SELECT 3::float8"), 3.0);
}

// The plan's lines for `sql` (EXPLAIN), streamed as a read of a box is.
std::string planOf(PgConnection& c, const std::string& sql, bool throughIndex) {
    std::string plan;
    Status streamed = c.stream(
        "EXPLAIN " + sql, {},
        [&](const PgRow& row) {
            plan += std::string(row.text(0)) + "\n";
            return true;
        },
        throughIndex);
    EXPECT_TRUE(streamed) << streamed.error().message;
    return plan;
}

TEST(PgConnection, AStreamThroughTheIndexKeepsThePlannerFromScanningEveryRow) {
    PgConnection c = pgtest::connect(pgtest::source("hexes"));
    // A box holding the whole table, as its numbers (a read binds them, and the planner sees
    // them): left to itself the planner scans every row.
    std::string corners;
    for (const char* corner : {"ST_XMin", "ST_YMin", "ST_XMax", "ST_YMax"})
        corners += (corners.empty() ? "" : ", ") +
                   pgNumber(pgtest::scalar(
                       c, std::string("SELECT ") + corner + "(ST_Extent(geom))::float8 FROM hexes"));
    const std::string box = "SELECT id FROM hexes WHERE geom && ST_MakeEnvelope(" + corners + ", 3857)";
    const std::string scanned = planOf(c, box, false);
    const std::string indexed = planOf(c, box, true);
    EXPECT_NE(indexed.find("hexes_geom"), std::string::npos) << indexed;
    EXPECT_EQ(indexed.find("Seq Scan on hexes "), std::string::npos) << indexed;
    EXPECT_NE(scanned.find("Seq Scan on hexes"), std::string::npos) << scanned;
    // For its own transaction alone: the next statement is planned as the server would.
    // (Its plan's costs may differ: the server's autovacuum may have counted the table anew.)
    const std::string after = planOf(c, box, false);
    EXPECT_NE(after.find("Seq Scan on hexes"), std::string::npos) << after;
}

}  // namespace
}  // namespace bashu
