#include "scene/postgis_layer.h"

#include <algorithm>

#include "core/data_path.h"
#include "core/feature_geometry.h"
#include "postgis/pg_connection.h"
#include "postgis/pg_filter.h"
#include "postgis/pg_overview.h"
#include "postgis/pg_reader.h"
#include "postgis/pg_relation.h"
#include "postgis/pg_search.h"
#include "postgis/pg_source.h"
#include "postgis/pg_values.h"

namespace bashu {

// A whole-extent read of a window draws the first overview level, of cells of two pixels.
static_assert(kPgOverviewFirstCells * 2 == int(kWholeReadCells));

PostgisFeed::PostgisFeed(const LayerSpec& spec) : spec_(spec) {}
PostgisFeed::~PostgisFeed() = default;

namespace {

// The layer named in a message of its connection ("PG:service=atlas: layer 'Hexagons': ..."):
// several layers may share one service.
Error ofLayer(const LayerSpec& spec, const Error& error) {
    // A connection naming a password is refused (pg_source.h) and never repeated.
    const std::string prefix = (namesPassword(spec.source) ? std::string("PG:...") : spec.source) + ": ";
    if (error.message.rfind(prefix, 0) == 0)
        return Error{prefix + "layer '" + spec.name + "': " + error.message.substr(prefix.size())};
    return Error{prefix + "layer '" + spec.name + "': " + error.message};
}

}  // namespace

Status PostgisFeed::ready() {
    if (connection_ && !connection_->reconnect()) connection_.reset();
    if (!connection_) {
        Result<PgSource> source =
            pgSource(spec_.source, spec_.sourceLayer, spec_.sql, spec_.geometryColumn, spec_.keyColumn);
        if (!source) return source.error();
        Result<PgConnection> opened = PgConnection::open(*source);
        if (!opened) return opened.error();
        connection_ = std::make_unique<PgConnection>(std::move(*opened));
        const std::lock_guard cancelLock(cancelMutex_);
        canceller_ = connection_->canceller();
    }
    if (!relation_) {
        Result<PgRelation> relation = describeRelation(*connection_);
        if (!relation) return relation.error();
        relation_ = std::make_unique<PgRelation>(std::move(*relation));
    }
    return Ok{};
}

const PgOverview* PostgisFeed::overview() {
    if (!spec_.filter.empty() || relation_->table.empty()) return nullptr;
    if (!overview_) {
        Result<PgOverviewLookup> found = findPgOverview(*connection_, *relation_);
        // An overview that cannot be read is no reason to fail: the table itself is read.
        overview_ = std::make_unique<PgOverviewLookup>(found ? std::move(*found) : PgOverviewLookup{});
        overviewNote_ = found ? overview_->stale : found.error().message + " (its overview is not used)";
    }
    return overview_->overview ? &*overview_->overview : nullptr;
}

Result<Layer> PostgisFeed::read(const PostgisRead& read) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    PgReadRequest request;
    request.box = read.box;
    request.tolerance = read.tolerance;
    request.cell = read.cell;
    request.grid = read.grid;
    request.filter = spec_.filter;
    request.progress = read.progress;
    if (!readBefore_) firstFields_ = read.fields;
    readBefore_ = true;
    const std::optional<std::vector<std::string>>& fields = read.fields ? read.fields : firstFields_;
    // A field the style names that the relation lacks: said with the relation's fields (the
    // layer read would hold only those the style asks for).
    if (fields) {
        request.fields.emplace();
        for (const std::string& name : *fields) {
            if (relation_->field(name)) {
                request.fields->push_back(name);
                continue;
            }
            std::string names;
            for (const PgField& f : relation_->fields) names += (names.empty() ? "" : ", ") + f.name;
            return ofLayer(
                spec_, Error{"no field '" + name + "' in " + relation_->label + " (fields: " + names + ")"});
        }
    }
    // Thinned to cells no finer than an overview level's: that level is read instead (the rows it
    // merged are counted as the read would have), as the server simplified it, to a quarter of a
    // cell.
    const PgOverview* levels = read.cell > 0 ? overview() : nullptr;
    const PgOverviewLevel* level =
        levels ? levels->levelFor(read.overviewCell > 0 ? read.overviewCell : read.cell) : nullptr;
    if (level) request.tolerance = 0.0;
    Result<Layer> layer = readPgFeatures(*connection_, level ? level->relation : *relation_, request);
    if (!layer) return ofLayer(spec_, layer.error());
    layer->name = spec_.name;
    if (level) layer->report.overviewCells = level->cells;
    if (level && !read.box)
        layer->report.merged += levels->sourceRows - std::min(levels->sourceRows, level->rows);
    if (!read.box && !overviewNote_.empty()) {
        layer->report.warn(overviewNote_);
        overviewNote_.clear();
    }
    return layer;
}

