#pragma once
// A field's values over the whole of a PostGIS layer (its filter applied), not over the features
// a view has read: the classes of a streamed layer are computed from these, so a colour means the
// same in every part of the map and in every export.
#include <string>
#include <vector>

#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu {

/// The field's non-null values as numbers, one column streamed from the server (8 bytes a row).
/// Fails naming the source when the field is not a numeric column of the relation.
Result<std::vector<double>> readPgValues(PgConnection& connection, const PgRelation& relation,
                                         const std::string& field, const std::string& filter);

}  // namespace bashu
