// A table's overview holds what a read thinned to its cells holds, the table's values, and is no
// longer used once the table changes (the test server's "parcels": small hexagons and big ones).
#include "postgis/pg_overview.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "pg_test_server.h"
#include "postgis/pg_reader.h"

namespace bashu {
namespace {

TEST(PgOverview, HoldsWhatAThinnedReadHoldsAndIsDroppedWhenTheTableChanges) {
    PgConnection owner = pgtest::connect(pgtest::source("parcels", "", "atlas_owner"));
    Result<PgRelation> table = describeRelation(owner);
    ASSERT_TRUE(table) << table.error().message;
    std::vector<std::string> steps;
    Result<PgOverviewBuilt> built =
        buildPgOverview(owner, *table, [&](const std::string& step) { steps.push_back(step); });
    ASSERT_TRUE(built) << built.error().message;
    EXPECT_EQ(built->sourceRows, size_t(pgtest::scalar(owner, "SELECT count(*)::float8 FROM parcels")));
    // Levels of 512, 1024, 2048, ... cells across merge the 100 m hexagons, each keeping at most
    // half the rows; the next one would keep more.
    ASSERT_GE(built->levels.size(), 2u);
    for (size_t i = 0; i < built->levels.size(); ++i) {
        EXPECT_EQ(built->levels[i].cells, 512 << i);
        EXPECT_LE(built->levels[i].rows * 2, built->sourceRows);
        if (i) {
            EXPECT_GT(built->levels[i].rows, built->levels[i - 1].rows);
        }
    }
    EXPECT_EQ(built->fields, (std::vector<std::string>{"id", "density"}));
    EXPECT_FALSE(steps.empty());

    // The planner (who may read the table, not create tables) finds it, fresh.
    PgConnection planner = pgtest::connect(pgtest::source("parcels"));
    Result<PgRelation> relation = describeRelation(planner);
    ASSERT_TRUE(relation);
    Result<PgOverviewLookup> found = findPgOverview(planner, *relation);
    ASSERT_TRUE(found) << found.error().message;
    ASSERT_TRUE(found->overview) << found->stale;
    const PgOverview& overview = *found->overview;
    ASSERT_EQ(overview.levels.size(), built->levels.size());
    EXPECT_EQ(overview.sourceRows, built->sourceRows);
    EXPECT_EQ(overview.levelFor(overview.levels[0].cell * 1.5), &overview.levels[0]);
    EXPECT_EQ(overview.levelFor(overview.levels[1].cell), &overview.levels[1]);
    EXPECT_EQ(overview.levelFor(overview.levels.back().cell * 0.9), nullptr) << "finer than every level";

    // Each level holds what a read of the table thinned to its cells keeps: as many features, the
    // merged polygons as their cells' squares, the big ones as they are.
    for (const PgOverviewLevel& level : overview.levels) {
        PgReadRequest thinned;
        thinned.cell = level.cell;
        thinned.grid = overview.extent;
        Result<Layer> fromTable = readPgFeatures(planner, *relation, thinned);
        ASSERT_TRUE(fromTable) << fromTable.error().message;
        EXPECT_EQ(fromTable->featureCount(), level.rows) << level.cells;
        EXPECT_EQ(fromTable->report.merged, overview.sourceRows - level.rows) << level.cells;
        thinned.cell = level.cell;
        Result<Layer> fromLevel = readPgFeatures(planner, level.relation, thinned);
        ASSERT_TRUE(fromLevel) << fromLevel.error().message;
        EXPECT_EQ(fromLevel->featureCount(), level.rows) << "a level read thinned again keeps every row";
        EXPECT_EQ(fromLevel->report.merged, 0u);
        const Extent a = fromTable->geometry.extent(), b = fromLevel->geometry.extent();
        EXPECT_NEAR(a.minX, b.minX, 1e-6);
        EXPECT_NEAR(a.maxY, b.maxY, 1e-6);
    }

    // The values kept are the table's.
    Result<PgValues> direct = readPgValues(planner, *relation, "density", "");
    Result<std::optional<PgValues>> kept = readPgOverviewValues(planner, overview, "density");
    ASSERT_TRUE(direct && kept && *kept);
    EXPECT_EQ((*kept)->total, direct->total);
    EXPECT_EQ((*kept)->nulls, direct->nulls);
    EXPECT_GT((*kept)->nulls, 100u);
    std::vector<double> a = direct->values, b = (*kept)->values;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    EXPECT_EQ(a, b);
    Result<std::optional<PgValues>> none = readPgOverviewValues(planner, overview, "name");
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);

    // A row deleted: the overview is stale once the server has counted the change (its
    // statistics are written within a second or so of the commit; waited for, not slept on).
    ASSERT_TRUE(
        owner.write({{"DELETE FROM parcels WHERE id = 7", {}}, {"SELECT pg_stat_force_next_flush()", {}}}));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    Result<PgOverviewLookup> after = findPgOverview(planner, *relation);
    while (after && after->overview && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        after = findPgOverview(planner, *relation);
    }
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_FALSE(after->overview);
    EXPECT_NE(after->stale.find("parcels's overview (built "), std::string::npos) << after->stale;
    EXPECT_NE(after->stale.find("is older than the table's last change"), std::string::npos) << after->stale;

    // Built again, it is used again.
    ASSERT_TRUE(buildPgOverview(owner, *table));
    Result<PgOverviewLookup> again = findPgOverview(planner, *relation);
    ASSERT_TRUE(again && again->overview) << (again ? again->stale : again.error().message);
    EXPECT_EQ(again->overview->sourceRows, built->sourceRows - 1);
}

TEST(PgOverview, IsRefusedForAQueryAndToAUserWhoMayNotCreateTables) {
    // "hexes", whose overview no test builds (the planner could drop no table of one).
    PgConnection planner = pgtest::connect(pgtest::source("hexes"));
    Result<PgRelation> relation = describeRelation(planner);
    ASSERT_TRUE(relation);
    Result<PgOverviewBuilt> refused = buildPgOverview(planner, *relation);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("PG:service=atlas: "), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("permission denied for schema public"), std::string::npos)
        << refused.error().message;

    PgConnection query = pgtest::connect(pgtest::source("", "SELECT id, geom FROM parcels"));
    Result<PgRelation> selected = describeRelation(query);
    ASSERT_TRUE(selected);
    Result<PgOverviewBuilt> none = buildPgOverview(query, *selected);
    ASSERT_FALSE(none);
    EXPECT_NE(none.error().message.find("is built for a table, not a query"), std::string::npos);
    Result<PgOverviewLookup> lookup = findPgOverview(query, *selected);
    ASSERT_TRUE(lookup);
    EXPECT_FALSE(lookup->overview);
}

}  // namespace
}  // namespace bashu
