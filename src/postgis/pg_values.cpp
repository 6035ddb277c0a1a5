#include "postgis/pg_values.h"

#include "postgis/pg_filter.h"

namespace bashu {

Result<std::vector<double>> readPgValues(PgConnection& connection, const PgRelation& relation,
                                         const std::string& field, const std::string& filter) {
    const PgSource& source = connection.source();
    const PgField* column = relation.field(field);
    if (!column) return Error{source.source + ": " + relation.label + " has no column '" + field + "'"};
    if (column->type == FieldType::String)
        return Error{source.source + ": " + relation.label + ": '" + field + "' is text, not numbers"};
    PgParams params;
    Result<std::string> condition = pgFilterCondition(filter, relation, 1, params);
    if (!condition) return Error{source.source + ": " + condition.error().message};
    const std::string name = quoteIdentifier(field);
    const std::string sql = "SELECT " + name + "::float8 FROM " + relation.from + " WHERE " + name +
                            " IS NOT NULL AND " + *condition;
    std::vector<double> values;
    Status streamed = connection.stream(sql, params, [&](const PgRow& row) {
        values.push_back(row.number(0));
        return true;
    });
    if (!streamed) return streamed.error();
    return values;
}

}  // namespace bashu
