#include "postgis/pg_relation.h"

#include <algorithm>
#include <set>

#include "core/ascii_case.h"

namespace bashu {

const PgField* PgRelation::field(const std::string& name) const {
    for (const PgField& f : fields)
        if (f.name == name) return &f;
    return nullptr;
}

namespace {

// How a column's type is read: a number, text, the geometry, or not at all (binary, arrays of
// geometry, ...).
enum class ColumnUse { Number, Integer, Text, Geometry, Skip };

ColumnUse useOf(const std::string& type) {
    static const std::set<std::string> integers = {"int2", "int4", "int8", "oid"};
    static const std::set<std::string> reals = {"float4", "float8", "numeric", "money"};
    static const std::set<std::string> skipped = {"bytea", "geography", "raster",
                                                  "box2d", "box3d",     "tsvector"};
    if (type == "geometry") return ColumnUse::Geometry;
    if (integers.count(type)) return ColumnUse::Integer;
    if (reals.count(type)) return ColumnUse::Number;
    if (skipped.count(type) || type.front() == '_') return ColumnUse::Skip;  // '_int4': an array
    return ColumnUse::Text;
}

std::optional<GeometryKind> kindOfType(std::string type) {
    type = asciiLower(type);
    if (type.find("polygon") != std::string::npos || type.find("surface") != std::string::npos)
        return GeometryKind::Polygon;
    if (type.find("linestring") != std::string::npos || type.find("curve") != std::string::npos)
        return GeometryKind::Line;
    if (type.find("point") != std::string::npos) return GeometryKind::Point;
    return std::nullopt;
}

struct Column {
    std::string name, type;
};

// Puts the columns into the relation: the geometry (the one named, or the only one), the key,
// the fields.
Status assignColumns(const PgSource& source, const std::vector<Column>& columns, PgRelation& relation) {
    std::vector<std::string> geometries;
    for (const Column& c : columns)
        if (useOf(c.type) == ColumnUse::Geometry) geometries.push_back(c.name);
    if (!source.geometry.empty()) {
        if (std::find(geometries.begin(), geometries.end(), source.geometry) == geometries.end())
            return Error{source.source + ": " + relation.label + " has no geometry column '" +
                         source.geometry + "'" +
                         (geometries.empty() ? std::string(" (it has none)")
                                             : " (it has '" + geometries.front() + "')")};
        relation.geometry = source.geometry;
    } else if (geometries.size() == 1) {
        relation.geometry = geometries.front();
    } else if (geometries.empty()) {
        return Error{source.source + ": " + relation.label + " has no geometry column: nothing to draw"};
    } else {
        std::string names;
        for (const std::string& g : geometries) names += (names.empty() ? "'" : ", '") + g + "'";
        return Error{source.source + ": " + relation.label + " has " + std::to_string(geometries.size()) +
                     " geometry columns (" + names + "); name one with \"geometry_column\""};
    }
    for (const Column& c : columns) {
        const ColumnUse use = useOf(c.type);
        if (use == ColumnUse::Geometry || use == ColumnUse::Skip) continue;
        relation.fields.push_back({c.name, use == ColumnUse::Text      ? FieldType::String
                                           : use == ColumnUse::Integer ? FieldType::Integer
                                                                       : FieldType::Real});
    }
    if (!source.key.empty()) {
        const PgField* key = relation.field(source.key);
        if (!key)
            return Error{source.source + ": " + relation.label + " has no column '" + source.key +
                         "' for the key"};
        relation.key = source.key;
    }
    return Ok{};
}

Status describeTable(PgConnection& connection, PgRelation& relation) {
    const PgSource& source = connection.source();
    // The name as it is (a table in the search path, dots and all), else "schema.table".
    const size_t dot = source.table.find('.');
    const std::string schema = dot == std::string::npos ? "" : source.table.substr(0, dot);
    const std::string table = dot == std::string::npos ? "" : source.table.substr(dot + 1);
    Result<PgRows> found = connection.query(
        "SELECT c.oid::text, n.nspname, c.relname, c.relkind::text FROM pg_class c JOIN pg_namespace n ON "
        "n.oid = "
        "c.relnamespace "
        "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND "
        "((c.relname = $1 AND pg_table_is_visible(c.oid)) OR (n.nspname = $2 AND c.relname = $3)) "
        "ORDER BY (c.relname = $1 AND pg_table_is_visible(c.oid)) DESC LIMIT 1",
        {source.table, schema, table});
    if (!found) return found.error();
    if (found->rows() == 0)
        return Error{source.source + ": no table or view '" + source.table +
                     "' (or the user may not see it)"};
    const std::string oid = found->text(0, 0);
    relation.schema = found->text(0, 1);
    relation.table = found->text(0, 2);
    relation.stored = found->text(0, 3) != "v" && found->text(0, 3) != "f";
    relation.from = quoteIdentifier(relation.schema) + "." + quoteIdentifier(relation.table);
    Result<PgRows> privilege = connection.query("SELECT has_table_privilege($1::oid, 'SELECT')", {oid});
    if (!privilege) return privilege.error();
    if (privilege->text(0, 0) != std::string(1, '\x01'))
        return Error{source.source + ": the user may not read '" + source.table + "' (permission denied)"};
    Result<PgRows> columns = connection.query(
        "SELECT a.attname, t.typname, "
        "COALESCE(CASE WHEN t.typname = 'geometry' THEN postgis_typmod_srid(a.atttypmod) END, 0)::float8, "
        "COALESCE(CASE WHEN t.typname = 'geometry' THEN postgis_typmod_type(a.atttypmod) END, '') "
        "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        {oid});
    if (!columns) return columns.error();
    std::vector<Column> list;
    for (int r = 0; r < columns->rows(); ++r) list.push_back({columns->text(r, 0), columns->text(r, 1)});
    if (Status assigned = assignColumns(source, list, relation); !assigned) return assigned;
    for (int r = 0; r < columns->rows(); ++r)
        if (columns->text(r, 0) == relation.geometry) {
            relation.srid = int(columns->number(r, 2));
            relation.kind = kindOfType(columns->text(r, 3));
        }
    if (relation.key.empty()) {
        Result<PgRows> key = connection.query(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = "
            "i.indkey[0] "
            "WHERE i.indrelid = $1::oid AND i.indisprimary AND i.indnatts = 1",
            {oid});
        if (!key) return key.error();
        if (key->rows() == 1 && relation.field(key->text(0, 0))) relation.key = key->text(0, 0);
    }
    return Ok{};
}

Status describeQuery(PgConnection& connection, PgRelation& relation) {
    const PgSource& source = connection.source();
    // One statement, read as a subquery: a second statement, or anything but a query, is a syntax
    // error there, and the transaction is read-only whatever it calls.
    if (source.query.find('\0') != std::string::npos)
        return Error{source.source + ": the query holds a NUL byte"};
    // Named for what it is before the server's syntax error would: "DELETE ..." is no layer.
    const size_t start = std::min(source.query.find_first_not_of(" \t\r\n("), source.query.size());
    const std::string keyword = asciiLower(source.query.substr(start, 6));
    if (keyword != "select" && keyword.substr(0, 4) != "with" && keyword != "values")
        return Error{source.source +
                     ": a query layer is one SELECT (or WITH ... SELECT) returning a geometry column; "
                     "this one starts with \"" +
                     source.query.substr(start, 12) + "\""};
    relation.from = "(" + source.query + ") AS bashu_query";
    Result<PgRows> shape = connection.query("SELECT * FROM " + relation.from + " LIMIT 0");
    if (!shape) return Error{shape.error().message + " (in the layer's query)"};
    std::vector<Column> list;
    for (int c = 0; c < shape->columns(); ++c) {
        Result<PgRows> type = connection.query("SELECT typname FROM pg_type WHERE oid = $1::oid",
                                               {std::to_string(shape->columnType(c))});
        if (!type) return type.error();
        list.push_back({shape->columnName(c), type->rows() ? type->text(0, 0) : "unknown"});
    }
    if (Status assigned = assignColumns(source, list, relation); !assigned) return assigned;
    Result<PgRows> first =
        connection.query("SELECT ST_SRID(" + quoteIdentifier(relation.geometry) +
                         ")::float8, "
                         "GeometryType(" +
                         quoteIdentifier(relation.geometry) + ") FROM " + relation.from + " WHERE " +
                         quoteIdentifier(relation.geometry) + " IS NOT NULL LIMIT 1");
    if (!first) return first.error();
    if (first->rows()) relation.srid = int(first->number(0, 0));
    return Ok{};
}

}  // namespace

Result<std::vector<PgGeometryTable>> listGeometryTables(PgConnection& connection) {
    Result<PgRows> rows = connection.query(
        "SELECT f_table_schema::text, f_table_name::text, f_geometry_column::text, type::text, srid::float8 "
        "FROM geometry_columns WHERE has_table_privilege(format('%I.%I', f_table_schema, f_table_name), "
        "'SELECT') "
        // A table's overview levels (pg_overview.h) are the tool's, not layers of their own.
        "AND f_table_name::text !~ '__overview_[0-9]+$' "
        "ORDER BY 1, 2, 3");
    if (!rows) return rows.error();
    std::vector<PgGeometryTable> tables;
    for (int r = 0; r < rows->rows(); ++r)
        tables.push_back({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3),
                          int(rows->number(r, 4))});
    return tables;
}

Result<PgRelation> describeRelation(PgConnection& connection) {
    PgRelation relation;
    relation.label = pgLayerLabel(connection.source());
    Status described = connection.source().query.empty() ? describeTable(connection, relation)
                                                         : describeQuery(connection, relation);
    if (!described) return described.error();
    return relation;
}

}  // namespace bashu
