#pragma once
// Overviews of a big PostGIS table, built once by its operator (`bashu overview`) and kept in the
// database beside it, as raster overviews are: per level, one row per cell of a grid over the
// table's extent (of the features no bigger than a cell, the first by key, a polygon drawn as its
// cell's square, as a read thinned on this side draws it), the features bigger than a cell as
// they are, simplified to a quarter of a cell; and each numeric column's values (or their rank
// sample, pg_values.h). A whole-extent read and the classes read these instead of every row: at
// 10^7 rows, one pass over the table takes seconds before anything can be drawn.
//
// Each overview is stamped with the table's storage and its counts of rows inserted, updated and
// deleted (the server's statistics): one built before the table last changed is not used, and
// says so.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/extent.h"
#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"
#include "postgis/pg_values.h"

namespace bashu {

/// The first (coarsest) level's cells across the longer side of the table's extent: half the
/// first read's grid (scene/postgis_layer.h), cells of up to two pixels, which a window's view
/// may show (as it shows the first read's until the view is finer than half of them), so the
/// first frame reads the fewest rows; the next level is the first read's grid itself.
constexpr int kPgOverviewFirstCells = 512;

struct PgOverviewLevel {
    int cells = 0;        // across the longer side of the extent
    double cell = 0.0;    // a cell's side, in the table's units
    size_t rows = 0;      // the level's rows
    PgRelation relation;  // the level's table: the table's columns, geometry and key
};

struct PgOverview {
    Extent extent;                        // the table's, exact, when it was built
    size_t sourceRows = 0;                // the table's rows then
    std::string built;                    // when, as the server writes a timestamp
    std::vector<PgOverviewLevel> levels;  // coarsest first; none for a table too small to need one
    std::string valuesFrom;               // the values' table, quoted

    /// The coarsest level whose cells are no bigger than `cell`: a read thinned to `cell` reads
    /// it instead of the table, and draws the same. None when every level is coarser.
    const PgOverviewLevel* levelFor(double cell) const;
};

/// A table's overview, when it has one: `stale` says why one that exists is not used.
struct PgOverviewLookup {
    std::optional<PgOverview> overview;
    std::string stale;
};

/// The overview of a table (a query or a view has none), if one was built since the table last
/// changed and the session's user may read it.
Result<PgOverviewLookup> findPgOverview(PgConnection& connection, const PgRelation& relation);

/// What buildPgOverview made.
struct PgOverviewBuilt {
    size_t sourceRows = 0;
    std::vector<PgOverviewLevel> levels;
    std::vector<std::string> fields;  // the numeric columns whose values it keeps
};

/// Builds the table's overview (replacing one built before) beside it: "<table>__overview" (the
/// stamp, the extent, the levels), "<table>__overview_values" and "<table>__overview_<cells>" for
/// levels of 512, 1024, 2048, ... cells across while a level saves at least half the rows. Those
/// who may read the table may read them. `progress` is told each step. Needs the right to create
/// tables in the table's schema; fails naming the source and what the server said.
Result<PgOverviewBuilt> buildPgOverview(PgConnection& connection, const PgRelation& relation,
                                        const std::function<void(const std::string&)>& progress = {});

/// A numeric column's values as the overview keeps them; none when it keeps none of that column.
Result<std::optional<PgValues>> readPgOverviewValues(PgConnection& connection, const PgOverview& overview,
                                                     const std::string& field);

}  // namespace bashu
