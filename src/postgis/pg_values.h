#pragma once
// A field's values over the whole of a PostGIS layer (its filter applied), not over the features
// a view has read: the classes of a streamed layer are computed from these, so a colour means the
// same in every part of the map and in every export. Bounded whatever the table's size: above a
// limit, the server sends the values at evenly spaced ranks instead of every value.
#include <cstddef>
#include <string>
#include <vector>

#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu {

/// The most values a field's classes are read from: 8 MB. Above it, a rank sample.
constexpr size_t kPgValuesLimit = 1'000'000;

struct PgValues {
    // Every non-null value (in the table's order), or, when the field has more than the limit,
    // the values at `limit` evenly spaced ranks in ascending order: ranks 1 and `total` (the least
    // and the greatest value) included, so every quantile break is within total / limit ranks of
    // the exact one and the extremes are exact.
    std::vector<double> values;
    size_t total = 0;  // the field's non-null values in the table (its filter applied)
    size_t nulls = 0;  // the rows where it is null: the legend's "no data
    bool sampled() const { return values.size() < total; }
};

/// The field's values as numbers, streamed from the server (8 bytes a row). Fails naming the
/// source when the field is not a numeric column of the relation.
Result<PgValues> readPgValues(PgConnection& connection, const PgRelation& relation, const std::string& field,
                              const std::string& filter, size_t limit = kPgValuesLimit);

/// The SQL of the rank sample (with the count as $1 and the limit as $2, the filter's values
/// after them): one sort on the server, percentile_disc at the ranks' fractions.
std::string pgRankSampleSql(const PgRelation& relation, const std::string& field,
                            const std::string& condition);

}  // namespace bashu
