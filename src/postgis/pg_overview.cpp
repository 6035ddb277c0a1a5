#include "postgis/pg_overview.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <sstream>

namespace bashu {

namespace {

// The longest name PostgreSQL keeps whole (NAMEDATALEN - 1 bytes): a longer one is cut, and two
// overviews' tables could then share a name.
constexpr size_t kLongestName = 63;

std::string partName(const std::string& table, const std::string& part) {
    return table + "__overview" + part;
}

std::string partFrom(const PgRelation& relation, const std::string& part) {
    return quoteIdentifier(relation.schema) + "." + quoteIdentifier(partName(relation.table, part));
}

// The table's storage and its counts of rows written: changed by any INSERT, UPDATE, DELETE,
// TRUNCATE or rewrite, and reset (so never equal again by chance) by a reset of the statistics.
Result<std::string> stampOf(PgConnection& connection, const PgRelation& relation) {
    Result<PgRows> rows = connection.query(
        "SELECT c.relfilenode::text || ' ' || COALESCE(s.n_tup_ins, 0) || ' ' || COALESCE(s.n_tup_upd, 0) || "
        "' ' || COALESCE(s.n_tup_del, 0) || ' ' || current_setting('track_counts') "
        "FROM pg_class c LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid "
        "WHERE c.oid = (quote_ident($1) || '.' || quote_ident($2))::regclass",
        {relation.schema, relation.table});
    if (!rows) return rows.error();
    if (rows->rows() != 1) return Error{connection.source().source + ": " + relation.label + " is gone"};
    return rows->text(0, 0);
}

// Whether the table has an overview (its metadata table, named after it).
Result<bool> overviewExists(PgConnection& connection, const PgRelation& relation) {
    Result<PgRows> rows =
        connection.query("SELECT to_regclass(quote_ident($1) || '.' || quote_ident($2)) IS NOT NULL",
                         {relation.schema, partName(relation.table, "")});
    if (!rows) return rows.error();
    return rows->text(0, 0) == std::string(1, '\x01');
}

// The level of `cells` across as a relation to read: the table's, under the level's name.
PgRelation levelRelation(const PgRelation& relation, int cells) {
    PgRelation level = relation;
    level.table = partName(relation.table, "_" + std::to_string(cells));
    level.from = partFrom(relation, "_" + std::to_string(cells));
    level.stored = true;  // a table this tool wrote, whatever the relation it was built from
    return level;
}

// The columns a level copies: the relation's fields (the key among them), then the geometry.
std::string columnList(const PgRelation& relation) {
    std::string list;
    for (const PgField& f : relation.fields) list += quoteIdentifier(f.name) + ", ";
    return list;
}

// One level's rows: of the features no bigger than a cell, the first by key in each cell (a
// polygon as the cell's square); the bigger ones as they are, simplified to a quarter of a cell.
// $1, $2: the extent's corner; $3: the cell.
std::string levelInsertSql(const PgRelation& relation, const std::string& level) {
    const std::string g = quoteIdentifier(relation.geometry), columns = columnList(relation);
    const std::string small = "ST_XMax(" + g + ") - ST_XMin(" + g + ") <= $3::float8 AND ST_YMax(" + g +
                              ") - ST_YMin(" + g + ") <= $3::float8";
    const std::string square =
        "ST_MakeEnvelope($1::float8 + bashu_cx * $3::float8, $2::float8 + bashu_cy * $3::float8, "
        "$1::float8 + (bashu_cx + 1) * $3::float8, $2::float8 + (bashu_cy + 1) * $3::float8, " +
        std::to_string(relation.srid) + ")";
    const std::string shape = "CASE GeometryType(bashu_g) WHEN 'POLYGON' THEN " + square +
                              " WHEN 'MULTIPOLYGON' THEN ST_Multi(" + square +
                              ") WHEN 'POINT' THEN bashu_g WHEN 'MULTIPOINT' THEN bashu_g "
                              "ELSE ST_Simplify(bashu_g, $3::float8 / 4, true) END";
    const std::string order = relation.key.empty() ? "" : ", " + quoteIdentifier(relation.key);
    return "INSERT INTO " + level + " (" + columns + g + ") SELECT " + columns + g +
           " FROM (SELECT DISTINCT ON "
           "(bashu_cx, bashu_cy) " +
           columns + shape + " AS " + g + " FROM (SELECT " + columns + g + " AS bashu_g, floor(((ST_XMin(" +
           g + ") + ST_XMax(" + g +
           ")) / 2 - $1::float8) / $3::float8) AS "
           "bashu_cx, floor(((ST_YMin(" +
           g + ") + ST_YMax(" + g +
           ")) / 2 - $2::float8) / $3::float8) AS "
           "bashu_cy FROM " +
           relation.from + " WHERE " + g + " IS NOT NULL AND " + small +
           ") AS cells ORDER BY bashu_cx, bashu_cy" + order + ") AS kept UNION ALL SELECT " + columns +
           "ST_Simplify(" + g + ", $3::float8 / 4, true) FROM " + relation.from + " WHERE " + g +
           " IS NOT NULL AND NOT (" + small + ")";
}

// A float8[] as the server sends it in binary (array_send): dimensions, element type, then each
// element's length and big-endian bytes. None when it is not a one-dimensional array of numbers
// without nulls.
std::optional<std::vector<double>> float8Array(const std::string& bytes) {
    size_t at = 0;
    auto next32 = [&](uint32_t& v) {
        if (at + 4 > bytes.size()) return false;
        v = 0;
        for (size_t i = 0; i < 4; ++i) v = (v << 8) | uint8_t(bytes[at + i]);
        at += 4;
        return true;
    };
    uint32_t dimensions = 0, hasNulls = 0, type = 0, count = 0, lower = 0;
    if (!next32(dimensions) || !next32(hasNulls) || !next32(type)) return std::nullopt;
    constexpr uint32_t kFloat8 = 701;
    if (dimensions == 0) return std::vector<double>();
    if (dimensions != 1 || hasNulls != 0 || type != kFloat8 || !next32(count) || !next32(lower))
        return std::nullopt;
    if (bytes.size() - at != size_t(count) * 12) return std::nullopt;
    std::vector<double> values(count);
    for (uint32_t i = 0; i < count; ++i) {
        uint32_t length = 0, high = 0, low = 0;
        if (!next32(length) || length != 8 || !next32(high) || !next32(low)) return std::nullopt;
        values[i] = std::bit_cast<double>((uint64_t(high) << 32) | low);
    }
    return values;
}

std::string arrayText(const std::vector<double>& values) {
    std::string text = "{";
    text.reserve(values.size() * 20 + 2);
    for (size_t i = 0; i < values.size(); ++i) {
        if (i) text += ',';
        text += pgNumber(values[i]);
    }
    return text + "}";
}

}  // namespace

const PgOverviewLevel* PgOverview::levelFor(double cell) const {
    const PgOverviewLevel* chosen = nullptr;
    for (const PgOverviewLevel& level : levels)
        if (level.cell <= cell * (1 + 1e-9) && (!chosen || level.cell > chosen->cell)) chosen = &level;
    return chosen;
}

Result<PgOverviewLookup> findPgOverview(PgConnection& connection, const PgRelation& relation) {
    PgOverviewLookup lookup;
    if (relation.table.empty()) return lookup;
    Result<bool> found = overviewExists(connection, relation);
    if (!found) return found.error();
    if (!*found) return lookup;
    const std::string meta = partFrom(relation, "");
    Result<PgRows> rows = connection.query(
        "SELECT stamp, built::text, min_x::float8, min_y::float8, max_x::float8, max_y::float8, "
        "source_rows::float8, array_to_string(levels, ' '), array_to_string(level_rows, ' '), "
        "has_table_privilege(quote_ident($1) || '.' || quote_ident($2), 'SELECT') "
        "FROM " +
            meta + " LIMIT 1",
        {relation.schema, partName(relation.table, "_values")});
    if (!rows) return rows.error();
    if (rows->rows() != 1) return lookup;
    Result<std::string> stamp = stampOf(connection, relation);
    if (!stamp) return stamp.error();
    PgOverview overview;
    overview.built = rows->text(0, 1);
    if (rows->text(0, 0) != *stamp) {
        lookup.stale =
            connection.source().source + ": " + relation.label + "'s overview (built " + overview.built +
            ") is older than the table's last change and is not used: `bashu overview` builds it again";
        return lookup;
    }
    if (rows->text(0, 9) != std::string(1, '\x01')) {
        lookup.stale = connection.source().source + ": the user may not read " + relation.label +
                       "'s overview, so every read is of the table";
        return lookup;
    }
    overview.extent.include(rows->number(0, 2), rows->number(0, 3));
    overview.extent.include(rows->number(0, 4), rows->number(0, 5));
    overview.sourceRows = size_t(rows->number(0, 6));
    overview.valuesFrom = partFrom(relation, "_values");
    const double size = std::max(overview.extent.width(), overview.extent.height());
    std::istringstream levels(rows->text(0, 7)), counts(rows->text(0, 8));
    PgOverviewLevel level;
    while (levels >> level.cells && counts >> level.rows && level.cells > 0) {
        level.cell = size / level.cells;
        level.relation = levelRelation(relation, level.cells);
        overview.levels.push_back(level);
    }
    lookup.overview = std::move(overview);
    return lookup;
}

Result<PgOverviewBuilt> buildPgOverview(PgConnection& connection, const PgRelation& relation,
                                        const std::function<void(const std::string&)>& progress) {
    const std::string& source = connection.source().source;
    auto say = [&](const std::string& step) {
        if (progress) progress(step);
    };
    if (relation.table.empty()) return Error{source + ": an overview is built for a table, not a query"};
    Result<PgRows> kind = connection.query(
        "SELECT relkind::text FROM pg_class WHERE oid = (quote_ident($1) || '.' || "
        "quote_ident($2))::regclass",
        {relation.schema, relation.table});
    if (!kind) return kind.error();
    if (kind->rows() != 1 || (kind->text(0, 0) != "r" && kind->text(0, 0) != "m"))
        return Error{source + ": " + relation.label +
                     " is a view (or a partitioned or foreign table): an overview is built for a table, "
                     "whose changes the server counts"};
    const std::string longest = partName(relation.table, "_values");
    if (longest.size() > kLongestName || partName(relation.table, "_65536").size() > kLongestName)
        return Error{source + ": " + relation.label + "'s name is too long for its overview's tables (" +
                     longest + " is over " + std::to_string(kLongestName) + " bytes)"};

    // The stamp first: a change made while the overview is built makes it stale, never unseen.
    Result<std::string> stamp = stampOf(connection, relation);
    if (!stamp) return stamp.error();
    // The old overview goes first, so no reader takes half of a new one for whole.
    std::vector<PgStatement> drops;
    Result<bool> found = overviewExists(connection, relation);
    if (!found) return found.error();
    if (*found) {
        Result<PgRows> old = connection.query("SELECT array_to_string(levels, ' ') FROM " +
                                              partFrom(relation, "") + " LIMIT 1");
        if (old && old->rows() == 1) {
            std::istringstream levels(old->text(0, 0));
            for (int cells = 0; levels >> cells;)
                drops.push_back(
                    {"DROP TABLE IF EXISTS " + partFrom(relation, "_" + std::to_string(cells)), {}});
        }
    }
    drops.insert(drops.begin(), {"DROP TABLE IF EXISTS " + partFrom(relation, ""), {}});
    drops.push_back({"DROP TABLE IF EXISTS " + partFrom(relation, "_values"), {}});
    if (Status dropped = connection.write(drops); !dropped) return dropped.error();

    say("reading the extent of " + relation.label);
    const std::string g = quoteIdentifier(relation.geometry);
    Result<PgRows> whole = connection.query(
        "SELECT ST_XMin(e)::float8, ST_YMin(e)::float8, ST_XMax(e)::float8, "
        "ST_YMax(e)::float8, n::float8 FROM (SELECT ST_Extent(" +
        g + ") AS e, count(*) AS n FROM " + relation.from + ") q");
    if (!whole) return whole.error();
    PgOverviewBuilt built;
    built.sourceRows = size_t(whole->number(0, 4));
    Extent extent;
    if (!whole->isNull(0, 0)) {
        extent.include(whole->number(0, 0), whole->number(0, 1));
        extent.include(whole->number(0, 2), whole->number(0, 3));
    }

    // Those who may read the table may read its overview.
    Result<PgRows> readers = connection.query(
        "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END "
        "FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
        "WHERE c.oid = (quote_ident($1) || '.' || quote_ident($2))::regclass AND a.privilege_type = 'SELECT'",
        {relation.schema, relation.table});
    if (!readers) return readers.error();
    auto grants = [&](const std::string& table) {
        std::vector<PgStatement> statements;
        for (int r = 0; r < readers->rows(); ++r)
            statements.push_back({"GRANT SELECT ON " + table + " TO " + readers->text(r, 0), {}});
        return statements;
    };

    const double size = std::max(extent.width(), extent.height());
    for (int cells = kPgOverviewFirstCells; !extent.empty() && size > 0 && cells <= 65536; cells *= 2) {
        const PgRelation levelRead = levelRelation(relation, cells);
        const std::string& level = levelRead.from;
        const double cell = size / cells;
        say("level of " + std::to_string(cells) + " cells across");
        // A level left by a build that stopped half way (its stamp never written) goes too.
        std::vector<PgStatement> statements = {
            {"DROP TABLE IF EXISTS " + level, {}},
            {"CREATE TABLE " + level + " AS SELECT " + columnList(relation) + g + " FROM " + relation.from +
                 " WITH NO DATA",
             {}},
            {levelInsertSql(relation, level), {pgNumber(extent.minX), pgNumber(extent.minY), pgNumber(cell)}},
            {"CREATE INDEX ON " + level + " USING gist (" + g + ")", {}},
        };
        for (PgStatement& grant : grants(level)) statements.push_back(std::move(grant));
        if (Status written = connection.write(statements); !written) return written.error();
        Result<PgRows> count = connection.query("SELECT count(*)::float8 FROM " + level);
        if (!count) return count.error();
        const size_t rows = size_t(count->number(0, 0));
        // A level keeping more than half the table saves too little to read it instead. (A level
        // keeping a third is worth it: at 10^7 hexagons, the level of 2048 cells keeps 30%, and
        // without it a window's view between the levels of 1024 cells and the table's hexagons
        // read up to 2.7M rows.)
        if (rows * 2 > built.sourceRows) {
            if (Status dropped = connection.write({{"DROP TABLE " + level, {}}}); !dropped)
                return dropped.error();
            break;
        }
        PgOverviewLevel kept;
        kept.cells = cells;
        kept.cell = cell;
        kept.rows = rows;
        kept.relation = levelRead;
        built.levels.push_back(std::move(kept));
    }

    const std::string values = partFrom(relation, "_values");
    std::vector<PgStatement> statements = {
        {"CREATE TABLE " + values + " (field text PRIMARY KEY, total bigint, nulls bigint, vals float8[])",
         {}}};
    for (const PgField& f : relation.fields) {
        if (f.type == FieldType::String) continue;
        say("values of " + f.name);
        Result<PgValues> read = readPgValues(connection, relation, f.name, "");
        if (!read) return read.error();
        statements.push_back(
            {"INSERT INTO " + values + " VALUES ($1, $2::bigint, $3::bigint, $4::float8[])",
             {f.name, std::to_string(read->total), std::to_string(read->nulls), arrayText(read->values)}});
        built.fields.push_back(f.name);
    }
    for (PgStatement& grant : grants(values)) statements.push_back(std::move(grant));
    const std::string meta = partFrom(relation, "");
    std::string levels = "{", counts = "{";
    for (const PgOverviewLevel& level : built.levels) {
        levels += (levels.size() > 1 ? "," : "") + std::to_string(level.cells);
        counts += (counts.size() > 1 ? "," : "") + std::to_string(level.rows);
    }
    statements.push_back({"CREATE TABLE " + meta +
                              " (stamp text, built timestamptz, min_x float8, min_y float8, max_x float8, "
                              "max_y float8, source_rows bigint, levels int[], level_rows bigint[])",
                          {}});
    statements.push_back(
        {"INSERT INTO " + meta +
             " VALUES ($1, now(), $2::float8, $3::float8, $4::float8, $5::float8, $6::bigint, "
             "$7::int[], $8::bigint[])",
         {*stamp, pgNumber(extent.minX), pgNumber(extent.minY), pgNumber(extent.maxX), pgNumber(extent.maxY),
          std::to_string(built.sourceRows), levels + "}", counts + "}"}});
    for (PgStatement& grant : grants(meta)) statements.push_back(std::move(grant));
    say("writing the values and the stamp");
    if (Status written = connection.write(statements); !written) return written.error();
    return built;
}

Result<std::optional<PgValues>> readPgOverviewValues(PgConnection& connection, const PgOverview& overview,
                                                     const std::string& field) {
    // The array whole, in one row (8 MB at most): a row per value would cost more than the values.
    Result<PgRows> row = connection.query(
        "SELECT total::float8, nulls::float8, vals FROM " + overview.valuesFrom + " WHERE field = $1",
        {field});
    if (!row) return row.error();
    if (row->rows() != 1 || row->isNull(0, 2)) return std::optional<PgValues>();
    PgValues values;
    values.total = size_t(row->number(0, 0));
    values.nulls = size_t(row->number(0, 1));
    std::optional<std::vector<double>> array = float8Array(row->text(0, 2));
    if (!array)
        return Error{connection.source().source + ": " + overview.valuesFrom +
                     " holds no list of numbers for '" + field + "' (built by another program?)"};
    values.values = std::move(*array);
    return std::optional<PgValues>(std::move(values));
}

}  // namespace bashu
