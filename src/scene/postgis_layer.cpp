#include "scene/postgis_layer.h"

#include "postgis/pg_connection.h"
#include "postgis/pg_reader.h"
#include "postgis/pg_relation.h"
#include "postgis/pg_source.h"

namespace bashu {

Result<Layer> readPostgisLayer(const LayerSpec& spec, const std::optional<std::vector<std::string>>& fields,
                               const std::function<bool(size_t rows)>& progress) {
    Result<PgSource> source =
        pgSource(spec.source, spec.sourceLayer, spec.sql, spec.geometryColumn, spec.keyColumn);
    if (!source) return source.error();
    Result<PgConnection> connection = PgConnection::open(*source);
    if (!connection) return connection.error();
    Result<PgRelation> relation = describeRelation(*connection);
    if (!relation) return relation.error();
    PgReadRequest request;
    request.filter = spec.filter;
    // A field the relation lacks is left for the style's own message ("no field ..."), as for files.
    if (fields) {
        request.fields.emplace();
        for (const std::string& name : *fields)
            if (relation->field(name)) request.fields->push_back(name);
    }
    bool cancelled = false;
    if (progress)
        request.progress = [&](size_t rows) {
            cancelled = !progress(rows);
            return !cancelled;
        };
    Result<Layer> layer = readPgFeatures(*connection, *relation, request);
    if (!layer) return cancelled ? Error{"loading cancelled"} : layer.error();
    return layer;
}

}  // namespace bashu
