#pragma once
// What a PostGIS layer reads from: the relation (a table or view found by name, or a query),
// its geometry column with its SRID and type, its key, and its other columns as fields.
#include <optional>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/geometry.h"
#include "core/result.h"
#include "postgis/pg_connection.h"

namespace bashu {

struct PgField {
    std::string name;
    FieldType type = FieldType::String;
};

struct PgRelation {
    std::string from;           // the FROM item: a quoted "schema"."table", or "(query) AS bashu_query"
    std::string label;          // for messages: the table as named, or "query"
    std::string schema, table;  // a table's (or view's) own names; empty for a query
    bool stored = false;        // a table (or materialized view) whose rows the server stores
    std::string geometry;       // the geometry column
    int srid = 0;               // of the geometry column (0: none declared nor found)
    std::optional<GeometryKind> kind;  // declared by the column's type; none: mixed or unknown
    std::string key;                   // a unique column, or empty
    std::vector<PgField> fields;       // the columns read as attributes (not the geometry)

    const PgField* field(const std::string& name) const;
};

/// A table or view with geometry that the user may read, as geometry_columns lists it.
struct PgGeometryTable {
    std::string schema, table, geometry, type;
    int srid = 0;
    std::string name() const { return schema == "public" ? table : schema + "." + table; }
};

/// The tables and views with a geometry column the session's user may read, by schema and name.
Result<std::vector<PgGeometryTable>> listGeometryTables(PgConnection& connection);

/// The relation the source names, looked up with bound parameters (a name is never SQL). Fails
/// naming the source when the table is not found, the user may not read it, it has no geometry
/// column (or several and none is named), or the query is not a single read-only SELECT.
Result<PgRelation> describeRelation(PgConnection& connection);

}  // namespace bashu
