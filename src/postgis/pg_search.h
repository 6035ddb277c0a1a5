#pragma once
// Finding features of a PostGIS layer by name or code on the server, whatever part of the table
// the view holds: the text columns named like names or codes, matched case-insensitively with
// ILIKE (a trigram index on them makes it an index scan; without one the table is scanned).
#include <string>
#include <vector>

#include "core/extent.h"
#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu {

struct PgSearchHit {
    std::string label;      // the feature's name (its first name column), else the text matched
    std::string key;        // its key's value as text, empty where the relation has no key
    std::string keyColumn;  // the relation's key column (empty: none)
    int rank = 0;           // 0: a column equals the query, 1: starts with it, 2: contains it
    Extent box;             // of its geometry, in the relation's CRS
};

/// The columns searched: text columns whose name starts with "name", then those that hold "code"
/// (any case), else every text column.
std::vector<std::string> pgSearchColumns(const PgRelation& relation);

/// At most `limit` features whose searched columns match `query` (spaces trimmed; %, _ and the
/// backslash taken literally), best first (exact, then prefix, then inside; the shorter label first), the
/// layer's filter applied. Empty for an empty query or a relation without text columns.
Result<std::vector<PgSearchHit>> searchPgFeatures(PgConnection& connection, const PgRelation& relation,
                                                  const std::string& filter, const std::string& query,
                                                  size_t limit);

}  // namespace bashu
