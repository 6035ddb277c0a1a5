#pragma once
// A layer's filter for a PostGIS source, read as conditions on columns instead of passed on as
// SQL: `kind = 'urban' AND density >= 500`, `name IN ('成都', '重庆')`, `code IS NOT NULL`. Column
// names become quoted identifiers and values bound parameters, so no filter can run SQL of its own.
#include <string>

#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu {

/// A WHERE condition in SQL whose values are parameters $first, $first+1, ... (`params` gets them,
/// in order). An empty filter gives "TRUE". Fails naming the filter and the problem on anything
/// but conditions joined by AND: column (= <> != < <= > >=) value, column IN (values), column IS
/// [NOT] NULL, where a column is a name of the relation (bare or in double quotes) and a value a
/// number or a string in single quotes.
Result<std::string> pgFilterCondition(const std::string& filter, const PgRelation& relation, int first,
                                      PgParams& params);

}  // namespace bashu
