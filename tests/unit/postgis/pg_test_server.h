#pragma once
// The test server (tests/postgis/pg_server.sh, started by the CTest fixture "postgis"): its
// services are in the file PGSERVICEFILE names, its passwords in PGPASSFILE.
#include <gtest/gtest.h>

#include <string>

#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu::pgtest {

inline PgSource source(const std::string& table, const std::string& query = "",
                       const std::string& service = "atlas") {
    Result<PgSource> s = pgSource("PG:service=" + service, table, query, "", "");
    EXPECT_TRUE(s) << s.error().message;
    return *s;
}

inline PgConnection connect(const PgSource& s, int timeoutMs = 60000) {
    Result<PgConnection> c = PgConnection::open(s, timeoutMs);
    if (!c) ADD_FAILURE() << c.error().message;
    return std::move(*c);
}

/// One number the server computes (a count, to check what was read against).
inline double scalar(PgConnection& connection, const std::string& sql, const PgParams& params = {}) {
    Result<PgRows> rows = connection.query(sql, params);
    EXPECT_TRUE(rows) << rows.error().message;
    return rows && rows->rows() ? rows->number(0, 0) : -1;
}

}  // namespace bashu::pgtest
