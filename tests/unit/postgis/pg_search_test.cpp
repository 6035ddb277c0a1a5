// Features found by name on the server: ranked as the window's own search ranks them, the
// layer's filter kept, the query taken literally (no wildcard, no SQL).
#include "postgis/pg_search.h"

#include <gtest/gtest.h>

#include "pg_test_server.h"

namespace bashu {
namespace {

struct Opened {
    PgConnection connection;
    PgRelation relation;
};

Opened open(const std::string& table) {
    PgConnection c = pgtest::connect(pgtest::source(table));
    Result<PgRelation> r = describeRelation(c);
    if (!r) ADD_FAILURE() << r.error().message;
    return {std::move(c), r ? *r : PgRelation{}};
}

TEST(PgSearch, SearchesTheNameAndCodeColumns) {
    Opened units = open("units");
    const std::vector<std::string> columns = pgSearchColumns(units.relation);
    EXPECT_NE(std::find(columns.begin(), columns.end(), "name_zh"), columns.end());
    EXPECT_NE(std::find(columns.begin(), columns.end(), "adcode"), columns.end());
    EXPECT_EQ(std::find(columns.begin(), columns.end(), "province"), columns.end());
}

TEST(PgSearch, FindsExactThenPrefixThenInside) {
    Opened hexes = open("hexes");
    Result<PgRows> first = hexes.connection.query("SELECT name FROM hexes ORDER BY id LIMIT 1");
    ASSERT_TRUE(first) << first.error().message;
    const std::string name = first->text(0, 0);  // "H4555_1110": an H, then digits
    std::string lower = name;
    lower[0] = 'h';
    Result<std::vector<PgSearchHit>> hits = searchPgFeatures(hexes.connection, hexes.relation, "", lower, 10);
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_FALSE(hits->empty());
    EXPECT_EQ(hits->front().label, name) << "case ignored, the exact match first";
    EXPECT_EQ(hits->front().rank, 0);
    EXPECT_EQ(double(std::stoll(hits->front().key)),
              pgtest::scalar(hexes.connection, "SELECT id::float8 FROM hexes WHERE name = $1", {name}));
    // The box is the hexagon's.
    const Extent& box = hits->front().box;
    EXPECT_DOUBLE_EQ(box.minX, pgtest::scalar(hexes.connection,
                                              "SELECT ST_XMin(geom) FROM hexes WHERE name = $1", {name}));
    EXPECT_DOUBLE_EQ(box.maxY, pgtest::scalar(hexes.connection,
                                              "SELECT ST_YMax(geom) FROM hexes WHERE name = $1", {name}));

    // Its digits without the last: names holding them (all start with H), 10 at most.
    const std::string part = name.substr(1, name.size() - 2);
    Result<std::vector<PgSearchHit>> partial =
        searchPgFeatures(hexes.connection, hexes.relation, "", part, 10);
    ASSERT_TRUE(partial) << partial.error().message;
    EXPECT_FALSE(partial->empty());
    EXPECT_LE(partial->size(), 10u);
    for (size_t i = 0; i < partial->size(); ++i) {
        const PgSearchHit& hit = (*partial)[i];
        EXPECT_EQ(hit.rank, 2) << hit.label << ": every name starts with H";
        EXPECT_NE(hit.label.find(part), std::string::npos) << hit.label;
        if (i > 0) {
            EXPECT_LE((*partial)[i - 1].label.size(), hit.label.size()) << "the shorter first";
        }
    }
    const std::string prefix = name.substr(0, name.size() - 1);
    Result<std::vector<PgSearchHit>> starting =
        searchPgFeatures(hexes.connection, hexes.relation, "", prefix, 10);
    ASSERT_TRUE(starting) << starting.error().message;
    ASSERT_FALSE(starting->empty());
    for (const PgSearchHit& hit : *starting) {
        EXPECT_EQ(hit.rank, hit.label == prefix ? 0 : hit.label.rfind(prefix, 0) == 0 ? 1 : 2) << hit.label;
        EXPECT_NE(hit.label.find(prefix), std::string::npos) << hit.label;
    }
    EXPECT_EQ(starting->front().rank, starting->front().label == prefix ? 0 : 1);
}

TEST(PgSearch, KeepsTheFilterAndFindsChineseNames) {
    Opened units = open("units");
    Result<std::vector<PgSearchHit>> all = searchPgFeatures(units.connection, units.relation, "", "成都", 5);
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_FALSE(all->empty());
    EXPECT_EQ(all->front().label, "成都市");
    EXPECT_EQ(all->front().key, "510100");
    Result<std::vector<PgSearchHit>> chongqing =
        searchPgFeatures(units.connection, units.relation, "province = 'Chongqing'", "成都", 5);
    ASSERT_TRUE(chongqing) << chongqing.error().message;
    EXPECT_TRUE(chongqing->empty());
}

TEST(PgSearch, TakesTheQueryLiterally) {
    Opened hexes = open("hexes");
    // (Every name holds a "_": it is not among them.)
    for (const char* hostile : {"%", "H1%", "\\", "'; DROP TABLE hexes; --", "H1_' OR '1'='1", "H%_1"}) {
        Result<std::vector<PgSearchHit>> hits =
            searchPgFeatures(hexes.connection, hexes.relation, "", hostile, 5);
        ASSERT_TRUE(hits) << hostile << ": " << hits.error().message;
        EXPECT_TRUE(hits->empty()) << hostile << " matched " << hits->front().label;
    }
    EXPECT_GT(pgtest::scalar(hexes.connection, "SELECT count(*)::float8 FROM hexes"), 1000.0);
    Result<std::vector<PgSearchHit>> blank = searchPgFeatures(hexes.connection, hexes.relation, "", "   ", 5);
    ASSERT_TRUE(blank);
    EXPECT_TRUE(blank->empty());
}

}  // namespace
}  // namespace bashu
