#include "postgis/pg_source.h"

#include <libpq-fe.h>

#include <memory>

#include "core/data_path.h"

namespace bashu {

bool isPgSource(std::string_view source) { return isDatabasePath(source); }

Result<PgSource> pgConnectionSource(const std::string& source) {
    if (!isPgSource(source)) return Error{source + ": not a PostGIS connection (\"PG:service=...\")"};
    PgSource pg{source, source.substr(3), "", "", "", ""};
    char* parseError = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(pg.conninfo.c_str(), &parseError), &PQconninfoFree);
    if (!options) {
        std::string reason = parseError ? parseError : "cannot be read";
        PQfreemem(parseError);
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
        // libpq's reason names the keyword it stumbled on, never a value.
        return Error{"PG:...: the connection is not one libpq reads (" + reason + ")"};
    }
    for (const PQconninfoOption* option = options.get(); option->keyword; ++option)
        if (option->val && std::string_view(option->keyword) == "password")
            return Error{
                "PG:...: a password does not belong in the connection (it would be written into the "
                "document); put it in ~/.pgpass, a service file (PGSERVICEFILE) or PGPASSWORD"};
    return pg;
}

Result<PgSource> pgSource(const std::string& source, const std::string& table, const std::string& query,
                          const std::string& geometry, const std::string& key) {
    Result<PgSource> connection = pgConnectionSource(source);
    if (!connection) return connection;
    PgSource pg = std::move(*connection);
    pg.table = table;
    pg.query = query;
    pg.geometry = geometry;
    pg.key = key;
    if (table.empty() == query.empty())
        return Error{source + ": name either a table (\"source_layer\") or a query (\"sql\"), not " +
                     (table.empty() ? std::string("neither") : std::string("both"))};
    return pg;
}

std::string pgLayerLabel(const PgSource& source) { return source.table.empty() ? "query" : source.table; }

}  // namespace bashu
