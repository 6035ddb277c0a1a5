#pragma once
// A document's layer whose source is a PostGIS connection (postgis module), read for what a view
// shows instead of whole: its session and relation kept between reads (PostgisFeed), the features
// of a box around the view at the detail of its pixels, classes over the whole table.
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/extent.h"
#include "core/layer.h"
#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

class PgConnection;
struct PgRelation;
struct PgOverview;
struct PgOverviewLookup;

/// What one read of a streamed layer asks for, in the layer's own CRS.
struct PostgisRead {
    std::optional<Extent> box;  // none: every feature
    double tolerance = 0.0;     // simplification on the server (about a pixel); 0: as stored
    // Features smaller than a cell of a grid over `grid` kept one per cell (postgis/pg_reader.h):
    // as many features held as the grid has cells, whatever the table's size. 0: all of them.
    double cell = 0.0;
    Extent grid;
    // The coarsest cell of a table's overview level (postgis/pg_overview.h) the read may be drawn
    // from instead: a window's view, twice its pixel (the rule of needsStreamedRead); an export,
    // its pixel. 0: `cell`.
    double overviewCell = 0.0;
    // The fields read besides the key; none: all of them. A read that names none takes those its
    // feed's first read named: an export's views read only its styled fields, as its first read did.
    std::optional<std::vector<std::string>> fields;
    std::function<bool(size_t rows)> progress;  // false cancels
};

/// A numeric field's values over a whole table, or above a limit (postgis/pg_values.h: 10^6) a
/// sample of them at evenly spaced ranks, ascending, the least and the greatest included.
struct TableValues {
    std::vector<double> values;
    size_t total = 0;  // the field's values in the table
    size_t nulls = 0;  // the rows where the field is null
    bool sampled() const { return values.size() < total; }
};

/// A feature of a PostGIS layer's table found by name or code (postgis/pg_search.h).
struct TableSearchHit {
    std::string label, key;  // its name, and its key's value as text (empty: no key)
    std::string keyColumn;   // the table's key column
    int rank = 0;            // 0 exact, 1 prefix, 2 inside
    Extent box;              // its geometry's box, in the layer's CRS (the map's, from searchStreamedLayer)
};

/// A view's features as the server sent them (before the first read is drawn around them), kept
/// so that going back to a view draws it without asking the server again.
struct CachedView {
    std::string mapCrs;
    Extent box;         // the part read, in the map's CRS (the view and the margin around it)
    Extent layerBox;    // the same in the layer's CRS: what the server was asked for
    double detail = 0;  // map units a cell of its read (readStreamedView's cellPixels pixels)
    Layer data;
};

/// The box a view's read asks for, in the layer's CRS: `box` grown until no cell square of the
/// layer's first read (drawn for the features under a pixel, postgis/pg_reader.h) lies across
/// its edge. Each square it meets is then wholly inside, its features read for the view, and the
/// rest of the first read is drawn around the view (backdropOutside) without a gap. Squares
/// that share an edge with the box, to rounding, are not across it.
Extent boxHoldingCellSquares(const GeometryColumn& firstRead, const Extent& box);

/// The features of a layer's first read drawn around a view's read for `box` (both in the layer's
/// CRS): those clear of the box or touching it (to rounding); those meeting it are among the
/// view's features, in detail.
std::vector<size_t> backdropOutside(const GeometryColumn& firstRead, const Extent& box);

/// The most features the views kept hold together (about 120 MB of hexagons: the window's view with
/// its margin holds at most 5·10^5, ui/layer_streaming.cpp), and the most views.
constexpr size_t kCachedViewFeatures = 600'000;
constexpr size_t kCachedViews = 16;

/// The session of one PostGIS layer, shared by its reads on any thread (one at a time): opened on
/// the first read, opened again after the server dropped it, the relation described once.
class PostgisFeed {
public:
    explicit PostgisFeed(const LayerSpec& spec);
    ~PostgisFeed();

