#include "postgis/pg_search.h"

#include "core/ascii_case.h"
#include "postgis/pg_filter.h"

namespace bashu {

std::vector<std::string> pgSearchColumns(const PgRelation& relation) {
    std::vector<std::string> names, codes, text;
    for (const PgField& f : relation.fields) {
        if (f.type != FieldType::String) continue;
        text.push_back(f.name);
        const std::string lower = asciiLower(f.name);
        if (lower.starts_with("name"))
            names.push_back(f.name);
        else if (lower.find("code") != std::string::npos)
            codes.push_back(f.name);
    }
    // Names first: the first column is the label a hit is shown by.
    names.insert(names.end(), codes.begin(), codes.end());
    return names.empty() ? text : names;
}

namespace {

// The query as a LIKE pattern's literal part: its wildcards and the escape character escaped.
std::string likeLiteral(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

Result<std::vector<PgSearchHit>> searchPgFeatures(PgConnection& connection, const PgRelation& relation,
                                                  const std::string& filter, const std::string& query,
                                                  size_t limit) {
    std::string wanted = query;
    wanted.erase(0, wanted.find_first_not_of(' '));
    wanted.erase(wanted.find_last_not_of(' ') + 1);
    const std::vector<std::string> columns = pgSearchColumns(relation);
    std::vector<PgSearchHit> hits;
    if (wanted.empty() || columns.empty()) return hits;
    const std::string literal = likeLiteral(wanted);
    // $1 the query, $2 a prefix pattern, $3 an inside pattern, $4 the limit; the filter's after.
    PgParams params{wanted, literal + "%", "%" + literal + "%", std::to_string(limit)};
    Result<std::string> condition = pgFilterCondition(filter, relation, 5, params);
    if (!condition) return Error{connection.source().source + ": " + condition.error().message};
    std::string rank = "LEAST(", matches, label = "COALESCE(";
    for (size_t i = 0; i < columns.size(); ++i) {
        const std::string c = quoteIdentifier(columns[i]) + "::text";
        const std::string sep = i ? ", " : "";
        rank += sep + "CASE WHEN lower(" + c + ") = lower($1) THEN 0 WHEN " + c + " ILIKE $2 THEN 1 WHEN " +
                c + " ILIKE $3 THEN 2 END";
        matches += (i ? " OR " : "") + c + " ILIKE $3";
        label += sep + c;
    }
    rank += ")";
    label += ")";
    const std::string geometry = quoteIdentifier(relation.geometry);
    const std::string key = relation.key.empty() ? "NULL::text" : quoteIdentifier(relation.key) + "::text";
    const std::string sql = "SELECT " + label + ", " + key + ", (" + rank + ")::float8, ST_XMin(" + geometry +
                            ")::float8, ST_YMin(" + geometry + ")::float8, ST_XMax(" + geometry +
                            ")::float8, ST_YMax(" + geometry + ")::float8 FROM " + relation.from +
                            " WHERE (" + matches + ") AND " + geometry + " IS NOT NULL AND " + *condition +
                            " ORDER BY 3, length(" + label + "), 1 LIMIT $4::bigint";
    Result<PgRows> rows = connection.query(sql, params);
    if (!rows) return rows.error();
    for (int r = 0; r < rows->rows(); ++r) {
        PgSearchHit hit;
        hit.label = rows->isNull(r, 0) ? wanted : rows->text(r, 0);
        hit.key = rows->isNull(r, 1) ? "" : rows->text(r, 1);
        hit.keyColumn = relation.key;
        hit.rank = int(rows->number(r, 2));
        hit.box.include(rows->number(r, 3), rows->number(r, 4));
        hit.box.include(rows->number(r, 5), rows->number(r, 6));
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace bashu
