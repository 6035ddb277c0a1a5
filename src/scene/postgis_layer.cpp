#include "scene/postgis_layer.h"

#include <algorithm>

#include "postgis/pg_connection.h"
#include "postgis/pg_reader.h"
#include "postgis/pg_relation.h"
#include "postgis/pg_source.h"
#include "postgis/pg_values.h"

namespace bashu {

// The detail of a read of the whole layer: its extent over this many pixels.
constexpr double kWholeReadPixels = 4096.0;

PostgisFeed::PostgisFeed(const LayerSpec& spec) : spec_(spec) {}
PostgisFeed::~PostgisFeed() = default;

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

Result<Layer> PostgisFeed::read(const PostgisRead& read) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ok.error();
    PgReadRequest request;
    request.box = read.box;
    request.tolerance = read.tolerance;
    request.filter = spec_.filter;
    request.progress = read.progress;
    // A field the relation lacks is left for the style's own message ("no field ..."), as for files.
    if (read.fields) {
        request.fields.emplace();
        for (const std::string& name : *read.fields)
            if (relation_->field(name)) request.fields->push_back(name);
    }
    Result<Layer> layer = readPgFeatures(*connection_, *relation_, request);
    if (layer) layer->name = spec_.name;
    return layer;
}

Result<Extent> PostgisFeed::extent() {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ok.error();
    return pgExtent(*connection_, *relation_, spec_.filter);
}

Result<std::string> PostgisFeed::crs() {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ok.error();
    if (relation_->srid <= 0) return Error{spec_.source + ": " + relation_->label + " declares no SRID (0)"};
    return "EPSG:" + std::to_string(relation_->srid);
}

Result<std::vector<double>> PostgisFeed::values(const std::string& field) {
    const std::lock_guard lock(mutex_);
    if (Status ok = ready(); !ok) return ok.error();
    return readPgValues(*connection_, *relation_, field, spec_.filter);
}

void PostgisFeed::cancel() {
    const std::lock_guard lock(cancelMutex_);
    if (canceller_) canceller_();
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

Result<Layer> readPostgisLayer(const LayerSpec& spec, const std::optional<std::vector<std::string>>& fields,
                               const std::function<bool(size_t rows)>& progress,
                               std::shared_ptr<PostgisFeed>& feed) {
    feed = std::make_shared<PostgisFeed>(spec);
    Result<Extent> extent = feed->extent();
    if (!extent) return extent.error();
    PostgisRead read;
    read.fields = fields;
    if (!extent->empty()) read.tolerance = std::max(extent->width(), extent->height()) / kWholeReadPixels;
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

}  // namespace bashu
