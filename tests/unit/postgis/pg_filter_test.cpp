// A PostGIS layer's filter: conditions on columns, values bound, nothing else accepted.
#include "postgis/pg_filter.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

PgRelation hexes() {
    PgRelation relation;
    relation.label = "hexes";
    relation.fields = {{"kind", FieldType::String},
                       {"density", FieldType::Real},
                       {"名称", FieldType::String},
                       {"odd\"name", FieldType::Real}};
    return relation;
}

TEST(PgFilter, BindsEveryValue) {
    PgParams params;
    Result<std::string> sql = pgFilterCondition(
        "kind = 'urban' and density >= 5e2 AND 名称 IN ('成都', 'O''Hare')", hexes(), 3, params);
    ASSERT_TRUE(sql) << sql.error().message;
    EXPECT_EQ(*sql, "(\"kind\" = $3) AND (\"density\" >= $4) AND (\"名称\" IN ($5, $6))");
    ASSERT_EQ(params.size(), 4u);
    EXPECT_EQ(*params[0], "urban");
    EXPECT_EQ(*params[1], "5e2");
    EXPECT_EQ(*params[3], "O'Hare");
}

TEST(PgFilter, QuotesNamesAndReadsNulls) {
    PgParams params;
    Result<std::string> sql =
        pgFilterCondition("\"odd\"\"name\" != -1.5 AND kind IS NOT NULL", hexes(), 1, params);
    ASSERT_TRUE(sql) << sql.error().message;
    EXPECT_EQ(*sql, "(\"odd\"\"name\" <> $1) AND (\"kind\" IS NOT NULL)");
    PgParams none;
    EXPECT_EQ(*pgFilterCondition("  ", hexes(), 1, none), "TRUE");
}

TEST(PgFilter, RefusesAnythingButConditions) {
    for (const char* hostile :
         {"kind = 'urban' OR 1 = 1", "kind = 'a'; DROP TABLE hexes", "density > 1 --", "kind = (SELECT 1)",
          "pg_sleep(10) IS NULL", "kind = 'unterminated", "missing = 1", "density > density"}) {
        PgParams params;
        Result<std::string> sql = pgFilterCondition(hostile, hexes(), 1, params);
        ASSERT_FALSE(sql) << hostile << " gave " << *sql;
        EXPECT_NE(sql.error().message.find("filter \""), std::string::npos) << sql.error().message;
    }
}

TEST(PgFilter, KeepsAQuoteInsideAValueAsText) {
    PgParams params;
    Result<std::string> sql = pgFilterCondition("kind = 'x''; DROP TABLE hexes; --'", hexes(), 1, params);
    ASSERT_TRUE(sql) << sql.error().message;
    EXPECT_EQ(*sql, "(\"kind\" = $1)");
    EXPECT_EQ(*params[0], "x'; DROP TABLE hexes; --");
}

}  // namespace
}  // namespace bashu
