#include "postgis/pg_reader.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <optional>
#include <span>

#include "io/kind_layers.h"
#include "io/layer_builder.h"
#include "io/wkb_feature.h"
#include "postgis/pg_filter.h"

namespace bashu {

namespace {

std::vector<const PgField*> fieldsRead(const PgRelation& relation, const PgReadRequest& request) {
    std::vector<const PgField*> fields;
    for (const PgField& f : relation.fields) {
        const bool wanted =
            !request.fields || f.name == relation.key ||
            std::find(request.fields->begin(), request.fields->end(), f.name) != request.fields->end();
        if (wanted) fields.push_back(&f);
    }
    return fields;
}

// The thinning grid of a read (PgReadRequest::cell): which cells hold a feature already.
class CellGrid {
public:
    CellGrid(const Extent& box, double cell) : box_(box), cell_(cell) {
        if (cell <= 0 || box.empty()) return;
        columns_ = size_t(std::ceil(box.width() / cell)) + 1;
        rows_ = size_t(std::ceil(box.height() / cell)) + 1;
        // A grid of more than 2^30 cells (128 MB of bits) is not one a view asks for.
        if (double(columns_) * double(rows_) > double(1u << 30)) columns_ = rows_ = 0;
        taken_.assign(columns_ * rows_, false);
    }
    bool active() const { return columns_ > 0; }
    double cell() const { return cell_; }
    /// The cell of a feature with this box, if it is no bigger than a cell and lies on the grid.
    std::optional<size_t> cellOf(double minX, double minY, double maxX, double maxY) const {
        if (!active() || maxX - minX > cell_ || maxY - minY > cell_) return std::nullopt;
        const double x = ((minX + maxX) / 2 - box_.minX) / cell_, y = ((minY + maxY) / 2 - box_.minY) / cell_;
        if (!(x >= 0 && y >= 0 && x < double(columns_) && y < double(rows_))) return std::nullopt;
        return size_t(y) * columns_ + size_t(x);
    }
    /// Takes the cell for its first feature: false when it has one already.
    bool take(size_t at) {
        if (taken_[at]) return false;
        taken_[at] = true;
        return true;
    }
    /// The cell's square as a WKB polygon (little-endian), drawn for the feature it kept.
    std::vector<uint8_t> square(size_t at) const {
        const size_t column = at % columns_, row = at / columns_;
        const double x0 = box_.minX + double(column) * cell_, y0 = box_.minY + double(row) * cell_;
        const double ring[5][2] = {
            {x0, y0}, {x0 + cell_, y0}, {x0 + cell_, y0 + cell_}, {x0, y0 + cell_}, {x0, y0}};
        std::vector<uint8_t> wkb{uint8_t(std::endian::native == std::endian::little ? 1 : 0)};
        auto put = [&](const void* value, size_t size) {
            const auto* bytes = static_cast<const uint8_t*>(value);
            wkb.insert(wkb.end(), bytes, bytes + size);
        };
        const uint32_t type = 3, rings = 1, points = 5;
        put(&type, 4);
        put(&rings, 4);
        put(&points, 4);
        put(ring, sizeof ring);
        return wkb;
    }

private:
    Extent box_;
    double cell_ = 0.0;
    size_t columns_ = 0, rows_ = 0;
    std::vector<bool> taken_;
};

}  // namespace

Result<PgStatement> pgReadStatement(const PgRelation& relation, const PgReadRequest& request) {
    PgStatement statement;
    const std::string geometry = quoteIdentifier(relation.geometry);
    std::string shape = geometry;
    if (request.tolerance > 0 && relation.kind != GeometryKind::Point) {
        statement.params.push_back(pgNumber(request.tolerance));
        // Douglas-Peucker keeping what collapses (a polygon smaller than the tolerance stays a
        // polygon, to be drawn as a dot). With it instead of ST_SimplifyPreserveTopology, and no
        // ORDER BY, the whole read of 10^6 hexagons took 4.1 s instead of 8.7 (bench/postgis.sh);
        // at under a pixel a ring crossing its neighbour's is not seen.
        shape = "ST_Simplify(" + geometry + ", $1::float8, true)";
    }
    std::string sql = "SELECT ST_AsBinary(" + shape + ")";
    for (const PgField* f : fieldsRead(relation, request))
        sql += ", " + quoteIdentifier(f->name) + (f->type == FieldType::String ? "::text" : "::float8");
    sql += " FROM " + relation.from + " WHERE ";
    if (request.box) {
        const int first = int(statement.params.size()) + 1;
        sql += geometry + " && ST_MakeEnvelope($" + std::to_string(first) + "::float8, $" +
               std::to_string(first + 1) + "::float8, $" + std::to_string(first + 2) + "::float8, $" +
               std::to_string(first + 3) + "::float8, " + std::to_string(relation.srid) + ") AND ";
        for (double v : {request.box->minX, request.box->minY, request.box->maxX, request.box->maxY})
            statement.params.push_back(pgNumber(v));
        // A stored table's box: a view's or a query's plan (joins, lookups) is its author's.
        statement.throughIndex = relation.stored;
    }
    std::string point;  // the inspected point, for the order too
    if (request.at) {
        const int first = int(statement.params.size()) + 1;
        point = "ST_SetSRID(ST_MakePoint($" + std::to_string(first) + "::float8, $" +
                std::to_string(first + 1) + "::float8), " + std::to_string(relation.srid) + ")";
        const std::string radius = "$" + std::to_string(first + 2) + "::float8";
        sql += geometry + " && ST_Expand(" + point + ", " + radius + ") AND ST_DWithin(" + geometry + ", " +
               point + ", " + radius + ") AND ";
        for (double v : {request.at->x, request.at->y, request.at->radius})
            statement.params.push_back(pgNumber(v));
    }
    Result<std::string> condition =
        pgFilterCondition(request.filter, relation, int(statement.params.size()) + 1, statement.params);
    if (!condition) return condition.error();
    sql += *condition;
    // The smallest polygon there (a district, not the province around it), else the nearest.
    if (request.at)
        sql += " ORDER BY ST_Area(" + geometry + "), ST_Distance(" + geometry + ", " + point + ") LIMIT 1";
    statement.sql = std::move(sql);
    return statement;
}

Result<Extent> pgExtent(PgConnection& connection, const PgRelation& relation, const std::string& filter) {
    const std::string corners =
        "SELECT ST_XMin(e)::float8, ST_YMin(e)::float8, ST_XMax(e)::float8, ST_YMax(e)::float8 ";
    auto extentOf = [](const PgRows& rows) {
        Extent box;
        if (rows.rows() == 1 && !rows.isNull(0, 0)) {
            box.include(rows.number(0, 0), rows.number(0, 1));
            box.include(rows.number(0, 2), rows.number(0, 3));
        }
        return box;
    };
    if (filter.empty() && !relation.table.empty()) {
        Result<PgRows> estimated =
            connection.query(corners + "FROM (SELECT ST_EstimatedExtent($1, $2, $3) AS e) q",
                             {relation.schema, relation.table, relation.geometry});
        // Views and tables never analysed have no statistics: the rows are read instead.
        if (estimated && !extentOf(*estimated).empty()) return extentOf(*estimated);
    }
    PgParams params;
    Result<std::string> condition = pgFilterCondition(filter, relation, 1, params);
    if (!condition) return Error{connection.source().source + ": " + condition.error().message};
    Result<PgRows> rows =
        connection.query(corners + "FROM (SELECT ST_Extent(" + quoteIdentifier(relation.geometry) +
                             ") AS e FROM " + relation.from + " WHERE " + *condition + ") q",
                         params);
    if (!rows) return rows.error();
    return extentOf(*rows);
}

Result<Layer> readPgFeatures(PgConnection& connection, const PgRelation& relation,
                             const PgReadRequest& request) {
    const PgSource& source = connection.source();
    Result<PgStatement> statement = pgReadStatement(relation, request);
    if (!statement) return Error{source.source + ": " + statement.error().message};
    Layer layer;
    layer.name = relation.label;
    layer.sourcePath = source.source;
    const std::vector<const PgField*> fields = fieldsRead(relation, request);
    for (const PgField* f : fields) layer.attributes.addColumn(f->name, f->type);
    LayerBuilder builder(layer.report, relation.kind, true, true);
    CellGrid grid(request.grid, request.cell);
    size_t rows = 0, kept = 0;
    // A cancel sent before the statement began reaches no statement: asked here too.
    if (request.progress && !request.progress(0)) return Error{source.source + ": cancelled"};
    Status streamed = connection.stream(
        statement->sql, statement->params,
        [&](const PgRow& row) {
            ++rows;
            // The thinning grid's box, from the shape sent: asking the server for the stored
            // box (four functions a row) cost it 0.56 s of its 1.96 s for a view's 10^6 rows.
            std::optional<size_t> cell;
            if (grid.active() && !row.isNull(0))
                if (std::optional<Extent> box =
                        wkbFeatureExtent(std::span<const uint8_t>(row.bytes(0), row.size(0))))
                    cell = grid.cellOf(box->minX, box->minY, box->maxX, box->maxY);
            if (cell && !grid.take(*cell)) {
                ++layer.report.merged;
                return !request.progress || rows % 4096 != 0 || request.progress(rows);
            }
            if (row.isNull(0)) {
                builder.addNull();
            } else if (cell && relation.kind == GeometryKind::Polygon) {
                addWkbFeature(grid.square(*cell), int64_t(kept), builder);
            } else {
                addWkbFeature(std::span<const uint8_t>(row.bytes(0), row.size(0)), int64_t(kept), builder);
            }
            ++kept;
            for (size_t c = 0; c < fields.size(); ++c) {
                Column& column = layer.attributes.columns[c];
                const int at = int(c) + 1;
                if (row.isNull(at)) {
                    column.appendNull();
                } else if (column.type == FieldType::String) {
                    column.appendString(row.text(at));
                } else {
                    column.appendNumber(row.number(at));
                }
            }
            return !request.progress || rows % 4096 != 0 || request.progress(rows);
        },
        statement->throughIndex);
    if (!streamed) return streamed.error();
    layer.report.featuresRead = kept;
    std::vector<Layer> layers = splitByKind(std::move(layer), builder.finish());
    // A relation of mixed kinds keeps the kind most of its features have: the others are named.
    auto most = std::max_element(layers.begin(), layers.end(), [](const Layer& a, const Layer& b) {
        return a.featureCount() < b.featureCount();
    });
    layer = std::move(*most);
    if (layers.size() > 1) {
        layer.report.warn(
            source.source + ": " + relation.label + " mixes geometry kinds; only its " +
            std::to_string(layer.featureCount()) +
            " features of the most common kind are drawn (filter the others into a layer of their own)");
        layer.name = relation.label;
    }
    if (relation.srid > 0) {
        layer.crs = "EPSG:" + std::to_string(relation.srid);
        layer.crsName = layer.crs;
        layer.epsg = relation.srid;
    } else {
        layer.report.crsProblem = relation.label + " declares no SRID (0)";
        layer.report.warn(source.source + ": " + layer.report.crsProblem);
    }
    return layer;
}

}  // namespace bashu