    /// The layer's features for `read`, named as the spec names the layer.
    Result<Layer> read(const PostgisRead& read);
    /// The box of all its features (its filter applied), in its own CRS, and that CRS.
    Result<Extent> extent();
    Result<std::string> crs();
    /// A numeric field's values over the whole table (its filter applied): its classes. Above
    /// `limit` values (0: the postgis module's), a sample of them.
    Result<TableValues> values(const std::string& field, size_t limit = 0);
    /// The feature of the table at a point of its CRS (within `radius` of it; 0: a polygon
    /// containing it), with all its fields, as stored: none when there is none.
    Result<Layer> featureAt(double x, double y, double radius);
    /// Features whose names or codes match `query`, best first, at most `limit`.
    Result<std::vector<TableSearchHit>> search(const std::string& query, size_t limit);
    /// Connects, describes the relation (a query layer's query is run for its columns) and reads
    /// the filter against its columns: what adding the layer would fail on, said before it is
    /// added.
    Status check();
    /// Stops the statement running now, from any thread.
    void cancel();

    /// A view read before that serves `view` at `unitsPerPixel` as a read for it would: it holds
    /// the view, at a detail of at most twice the pixel (the rule of needsStreamedRead) and not
    /// finer than a quarter of it. The most recently used first; none when no view read fits.
    std::optional<CachedView> cachedView(const std::string& mapCrs, const Extent& view, double unitsPerPixel);
    /// Keeps a view read, dropping the least recently used ones beyond the bounds above.
    void rememberView(CachedView view);
    size_t cachedViewHits() const;

private:
    Status ready();  // the session open and the relation described
    // The table's overview (pg_overview.h), looked up once a session: none for a query, a view, a
    // filtered layer, or one built before the table last changed (overviewNote_ says so).
    const PgOverview* overview();

    LayerSpec spec_;
    std::mutex mutex_;
    std::unique_ptr<PgConnection> connection_;
    std::unique_ptr<PgRelation> relation_;
    std::unique_ptr<PgOverviewLookup> overview_;
    std::string overviewNote_;                             // said once, with the first whole read
    bool readBefore_ = false;                              // a read has come through already
    std::optional<std::vector<std::string>> firstFields_;  // the first read's `fields`
    std::mutex cancelMutex_;
    std::function<void()> canceller_;
    mutable std::mutex cacheMutex_;
    std::vector<CachedView> views_;  // the most recently used first
    size_t viewHits_ = 0;
};

/// A table (or view) with geometry the connection's user may read: its name as a layer's
/// "source_layer" gives it, and what it holds ("geom: MULTIPOLYGON, EPSG:4326").
struct PostgisTable {
    std::string name, geometryColumn, description;
};

/// The tables a connection ("PG:service=atlas") offers, for the window's dialog and `bashu info`.
Result<std::vector<PostgisTable>> listPostgisTables(const std::string& source);

/// What `bashu overview` built for a table (pg_overview.h): its rows, each level's cells across
/// and rows, the numeric columns whose values it keeps.
struct PostgisOverviewSummary {
    size_t tableRows = 0;
    int firstCells = 0;  // the first level's cells across, built or not
    std::vector<std::pair<int, size_t>> levels;
    std::vector<std::string> fields;
};

/// Builds (again) the overview of `table` of a connection ("PG:service=atlas"), with no statement
/// timeout, telling `progress` each step: for operators, who may create tables beside it.
Result<PostgisOverviewSummary> buildPostgisOverview(const std::string& source, const std::string& table,
                                                    const std::function<void(const std::string&)>& progress);

/// The detail of the first read of a whole layer: simplified to a 4096th of its extent (finer
/// than any first view's pixels), features smaller than a 1024th kept one per cell of that grid
/// (a million cells, so memory stays bounded whatever the table's size).
constexpr double kWholeReadPixels = 4096.0;
constexpr double kWholeReadCells = 1024.0;

/// The layer read once, whole, for a map that has no view yet, at the detail above: from an
/// overview level of cells up to two of the grid's (a window's first frame), or with `exact` (an
/// export's, which reads its own part at its pixels next) up to one. `feed` is kept for the reads
/// of later views.
Result<Layer> readPostgisLayer(const LayerSpec& spec, const std::optional<std::vector<std::string>>& fields,
                               const std::function<bool(size_t rows)>& progress,
                               std::shared_ptr<PostgisFeed>& feed, bool exact = false);

}  // namespace bashu