Result<Layer> PostgisFeed::featureAt(double x, double y, double radius) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    PgReadRequest request;
    request.filter = spec_.filter;
    request.at = PgReadRequest::Point{x, y, radius};
    Result<Layer> layer = readPgFeatures(*connection_, *relation_, request);
    if (!layer) return ofLayer(spec_, layer.error());
    layer->name = spec_.name;
    return layer;
}

Result<std::vector<TableSearchHit>> PostgisFeed::search(const std::string& query, size_t limit) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    Result<std::vector<PgSearchHit>> found =
        searchPgFeatures(*connection_, *relation_, spec_.filter, query, limit);
    if (!found) return ofLayer(spec_, found.error());
    std::vector<TableSearchHit> hits;
    for (PgSearchHit& hit : *found)
        hits.push_back(
            {std::move(hit.label), std::move(hit.key), std::move(hit.keyColumn), hit.rank, hit.box});
    return hits;
}

Result<Extent> PostgisFeed::extent() {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    if (const PgOverview* kept = overview()) return kept->extent;
    Result<Extent> extent = pgExtent(*connection_, *relation_, spec_.filter);
    if (!extent) return ofLayer(spec_, extent.error());
    return extent;
}

Result<std::string> PostgisFeed::crs() {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    if (relation_->srid <= 0) return ofLayer(spec_, Error{relation_->label + " declares no SRID (0)"});
    return "EPSG:" + std::to_string(relation_->srid);
}

Result<TableValues> PostgisFeed::values(const std::string& field, size_t limit) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    // The overview keeps each numeric column's values as this read would send them.
    if (const PgOverview* kept = limit == 0 ? overview() : nullptr) {
        Result<std::optional<PgValues>> values = readPgOverviewValues(*connection_, *kept, field);
        if (!values) return ofLayer(spec_, values.error());
        if (*values) return TableValues{std::move((*values)->values), (*values)->total, (*values)->nulls};
    }
    Result<PgValues> values =
        readPgValues(*connection_, *relation_, field, spec_.filter, limit ? limit : kPgValuesLimit);
    if (!values) return ofLayer(spec_, values.error());
    return TableValues{std::move(values->values), values->total, values->nulls};
}

Status PostgisFeed::check() {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ofLayer(spec_, ok.error());
    PgParams params;
    if (Result<std::string> condition = pgFilterCondition(spec_.filter, *relation_, 1, params); !condition)
        return ofLayer(spec_, condition.error());
    return Ok{};
}

void PostgisFeed::cancel() {
    const std::lock_guard lock(cancelMutex_);
    if (canceller_) canceller_();
}

std::optional<CachedView> PostgisFeed::cachedView(const std::string& mapCrs, const Extent& view,
                                                  double unitsPerPixel) {
    const std::lock_guard lock(cacheMutex_);
    for (auto it = views_.begin(); it != views_.end(); ++it) {
        const Extent& box = it->box;
        const bool holds =
            view.minX >= box.minX && view.maxX <= box.maxX && view.minY >= box.minY && view.maxY <= box.maxY;
        const bool detailed = it->detail <= unitsPerPixel * 2.0 && it->detail >= unitsPerPixel / 4;
        if (it->mapCrs != mapCrs || !holds || !detailed) continue;
        std::rotate(views_.begin(), it, it + 1);  // the most recently used first
        ++viewHits_;
        return views_.front();
    }
    return std::nullopt;
}

void PostgisFeed::rememberView(CachedView view) {
    const std::lock_guard lock(cacheMutex_);
    views_.insert(views_.begin(), std::move(view));
    size_t features = 0, kept = 0;
    for (const CachedView& v : views_) {
        if (kept == kCachedViews || (kept > 0 && features + v.data.featureCount() > kCachedViewFeatures))
            break;
        features += v.data.featureCount();
        ++kept;
    }
    views_.resize(kept);
}

size_t PostgisFeed::cachedViewHits() const {
    const std::lock_guard lock(cacheMutex_);
    return viewHits_;
}

