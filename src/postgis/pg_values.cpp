#include "postgis/pg_values.h"

#include <algorithm>

#include "postgis/pg_filter.h"

namespace bashu {

std::string pgRankSampleSql(const PgRelation& relation, const std::string& field,
                            const std::string& condition) {
    const std::string name = quoteIdentifier(field);
    // Rank r of n is asked for as the fraction (r - 1/2) / n: percentile_disc gives the value at
    // rank ceil(f * n) = r, clear of rounding either way. Halves round up (round() would take
    // them to even).
    return "SELECT unnest(percentile_disc(ARRAY(SELECT (1 + floor((g - 1)::float8 * ($1::float8 - 1) / "
           "($2::float8 - 1) + 0.5) - 0.5) / $1::float8 FROM generate_series(1, $2::int) g)) WITHIN GROUP "
           "(ORDER "
           "BY " +
           name + "::float8)) FROM " + relation.from + " WHERE " + name + " IS NOT NULL AND " + condition;
}

Result<PgValues> readPgValues(PgConnection& connection, const PgRelation& relation, const std::string& field,
                              const std::string& filter, size_t limit) {
    const PgSource& source = connection.source();
    const PgField* column = relation.field(field);
    if (!column) return Error{source.source + ": " + relation.label + " has no column '" + field + "'"};
    if (column->type == FieldType::String)
        return Error{source.source + ": " + relation.label + ": '" + field + "' is text, not numbers"};
    limit = std::max<size_t>(limit, 2);
    const std::string name = quoteIdentifier(field);
    // Every row's value, up to one more than the limit: a table within it costs one pass, no
    // count (nulls are counted, for the legend's "no data").
    PgParams params{std::to_string(limit + 1)};
    Result<std::string> condition = pgFilterCondition(filter, relation, 2, params);
    if (!condition) return Error{source.source + ": " + condition.error().message};
    PgValues read;
    Status streamed = connection.stream(
        "SELECT " + name + "::float8 FROM " + relation.from + " WHERE " + *condition + " LIMIT $1::bigint",
        params, [&](const PgRow& row) {
            if (row.isNull(0))
                ++read.nulls;
            else
                read.values.push_back(row.number(0));
            return true;
        });
    if (!streamed) return streamed.error();
    read.total = read.values.size();
    if (read.total + read.nulls <= limit) return read;

    // More than the limit: counted, then sampled at evenly spaced ranks in one sort.
    read.values.clear();
    read.values.shrink_to_fit();
    PgParams countParams;
    Result<std::string> counted = pgFilterCondition(filter, relation, 1, countParams);
    if (!counted) return Error{source.source + ": " + counted.error().message};
    Result<PgRows> count = connection.query(
        "SELECT count(" + name + ")::float8, count(*)::float8 FROM " + relation.from + " WHERE " + *counted,
        countParams);
    if (!count) return count.error();
    read.total = size_t(count->number(0, 0));
    read.nulls = size_t(count->number(0, 1)) - read.total;
    if (read.total <= limit) {  // more rows than the limit, but not more values: every value
        read.values.reserve(read.total);
        PgParams allParams;
        Result<std::string> all = pgFilterCondition(filter, relation, 1, allParams);
        if (!all) return Error{source.source + ": " + all.error().message};
        streamed = connection.stream("SELECT " + name + "::float8 FROM " + relation.from + " WHERE " + name +
                                         " IS NOT NULL AND " + *all,
                                     allParams, [&](const PgRow& row) {
                                         read.values.push_back(row.number(0));
                                         return true;
                                     });
        if (!streamed) return streamed.error();
        return read;
    }
    PgParams sampleParams{std::to_string(read.total), std::to_string(limit)};
    Result<std::string> sampled = pgFilterCondition(filter, relation, 3, sampleParams);
    if (!sampled) return Error{source.source + ": " + sampled.error().message};
    read.values.reserve(limit);
    streamed =
        connection.stream(pgRankSampleSql(relation, field, *sampled), sampleParams, [&](const PgRow& row) {
            read.values.push_back(row.number(0));
            return true;
        });
    if (!streamed) return streamed.error();
    return read;
}

}  // namespace bashu
