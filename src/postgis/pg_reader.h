#pragma once
// Features of a PostGIS layer read into a core layer: those whose box meets a box (the view's;
// the whole table when none), their geometry simplified on the server to a tolerance (a pixel of
// the view), through the relation's spatial index. Rows are streamed, never held whole.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/extent.h"
#include "core/layer.h"
#include "core/result.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_relation.h"

namespace bashu {

struct PgReadRequest {
    std::optional<Extent> box;  // in the layer's own CRS (its SRID); none: every feature
    double tolerance = 0.0;     // simplification, in the layer's units; 0: as stored
    std::string filter;         // pg_filter.h
    // Only these fields (empty: all the relation's); the key is always read.
    std::optional<std::vector<std::string>> fields;
    // Features no bigger than a cell of a grid over `grid`, `cell` wide, kept one per cell (the
    // first whose box's centre falls in it), a polygon drawn as its cell: what a map shows of
    // features under its pixels, with no more of them held than the grid has cells whatever the
    // table's size (and, of features that do not overlap, as many again bigger than a cell).
    // 0: every feature as it is.
    double cell = 0.0;
    Extent grid;
    // The one feature at a point (within `radius` of it, layer units; 0 for polygons containing
    // it), the smallest where several are: what the window inspects, as stored, not simplified.
    struct Point {
        double x = 0, y = 0, radius = 0;
    };
    std::optional<Point> at;
    // Called every few thousand rows with the count so far; false cancels the read.
    std::function<bool(size_t rows)> progress;
};

/// The SQL and parameters a read sends (what the README shows operators, and tests check).
Result<PgStatement> pgReadStatement(const PgRelation& relation, const PgReadRequest& request);

/// The box of the layer's features in its own CRS: the planner's statistics of a table without a
/// filter (ST_EstimatedExtent: no pass over the rows), else ST_Extent over the rows the filter
/// keeps. Empty when there are none.
Result<Extent> pgExtent(PgConnection& connection, const PgRelation& relation, const std::string& filter);

/// Reads the features into a layer named for the relation, with the CRS of its SRID
/// ("EPSG:<srid>"; none, with the report saying why, for SRID 0). Fails with one message naming
/// the source on a server error, a filter it cannot read, or a cancelled read.
Result<Layer> readPgFeatures(PgConnection& connection, const PgRelation& relation,
                             const PgReadRequest& request);

}  // namespace bashu