Result<std::vector<PostgisTable>> listPostgisTables(const std::string& source) {
    Result<PgSource> connection = pgConnectionSource(source);
    if (!connection) return connection.error();
    Result<PgConnection> opened = PgConnection::open(*connection);
    if (!opened) return opened.error();
    Result<std::vector<PgGeometryTable>> tables = listGeometryTables(*opened);
    if (!tables) return tables.error();
    std::vector<PostgisTable> listed;
    for (const PgGeometryTable& t : *tables)
        listed.push_back(
            {t.name(), t.geometry,
             t.geometry + ": " + t.type + (t.srid > 0 ? ", EPSG:" + std::to_string(t.srid) : ", no SRID")});
    return listed;
}

Result<PostgisOverviewSummary> buildPostgisOverview(const std::string& source, const std::string& table,
                                                    const std::function<void(const std::string&)>& progress) {
    Result<PgSource> checked = pgSource(source, table, "", "", "");
    if (!checked) return checked.error();
    Result<PgConnection> connection = PgConnection::open(*checked, 0);
    if (!connection) return connection.error();
    Result<PgRelation> relation = describeRelation(*connection);
    if (!relation) return relation.error();
    Result<PgOverviewBuilt> built = buildPgOverview(*connection, *relation, progress);
    if (!built) return built.error();
    PostgisOverviewSummary summary;
    summary.tableRows = built->sourceRows;
    summary.firstCells = kPgOverviewFirstCells;
    for (const PgOverviewLevel& level : built->levels) summary.levels.emplace_back(level.cells, level.rows);
    summary.fields = built->fields;
    return summary;
}

Result<Layer> readPostgisLayer(const LayerSpec& spec, const std::optional<std::vector<std::string>>& fields,
                               const std::function<bool(size_t rows)>& progress,
                               std::shared_ptr<PostgisFeed>& feed, bool exact) {
    feed = std::make_shared<PostgisFeed>(spec);
    Result<Extent> extent = feed->extent();
    if (!extent) return extent.error();
    PostgisRead read;
    read.fields = fields;
    if (!extent->empty()) {
        const double size = std::max(extent->width(), extent->height());
        read.tolerance = size / kWholeReadPixels;
        read.cell = size / kWholeReadCells;
        read.overviewCell = exact ? read.cell : 2 * read.cell;
        read.grid = *extent;
    }
    bool cancelled = false;
    if (progress)
        read.progress = [&](size_t rows) {
            cancelled = !progress(rows);
            return !cancelled;
        };
    Result<Layer> layer = feed->read(read);
    if (!layer) return cancelled ? Error{"loading cancelled"} : layer.error();
    return layer;
}

namespace {
// How far two edges may be apart and count as one: squares computed from their grid's origin
// and cell size differ from their neighbours' edges in the last bits.
double edgeSlack(const Extent& e) { return 1e-7 * std::max(e.width(), e.height()); }

// Whether a feature with box `e` lies clear of `box`, or only touches it.
bool clearOf(const Extent& e, const Extent& box) {
    const double slack = edgeSlack(e);
    return e.maxX <= box.minX + slack || e.minX >= box.maxX - slack || e.maxY <= box.minY + slack ||
           e.minY >= box.maxY - slack;
}
}  // namespace

Extent boxHoldingCellSquares(const GeometryColumn& firstRead, const Extent& box) {
    Extent grown = box;
    // A square taken in may bring the box's corner across another: again until none is (a few
    // rounds: each takes in one row or column of squares at most on each side).
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t f = 0; f < firstRead.featureCount(); ++f) {
            const Extent e = firstRead.featureExtent(f);
            if (e.empty() || clearOf(e, grown)) continue;
            const double slack = edgeSlack(e);
            const bool inside = e.minX >= grown.minX - slack && e.maxX <= grown.maxX + slack &&
                                e.minY >= grown.minY - slack && e.maxY <= grown.maxY + slack;
            if (inside || !isUprightRectangle(firstRead, f)) continue;
            grown.include(e.minX, e.minY);
            grown.include(e.maxX, e.maxY);
            changed = true;
        }
    }
    return grown;
}

std::vector<size_t> backdropOutside(const GeometryColumn& firstRead, const Extent& box) {
    std::vector<size_t> outside;
    for (size_t f = 0; f < firstRead.featureCount(); ++f)
        if (const Extent e = firstRead.featureExtent(f); !e.empty() && clearOf(e, box)) outside.push_back(f);
    return outside;
}

}  // namespace bashu
