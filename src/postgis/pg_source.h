#pragma once
// A PostGIS layer as a document or the command line names it: a connection ("PG:" and libpq's
// conninfo: a service name, host/port/dbname/user), and a table, a view or a read-only query.
// Passwords never come from here: they come from ~/.pgpass, a service file or the environment,
// so that nothing the tool writes (documents, settings, logs, messages) can hold one.
#include <string>
#include <string_view>

#include "core/result.h"

namespace bashu {

/// Whether a layer's source is a PostGIS connection ("PG:...", any case), not a file.
bool isPgSource(std::string_view source);

struct PgSource {
    std::string source;    // as given ("PG:service=atlas"): every message names this
    std::string conninfo;  // the part after "PG:", as libpq reads it
    std::string table;     // "hexes" or "schema.table"; empty for a query layer
    std::string query;     // a read-only SELECT; empty for a table layer
    std::string geometry;  // the geometry column; empty: the table's (or query's) only one
    std::string key;       // a unique integer column; empty: the primary key where there is one
};

/// A connection alone checked (for listing its tables): libpq reads it and it names no password.
Result<PgSource> pgConnectionSource(const std::string& source);

/// The source checked: libpq can read its conninfo, it names no password, and it names exactly
/// one of a table and a query. Fails with one message naming the source and the problem.
Result<PgSource> pgSource(const std::string& source, const std::string& table, const std::string& query,
                          const std::string& geometry, const std::string& key);

/// The layer's name for people: the table, or "query".
std::string pgLayerLabel(const PgSource& source);

}  // namespace bashu
