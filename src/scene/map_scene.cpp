#include "scene/map_scene.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "core/ascii_case.h"
#include "core/data_path.h"
#include "core/feature_geometry.h"
#include "core/join.h"
#include "core/longitude_span.h"
#include "core/seam_cut.h"
#include "io/vector_reader.h"
#include "proj/transform.h"
#include "render/map_renderer.h"
#include "scene/document_inputs.h"
#include "scene/held_classes.h"
#include "scene/postgis_layer.h"
#include "scene/proportional_symbols.h"
#include "scene/statistic_style.h"
#include "scene/statistical_join.h"
#include "tessellate/douglas_peucker.h"
#include "tessellate/line_mesh.h"
#include "tessellate/mesh_append.h"
#include "tessellate/polygon_mesh.h"
#include "thematic/category_colors.h"
#include "thematic/classification.h"
#include "thematic/fill_classes.h"

namespace bashu {

/// A PostGIS layer's first read kept to be drawn around its views (SceneLayer::backdrop): as read
/// (its own CRS, before joins), and prepared for the map CRS once (projected, joined, its
/// meshes built), so that each view appends its meshes instead of building them again (at 10^7
/// rows, 185,856 cells cost a view 450 ms to prepare anew). Shared by the reads of every thread.
struct StreamedBackdrop {
    explicit StreamedBackdrop(Layer read) : firstRead(std::move(read)) {}
    const Layer firstRead;
    std::mutex mutex;  // guards the rest
    std::string mapCrs;
    LayerSpec spec;                              // what `prepared` was prepared for
    std::shared_ptr<const SceneLayer> prepared;  // none until a view needs it
};

std::string describeLayer(const SceneLayer& layer) {
    return layer.spec.source + ": layer '" + layer.data.name + "'";
}

namespace {

constexpr const char* kLonLat = "EPSG:4326";

// The fields of the file its style, statistic, labels and join read (the joined field comes from
// the table, not the file).
std::vector<std::string> styledFields(const LayerSpec& spec) {
    std::vector<std::string> fields;
    for (const std::string& name :
         {spec.fill.field, spec.fill.divideBy, spec.stroke.widthField, spec.point.sizeField, spec.label.field,
          spec.label.priority == "area" ? std::string() : spec.label.priority,
          spec.join ? spec.join->layerKey : std::string(),
          spec.statistic ? spec.statistic->field : std::string(),
          spec.statistic ? spec.statistic->with : std::string()})
        if (!name.empty() && !(spec.join && name == spec.join->as) &&
            std::find(fields.begin(), fields.end(), name) == fields.end())
            fields.push_back(name);
    return fields;
}

// A join that finds the layer field matching its table best looks at every field.
// (a statistics table's pairings and the field telling units apart too).
bool needsEveryField(const LayerSpec& spec) {
    return spec.join && (spec.join->layerKey.empty() || spec.join->match == JoinMatch::Units);
}

// What each spec's source holds, told once for each source (sourceKinds) and passed on.
std::vector<InputKind> sourceKinds(const std::vector<LayerSpec>& specs) {
    std::map<std::string, InputKind> bySource;
    std::vector<InputKind> kinds;
    for (const LayerSpec& spec : specs) {
        auto found = bySource.find(spec.source);
        if (found == bySource.end()) found = bySource.emplace(spec.source, classifyInput(spec.source)).first;
        kinds.push_back(found->second);
    }
    return kinds;
}

// `fieldsBeyondStyle`: when given, only the styled fields and these are read. `forExport`: the
// read is an export's (a PostGIS layer's first read takes no overview level coarser than its cells).
Result<Layer> loadLayer(const LayerSpec& spec, InputKind sourceKind, LoadProgress* progress,
                        const std::vector<std::string>* fieldsBeyondStyle, std::shared_ptr<PostgisFeed>& feed,
                        bool forExport) {
    // A document naming a document (itself, or one naming it back) would never end; none is read.
    if (sourceKind == InputKind::MapDocument)
        return Error{spec.source + ": is a map document; layer '" + spec.name +
                     "' needs a data file as its source (documents cannot include documents)"};
    ReadOptions options;
    options.layerName = spec.sourceLayer;
    options.attributeFilter = spec.filter;
    if (fieldsBeyondStyle && !needsEveryField(spec)) {
        options.fields = styledFields(spec);
        for (const std::string& name : *fieldsBeyondStyle)
            if (std::find(options.fields->begin(), options.fields->end(), name) == options.fields->end())
                options.fields->push_back(name);
    }
    if (progress)
        options.progress = [progress](size_t read, size_t total) {
            progress->featuresRead = read;
            progress->featuresTotal = total;
            return !progress->cancelled;
        };
    if (isDatabasePath(spec.source))
        return readPostgisLayer(spec, options.fields,
                                options.progress ? [&](size_t rows) { return options.progress(rows, 0); }
                                                 : std::function<bool(size_t)>(),
                                feed, forExport);
    Result<VectorFile> file = readVectorFile(spec.source, options);
    if (!file) return file.error();
    if (file->layers.size() > 1) {
        std::string names;
        for (const Layer& layer : file->layers) names += (names.empty() ? "'" : ", '") + layer.name + "'";
        return Error{spec.source + ": holds " + std::to_string(file->layers.size()) + " layers (" + names +
                     "); name one with \"source_layer\""};
    }
    return std::move(file->layers.front());
}

// The layers of files that several layers of the map come from (a TopoJSON's objects, a
// GeoPackage's tables), read in one pass over each file instead of one each: GDAL parses a JSON
// file whole every time it opens it. Per spec, its layer where the shared read found it (layers
// with a filter, or that the file lacks, are left to loadLayer and its messages).
std::vector<std::optional<Layer>> readSharedFiles(const std::vector<LayerSpec>& specs,
                                                  const std::vector<InputKind>& kinds, LoadProgress* progress,
                                                  const std::vector<std::string>* fieldsBeyondStyle) {
    std::vector<std::optional<Layer>> preloaded(specs.size());
    std::map<std::string, std::vector<size_t>> bySource;
    for (size_t i = 0; i < specs.size(); ++i)
        if (specs[i].filter.empty() && kinds[i] == InputKind::DataFile && !isDatabasePath(specs[i].source))
            bySource[specs[i].source].push_back(i);
    for (const auto& [source, users] : bySource) {
        if (users.size() < 2) continue;
        ReadOptions options;
        if (fieldsBeyondStyle &&
            std::none_of(users.begin(), users.end(), [&](size_t i) { return needsEveryField(specs[i]); })) {
            options.fields = *fieldsBeyondStyle;
            for (size_t i : users)
                for (const std::string& name : styledFields(specs[i]))
                    if (std::find(options.fields->begin(), options.fields->end(), name) ==
                        options.fields->end())
                        options.fields->push_back(name);
        }
        if (progress)
            options.progress = [progress](size_t read, size_t total) {
                progress->featuresRead = read;
                progress->featuresTotal = total;
                return !progress->cancelled;
            };
        Result<VectorFile> file = readVectorFile(source, options);
        if (!file) continue;
        for (size_t i : users) {
            const std::string& wanted = specs[i].sourceLayer;
            for (Layer& layer : file->layers)
                if (!layer.name.empty() &&
                    (wanted.empty() ? file->layers.size() == 1 : layer.name == wanted)) {
                    preloaded[i] = std::move(layer);
                    layer = Layer{};  // taken, and nameless: a second spec naming it reads it again
                    break;
                }
        }
    }
    return preloaded;
}

}  // namespace

JoinSpec indexedJoin(const SceneLayer& layer) {
    JoinSpec join = *layer.spec.join;
    if (!layer.joinField.empty()) join.layerKey = layer.joinField;
    return join;
}

Status applyJoin(SceneLayer& sceneLayer, std::vector<std::string>& warnings) {
    const JoinSpec join = indexedJoin(sceneLayer);
    const AttributeTable& table = sceneLayer.joinTable->table();
    Layer& layer = sceneLayer.data;
    // The table is indexed once; switching the year then re-joins without reading it again.
    if (!sceneLayer.joinIndex || !sceneLayer.joinIndex->serves(join)) {
        Result<JoinIndex> index = JoinIndex::build(layer.attributes, table, join, join.table);
        if (!index) return Error{layer.sourcePath + ": " + index.error().message};
        sceneLayer.joinIndex = std::make_shared<const JoinIndex>(std::move(*index));
    }
    Result<JoinReport> report = sceneLayer.joinIndex->join(layer.attributes, table, join, join.table);
    if (!report) return Error{layer.sourcePath + ": " + report.error().message};
    sceneLayer.joinedRows = std::move(report->rowOfFeature);
    auto list = [](const std::vector<std::string>& keys) {
        std::string text;
        for (size_t i = 0; i < keys.size() && i < 8; ++i) text += (i ? ", " : "") + keys[i];
        return keys.size() > 8 ? text + ", ..." : text;
    };
    // A statistical table's match report says this and more, row by row (joinReport).
    if (isStatisticalJoin(join) && join.match == JoinMatch::Units) return Ok{};
    if (!report->unmatchedLayerKeys.empty())
        warnings.push_back(layer.sourcePath + ": join with " + join.table + ": " +
                           std::to_string(report->unmatchedLayerKeys.size()) + " features have no row (" +
                           list(report->unmatchedLayerKeys) + ")");
    if (!report->unmatchedTableKeys.empty())
        warnings.push_back(join.table + ": " + std::to_string(report->unmatchedTableKeys.size()) +
                           " rows match no feature of " + layer.sourcePath + " (" +
                           list(report->unmatchedTableKeys) + ")");
    return Ok{};
}

namespace {

// Longitudes of up to kLongitudeSamples vertices of a layer, evenly spread over its vertices.
constexpr size_t kLongitudeSamples = 4096;
// The lon/lat box a projection is fitted to comes from up to this many vertices of each layer
// (all of them in most layers): a box from inside by a hair at most, where one from the
// layer's transformed bounding box reached far outside the data.
constexpr size_t kExtentSamples = 1u << 18;

// Data reaching over this many degrees of longitude and of latitude gets a world map's projection.
constexpr double kWorldLongitudes = 180.0, kWorldLatitudes = 60.0;

Result<std::string> chooseMapCrs(const std::string& crsChoice, const std::vector<SceneLayer>& layers) {
    if (crsChoice != "auto") {
        Status valid = validateCrs(crsChoice);
        if (!valid) return valid.error();
        return crsChoice;
    }
    Extent lonLat;
    std::vector<double> longitudes;
    for (const SceneLayer& layer : layers) {
        Result<Transform> toLonLat = Transform::create(layer.data.crs, kLonLat);
        if (!toLonLat) return Error{describeLayer(layer) + ": " + toLonLat.error().message};
        lonLat.include(toLonLat->transformedExtentOf(layer.data.geometry.xy, kExtentSamples));
        const std::vector<double>& xy = layer.data.geometry.xy;
        const size_t vertices = xy.size() / 2, step = std::max<size_t>(1, vertices / kLongitudeSamples);
        std::vector<double> sample;
        for (size_t v = 0; v < vertices; v += step) sample.insert(sample.end(), {xy[2 * v], xy[2 * v + 1]});
        toLonLat->transformInPlace(sample);
        for (size_t i = 0; i < sample.size(); i += 2) longitudes.push_back(sample[i]);
    }
    if (lonLat.empty()) return std::string(kLonLat);
    // Data across the antimeridian (Fiji, Chukotka) is centred there, not on the other side of
    // the globe where -180..180 would put it.
    if (const LongitudeSpan span = longitudeSpan(longitudes); span.east > 180.0) {
        lonLat.minX = span.west;
        lonLat.maxX = span.east;
    }
    // A world, or most of it: a conic fitted to it stretches the continents out of shape.
    if (lonLat.width() > kWorldLongitudes && lonLat.height() > kWorldLatitudes)
        return equalEarthFor(lonLat.centerX());
    return equalAreaConicFor(lonLat);
}

// Where rings round a pole are closed on this map: at the pole, unless the map cannot show it
// (Mercator sends it to infinity, or near it), then at Web Mercator's edge, 85.0511 degrees.
double poleLatitudeOf(const Transform& lonLatToMap, double lon0) {
    std::vector<double> xy{lon0, 0.0, lon0, 85.0, lon0, 90.0, lon0, -85.0, lon0, -90.0};
    lonLatToMap.transformInPlace(xy);
    for (int side : {0, 1}) {
        const double equator = xy[1], near = xy[3 + 4 * side], pole = xy[5 + 4 * side];
        if (!std::isfinite(pole) || !std::isfinite(near) || std::abs(pole - near) > std::abs(near - equator))
            return 85.0511287798;
    }
    return 90.0;
}

Status project(SceneLayer& layer, const std::string& mapCrs, std::vector<std::string>& warnings) {
    Result<Transform> transform = Transform::create(layer.data.crs, mapCrs);
    if (!transform) return Error{describeLayer(layer) + ": " + transform.error().message};
    // The map is cut at the meridian opposite its centre: what crosses it is cut there first,
    // while still in longitude and latitude (core/seam_cut.h).
    if (isLonLatCrs(layer.data.crs)) {
        const double lon0 = centralMeridianOf(mapCrs);
        cutAtSeam(layer.data.geometry, lon0, poleLatitudeOf(*transform, lon0));
    }
    const size_t failed = transform->transformInPlace(layer.data.geometry.xy);
    if (failed > 0)
        warnings.push_back(describeLayer(layer) + ": " + std::to_string(failed) +
                           " vertices could not be projected to the map CRS and were left out");
    return Ok{};
}

// The origin of a layer's meshes: the middle of its extent, so float offsets stay small.
void meshOrigin(const GeometryColumn& g, double& ox, double& oy) {
    const Extent e = g.extent();
    ox = e.empty() ? 0.0 : e.centerX();
    oy = e.empty() ? 0.0 : e.centerY();
}

// A polygon layer's fill and outlines (without `outlines`, its fill alone), or a line layer's
// lines, at full detail: lines and outlines simplified by `lineTolerance` map units where above 0
// (buildLineMesh), and fills too where `simplifyFills` (their outlines cover the seams
// simplification leaves between neighbours).
void buildFullMeshes(SceneLayer& layer, double lineTolerance = 0.0, bool simplifyFills = false,
                     bool outlines = true) {
    const GeometryColumn& g = layer.data.geometry;
    double ox = 0, oy = 0;
    meshOrigin(g, ox, oy);
    if (g.kind == GeometryKind::Polygon)
        layer.meshes.fill = simplifyFills && lineTolerance > 0.0
                                ? tessellatePolygons(simplifyPolygons(g, lineTolerance), ox, oy)
                                : tessellatePolygons(g, ox, oy);
    if (g.kind != GeometryKind::Polygon || outlines)
        layer.meshes.lines = buildLineMesh(g, ox, oy, lineTolerance);
}

void warnUnfilledParts(const SceneLayer& layer, std::vector<std::string>& warnings) {
    if (layer.meshes.fill.failedParts > 0)
        warnings.push_back(describeLayer(layer) + ": " + std::to_string(layer.meshes.fill.failedParts) +
                           " polygon parts could not be filled and were left out");
}

void buildMeshes(SceneLayer& layer, bool skipFullMeshes, bool detailLevels = true,
                 bool polygonOutlines = true) {
    const GeometryColumn& g = layer.data.geometry;
    double ox = 0, oy = 0;
    meshOrigin(g, ox, oy);
    switch (g.kind) {
        case GeometryKind::Polygon:
        case GeometryKind::Line:
            // Built by buildScene once the export's scale is known.
            if (skipFullMeshes) {
                layer.fullMeshesSkipped = true;
                break;
            }
            setCompleteMeshes(layer, completeMeshes(g, detailLevels, polygonOutlines));
            layer.outlinesLeftOut = g.kind == GeometryKind::Polygon && !polygonOutlines;
            break;
        case GeometryKind::Point:
            layer.meshes.points = buildPointMesh(g, ox, oy);
            break;
    }
}

}  // namespace

// Unique in the process, so meshes built later find their layer wherever it has moved.
uint64_t nextLayerId() {
    static std::atomic<uint64_t> next{1};
    return next++;
}

namespace {

using PointTransform = std::function<void(double& x, double& y)>;

// A single-point transform for the window and layouts (cursor positions, saved views).
Result<PointTransform> pointTransform(const std::string& from, const std::string& to) {
    Result<Transform> transform = Transform::create(from, to);
    if (!transform) return transform.error();
    auto shared = std::make_shared<Transform>(std::move(*transform));
    return PointTransform([shared](double& x, double& y) {
        double xy[2] = {x, y};
        shared->transformInPlace(xy);
        x = xy[0];
        y = xy[1];
    });
}

// Reads (unless `preloaded` holds it already), checks and joins a layer: everything before
// projecting it to the map CRS.
// The most features a PostGIS layer's first read may have to be kept as its backdrop.
constexpr size_t kBackdropFeatures = 200'000;

Result<SceneLayer> prepareLayer(const LayerSpec& spec, InputKind sourceKind,
                                std::vector<std::string>& warnings, LoadProgress* progress,
                                const std::vector<std::string>* fieldsBeyondStyle,
                                std::optional<Layer>& preloaded, bool forExport = false) {
    std::shared_ptr<PostgisFeed> feed;
    Result<Layer> data = preloaded
                             ? Result<Layer>(std::move(*preloaded))
                             : loadLayer(spec, sourceKind, progress, fieldsBeyondStyle, feed, forExport);
    if (!data) return data.error();
    SceneLayer layer;
    layer.id = nextLayerId();
    layer.spec = spec;
    layer.postgis = std::move(feed);
    layer.data = std::move(*data);
    // Kept as the backdrop of later views where it is small enough to prepare again with each
    // (a view's read then costs the backdrop's tessellation too: 2.7 s a read at 10^6 features).
    if (layer.postgis && layer.data.featureCount() <= kBackdropFeatures)
        layer.backdrop = std::make_shared<StreamedBackdrop>(layer.data);
    for (const std::string& w : layer.data.report.warnings)
        warnings.push_back(describeLayer(layer) + ": " + w);
    if (layer.data.isTable) warnings.push_back(describeLayer(layer) + ": " + layer.data.report.nothingToDraw);
    if (layer.data.crs.empty() && layer.data.geometry.vertexCount() > 0)
        return Error{describeLayer(layer) + ": " +
                     (layer.data.report.crsProblem.empty() ? "no coordinate reference system"
                                                           : layer.data.report.crsProblem) +
                     (layer.data.report.crsProblem.rfind("latitudes", 0) == 0
                          ? std::string()
                          : "; give the file a CRS (a .prj beside a Shapefile, a CRS in a GeoPackage)")};
    if (layer.data.crs.empty()) layer.data.crs = kLonLat;
    if (spec.join && isStatisticalJoin(*spec.join)) {
        Result<StatisticalJoin> table = readStatisticalJoin(*spec.join, layer.data.attributes);
        if (!table) return Error{describeLayer(layer) + ": join: " + table.error().message};
        layer.joinReport = std::move(table->report);
        // The key column and layer field chosen, where the document left them to be found.
        layer.spec.join->layerKey = table->layerKey;
        layer.joinField = table->joinField;
        layer.spec.join->tableKey = table->tableKey;
        layer.joinTable = std::make_shared<const JoinedTable>(std::move(table->table));
        Status joined = applyJoin(layer, warnings);
        if (!joined) return joined.error();
    } else if (spec.join) {
        Result<VectorFile> table = readVectorFile(spec.join->table);
        if (!table) return table.error();
        for (const std::string& w : table->layers.front().report.warnings)
            warnings.push_back(spec.join->table + ": " + w);
        layer.joinTable = std::make_shared<const JoinedTable>(std::move(table->layers.front().attributes));
        Status joined = applyJoin(layer, warnings);
        if (!joined) return joined.error();
    }
    return layer;
}

// A view's part of a PostGIS layer being prepared (prepareStreamedView): its first read prepared
// for the map, if it has one, and those of that read's features to draw around the view's.
struct StreamedPart {
    std::shared_ptr<const SceneLayer> backdrop;
    std::vector<size_t> outside;  // its features drawn around the view's (backdropOutside)
    bool outlines = true;         // polygons' outlines built: not where they have no width (outlinesLeftOut)
};

// The features `outside` of a first read prepared for the map (StreamedBackdrop), after a
// view's features and meshes: the view in detail, the rest as first read, its meshes appended.
void appendBackdrop(SceneLayer& view, const SceneLayer& backdrop, const std::vector<size_t>& outside) {
    const Layer& from = backdrop.data;
    Layer& to = view.data;
    if (from.geometry.kind != to.geometry.kind) return;
    std::vector<uint32_t> newIds(from.featureCount(), kFeatureLeftOut);
    for (size_t k = 0; k < outside.size(); ++k) newIds[outside[k]] = uint32_t(to.featureCount() + k);
    appendMeshFeatures(view.meshes, backdrop.meshes, newIds);
    appendFeatures(to.geometry, from.geometry, outside);
    for (Column& column : to.attributes.columns) {
        const Column* source = from.attributes.find(column.name);
        column.reserve(column.size() + outside.size());
        for (size_t f : outside) {
            if (!source || source->isNull(f) || source->type != column.type) {
                column.appendNull();
            } else if (column.type == FieldType::String) {
                column.appendString(source->strings[f]);
            } else {
                column.appendNumber(source->numbers[f]);
            }
        }
    }
}

// Projects, tessellates and styles a prepared layer; a view's part of a PostGIS layer (`part`)
// with its backdrop's features around it.
Status finishLayer(SceneLayer& layer, const std::string& mapCrs, std::vector<std::string>& warnings,
                   bool skipFullMeshes, const StreamedPart* part = nullptr) {
    Status projected = project(layer, mapCrs, warnings);
    if (!projected) return projected.error();
    // In the map's CRS: the point deepest inside a unit as drawn (and as its label is placed).
    if (layer.spec.asPoints && layer.data.geometry.kind == GeometryKind::Polygon)
        layer.data.geometry = interiorPoints(layer.data.geometry);
    else if (layer.spec.asPoints)
        warnings.push_back(describeLayer(layer) + ": as_points draws polygons as points; this layer's " +
                           (layer.data.geometry.kind == GeometryKind::Line ? "lines" : "points") +
                           " are drawn as they are");
    // A view's part: drawn at its own pixels (a view zoomed out from it is read again, or drawn
    // from the first read), so no coarser levels: they cost more than its fill and outlines.
    if (part) {
        buildMeshes(layer, false, /*detailLevels=*/false, part->outlines);
        // (The backdrop, prepared for the same style, has outlines where the view has them.)
        if (part->backdrop) appendBackdrop(layer, *part->backdrop, part->outside);
    }
    layer.extent = layer.data.geometry.extent();
    // A PostGIS layer's first read is its whole table at a 4096th of its extent, or where it
    // has features smaller than a 1024th, those one per cell of that grid (postgis_layer.h), or
    // its overview's first level (a 512th): views finer than that read their part again.
    if (layer.postgis && !layer.extent.empty() && layer.backdropDetail == 0.0) {
        layer.streamedBox = layer.extent;
        const int overviewCells = layer.data.report.overviewCells;
        layer.streamedDetail = std::max(layer.extent.width(), layer.extent.height()) /
                               (overviewCells > 0              ? double(overviewCells)
                                : layer.data.report.merged > 0 ? kWholeReadCells
                                                               : kWholeReadPixels);
        layer.backdropDetail = layer.streamedDetail;
    }
    if (!part) buildMeshes(layer, skipFullMeshes);
    warnUnfilledParts(layer, warnings);
    Status styled = restyleLayer(layer);
    if (!styled) return styled.error();
    if (!layer.tableClassesNote.empty()) warnings.push_back(layer.tableClassesNote);
    Status sized = sizeSymbols(layer);
    if (!sized) return sized.error();
    layer.paint = paintOf(layer);
    const size_t classes = layer.legend.categories.empty() ? size_t(layer.legend.classification.classCount())
                                                           : layer.legend.categories.size();
    if (!layer.spec.fill.labels.empty() && layer.spec.fill.labels.size() != classes)
        warnings.push_back(describeLayer(layer) + ": " + std::to_string(layer.spec.fill.labels.size()) +
                           " legend labels for " + std::to_string(classes) +
                           " classes; the legend shows the computed labels");
    const StrokeStyle& stroke = layer.spec.stroke;
    if (layer.data.geometry.kind != GeometryKind::Line && (!stroke.dash.solid() || stroke.casingWidth > 0))
        warnings.push_back(
            describeLayer(layer) +
            ": dashes and casings are drawn for line layers only; this layer's outlines are solid");
    if (!layer.spec.label.field.empty()) {
        if (!layer.data.attributes.find(layer.spec.label.field))
            warnings.push_back(describeLayer(layer) + ": no field '" + layer.spec.label.field +
                               "' to label with");
        layer.labels = labelCandidates(layer.data, layer.spec.label);
    }
    return Ok{};
}

// The first read prepared for the map as a layer is, without its coarser levels (views draw it
// at its own detail or finer): once for each map CRS and style, then shared by every view.
Result<std::shared_ptr<const SceneLayer>> preparedBackdrop(StreamedBackdrop& backdrop, const LayerSpec& spec,
                                                           const std::string& mapCrs) {
    const std::lock_guard lock(backdrop.mutex);
    if (backdrop.prepared && backdrop.mapCrs == mapCrs && backdrop.spec == spec) return backdrop.prepared;
    std::vector<std::string> warnings;  // said with the first read already
    std::optional<Layer> copy = backdrop.firstRead;
    Result<SceneLayer> prepared = prepareLayer(spec, InputKind::DataFile, warnings, nullptr, nullptr, copy);
    if (!prepared) return prepared.error();
    StreamedPart none;  // no levels, no backdrop of its own, outlines where they have a width
    none.outlines = spec.stroke.width > 0;
    if (Status finished = finishLayer(*prepared, mapCrs, warnings, false, &none); !finished)
        return finished.error();
    backdrop.prepared = std::make_shared<const SceneLayer>(std::move(*prepared));
    backdrop.mapCrs = mapCrs;
    backdrop.spec = spec;
    return backdrop.prepared;
}
}  // namespace

namespace {
// A line layer coloured by a field draws each line in its feature's colour.
bool strokesByFeature(const SceneLayer& layer) {
    return layer.data.geometry.kind == GeometryKind::Line && !layer.spec.fill.field.empty();
}

// A line layer's categories may each have a dash of their own (planned dotted, ...):
// StrokeStyle::categoryDashes gives each feature's dash (featureDashes).
void dashByCategory(SceneLayer& layer, const Column& column) {
    const StrokeStyle& stroke = layer.spec.stroke;
    if (layer.data.geometry.kind != GeometryKind::Line || stroke.categoryDashes.empty()) return;
    const size_t n = layer.data.featureCount();
    layer.featureDashes.assign(n, stroke.dash);
    for (size_t i = 0; i < n; ++i)
        if (auto dash =
                column.isNull(i) ? stroke.categoryDashes.end() : stroke.categoryDashes.find(column.text(i));
            dash != stroke.categoryDashes.end())
            layer.featureDashes[i] = dash->second;
}
}  // namespace

namespace {

// The fill a layer is classified by: its own, or for a PostGIS layer whose classes come from its
// values (no breaks given nor a break set, the field itself, not divided nor joined) its fill
// with the limits of its whole table's values: asked of the server once per field, kept, and
// classified again from them when the method or class count changes.
bool classesFromTable(const SceneLayer& layer) {
    const FillStyle& fill = layer.spec.fill;
    return layer.postgis && fill.breaks.empty() && fill.breakSet.empty() && fill.divideBy.empty() &&
           !fill.shareOfTotal && !layer.spec.join;
}

Result<FillStyle> tableClassesFill(SceneLayer& layer) {
    const FillStyle& fill = layer.spec.fill;
    if (!classesFromTable(layer)) return fill;
    const std::string key = fill.field + '\n' + std::string(classMethodName(fill.method)) + '\n' +
                            std::to_string(fill.classes) + '\n' + std::to_string(fill.quantileType);
    if (layer.tableClassesKey != key) {
        if (!layer.tableValues || layer.tableValuesField != fill.field) {
            Result<TableValues> values = layer.postgis->values(fill.field);
            if (!values) return Error{values.error().message + " (reading the classes of the whole table)"};
            layer.tableValues = std::make_shared<const TableValues>(std::move(*values));
            layer.tableValuesField = fill.field;
            layer.tableClassesNote.clear();
            if (layer.tableValues->sampled())
                layer.tableClassesNote =
                    describeLayer(layer) + ": the classes of '" + fill.field + "' are those of " +
                    std::to_string(layer.tableValues->values.size()) + " of its " +
                    std::to_string(layer.tableValues->total) +
                    " values, taken on the server at evenly spaced ranks (the least and the greatest "
                    "included): each break within " +
                    std::to_string(layer.tableValues->total / (layer.tableValues->values.size() - 1) + 1) +
                    " ranks of the whole table's, and the legend's counts estimated from them";
        }
        const QuantileType type = quantileTypeOf(fill.quantileType).value_or(QuantileType::DataValues);
        layer.tableLimits = classify(layer.tableValues->values, fill.method, fill.classes, type).limits;
        layer.tableClassesKey = key;
    }
    FillStyle whole = fill;
    if (layer.tableLimits.size() >= 2) {
        whole.breaks = layer.tableLimits;
        whole.classes = int(layer.tableLimits.size()) - 1;
    }
    return whole;
}

// The legend of a layer classified from its whole table counts the table's features in each
// class, not those a view holds: from every value, or from the rank sample, each sampled value
// standing for total / sample of them.
void countTableClasses(FillLegend& legend, const TableValues& table) {
    std::vector<size_t> counts(legend.classCounts.size(), 0);
    for (double v : table.values)
        if (const int c = legend.classification.classOf(v); c >= 0 && size_t(c) < counts.size())
            ++counts[size_t(c)];
    if (table.sampled() && !table.values.empty()) {
        const double each = double(table.total) / double(table.values.size());
        for (size_t& count : counts) count = size_t(std::llround(double(count) * each));
    }
    legend.classCounts = std::move(counts);
    legend.noDataCount = table.nulls;
}

}  // namespace

Status restyleLayer(SceneLayer& layer) {
    const FillStyle& fill = layer.spec.fill;
    const size_t n = layer.data.featureCount();
    layer.legend = FillLegend{};
    layer.featureDashes.clear();
    // The window restyles without painting anew: a field chosen for lines there left them grey.
    layer.paint.strokeByFeature = strokesByFeature(layer);
    const Rgba8 single = layer.data.geometry.kind == GeometryKind::Point  ? layer.spec.point.color
                         : layer.data.geometry.kind == GeometryKind::Line ? layer.spec.stroke.color
                                                                          : fill.color;
    if (layer.spec.statistic) return restyleByStatistic(layer);
    if (fill.field.empty()) {
        layer.featureColors.assign(n, single);
        return Ok{};
    }
    const Column* column = layer.data.attributes.find(fill.field);
    if (!column) {
        std::string names;
        for (const Column& c : layer.data.attributes.columns) names += (names.empty() ? "" : ", ") + c.name;
        return Error{
            describeLayer(layer) + ": no field '" + fill.field + "' to colour by" +
            (names.empty() ? std::string(" (the layer has no fields)") : " (fields: " + names + ")")};
    }
    // Text is a category (a kind, a status), as are numbers asked for as "categories" (codes).
    if (!column->isNumeric() || fill.method == ClassMethod::Categories) {
        layer.legend = colorByCategory(fill, *column, n, layer.featureColors);
        dashByCategory(layer, *column);
        return Ok{};
    }
    // The values follow the join's conditions too (a year switched re-joins the same field).
    Status mapped =
        mapFillValues(layer.data.attributes, *column, fill,
                      layer.spec.join ? joinConditionsKey(*layer.spec.join) : "", n, layer.mapped);
    if (!mapped) return Error{describeLayer(layer) + ": " + mapped.error().message};
    // A PostGIS layer holds a view's features: its classes are those of its whole table.
    Result<FillStyle> classesFill = tableClassesFill(layer);
    if (!classesFill) return classesFill.error();
    Result<FillLegend> legend = classifyFill(*classesFill, layer.mapped, layer.featureColors);
    if (!legend) return Error{describeLayer(layer) + ": " + legend.error().message};
    layer.legend = std::move(*legend);
    if (classesFromTable(layer) && layer.tableValues && layer.tableValuesField == fill.field)
        countTableClasses(layer.legend, *layer.tableValues);
    return Ok{};
}

Result<PreparedLayers> prepareSceneLayers(const std::vector<LayerSpec>& specs, const std::string& mapCrs,
                                          const std::string& crsChoice, LoadProgress* progress,
                                          bool skipFullMeshes,
                                          const std::vector<std::string>* fieldsBeyondStyle, bool forExport) {
    PreparedLayers prepared;
    const std::vector<InputKind> kinds = sourceKinds(specs);
    std::vector<std::optional<Layer>> preloaded = readSharedFiles(specs, kinds, progress, fieldsBeyondStyle);
    for (size_t i = 0; i < specs.size(); ++i) {
        Result<SceneLayer> layer = prepareLayer(specs[i], kinds[i], prepared.warnings, progress,
                                                fieldsBeyondStyle, preloaded[i], forExport);
        if (!layer) return layer.error();
        prepared.layers.push_back(std::move(*layer));
    }
    // Layers that draw nothing stay in the map (a table beside a GeoPackage's layers, an empty
    // layer of a document), each with its warning; a map where none draws anything is refused,
    // naming each layer and why, rather than drawn blank.
    std::string whyBlank;
    for (const SceneLayer& layer : prepared.layers) {
        if (layer.data.report.nothingToDraw.empty()) {
            whyBlank.clear();
            break;
        }
        whyBlank +=
            (whyBlank.empty() ? "" : "; ") + describeLayer(layer) + ": " + layer.data.report.nothingToDraw;
    }
    if (!whyBlank.empty()) return Error{whyBlank};
    prepared.mapCrs = mapCrs;
    if (prepared.mapCrs.empty()) {
        Result<std::string> chosen = chooseMapCrs(crsChoice, prepared.layers);
        if (!chosen) return chosen.error();
        prepared.mapCrs = *chosen;
    }
    // The fitted projections have no name of their own (PROJ would give back the definition).
    auto fitted = [&](const char* proj) {
        return crsChoice == "auto" && prepared.mapCrs.rfind(proj, 0) == 0;
    };
    prepared.mapCrsName = fitted("+proj=aea")       ? "Albers equal-area conic fitted to the data"
                          : fitted("+proj=laea")    ? "Lambert azimuthal equal-area fitted to the data"
                          : fitted("+proj=eqearth") ? "Equal Earth (equal-area, for the world)"
                                                    : crsName(prepared.mapCrs);
    for (SceneLayer& layer : prepared.layers) {
        if (progress && progress->cancelled) return Error{layer.spec.source + ": loading cancelled"};
        Status finished = finishLayer(layer, prepared.mapCrs, prepared.warnings, skipFullMeshes);
        if (!finished) return finished.error();
        if (progress) ++progress->layersDone;
    }
    return prepared;
}

Status commitSceneLayers(MapScene& scene, PreparedLayers prepared) {
    if (scene.layers.empty() || !scene.toLonLat) {
        // The first layers of a map set its CRS.
        Result<PointTransform> toLonLat = pointTransform(prepared.mapCrs, kLonLat);
        if (!toLonLat) return toLonLat.error();
        Result<PointTransform> fromLonLat = pointTransform(kLonLat, prepared.mapCrs);
        if (!fromLonLat) return fromLonLat.error();
        scene.mapCrs = prepared.mapCrs;
        scene.mapCrsName = prepared.mapCrsName;
        scene.toLonLat = std::move(*toLonLat);
        scene.fromLonLat = std::move(*fromLonLat);
    } else if (prepared.mapCrs != scene.mapCrs) {
        return Error{"layers prepared for another map CRS (" + prepared.mapCrsName + ") than the map's (" +
                     scene.mapCrsName + ")"};
    }
    for (SceneLayer& layer : prepared.layers) {
        // Classes held over all years where the fill asks for them (held_classes.h): a year has
        // the same colouring in the window and headless.
        if (Status held = holdClassesOnArrival(layer); !held)
            prepared.warnings.push_back(held.error().message);
        if (!layer.statisticNote.empty()) prepared.warnings.push_back(layer.statisticNote);
        scene.layers.push_back(std::move(layer));
    }
    scene.warnings.insert(scene.warnings.end(), prepared.warnings.begin(), prepared.warnings.end());
    return Ok{};
}

Extent shownExtent(const std::vector<SceneLayer>& layers) {
    Extent shown, all;
    for (const SceneLayer& layer : layers) {
        all.include(layer.extent);
        if (layer.paint.visible) shown.include(layer.extent);
    }
    return shown.empty() ? all : shown;
}

// For a scene read with the styled fields alone.
const std::vector<std::string> kNoFieldsBeyondStyle;

Result<MapScene> buildScene(const MapDocument& document, const SceneBuildOptions& options) {
    MapScene scene;
    scene.document = document;
    const bool skipFullMeshes = bool(options.exportCamera);
    Result<PreparedLayers> prepared =
        prepareSceneLayers(document.layers, "", document.crs, nullptr, skipFullMeshes,
                           skipFullMeshes && !options.everyField ? &kNoFieldsBeyondStyle : nullptr,
                           /*forExport=*/skipFullMeshes);
    if (!prepared) return prepared.error();
    Status committed = commitSceneLayers(scene, std::move(*prepared));
    if (!committed) return committed.error();
    if (skipFullMeshes) {
        // Meshes for the export's scale: a polygon layer's one detail level that it draws (the
        // renderer picks it by the same rule), else the full meshes with lines and outlines
        // simplified to an eighth of a pixel: they look the same, with a fraction of the segments
        // a software rasteriser spends most of its time on.
        const Camera camera = options.exportCamera(scene);
        // An export draws its view alone: no backdrop kept (a copy of the first read). A PostGIS
        // layer exported finer than its first read: the export's part, at its pixels.
        for (SceneLayer& layer : scene.layers) layer.backdrop.reset();
        if (Result<StreamedParts> parts = swapInExportParts(scene, camera); !parts) return parts.error();
        for (SceneLayer& layer : scene.layers) {
            if (layer.fullMeshesSkipped)
                buildMeshesForView(layer, camera, options.exportPixelScale, scene.warnings);
        }
    }
    return scene;
}

bool drawnForSeveral(const SceneLayer& layer, size_t feature) {
    if (!layer.postgis) return false;
    // The view's features first, then the first read's around them (appendBackdrop); a layer
    // with no view read yet holds the first read alone.
    if (layer.viewFeatures == 0 || feature < layer.viewFeatures) return layer.data.report.merged > 0;
    return layer.backdrop && layer.backdrop->firstRead.report.merged > 0;
}

bool needsStreamedRead(const SceneLayer& layer, const Camera& camera, bool exact) {
    if (!layer.postgis || layer.streamedBox.empty()) return false;
    const double finer = exact ? 1.0 : 0.5;
    // As coarse as the first read, drawn around everything read since: nothing to read.
    if (layer.backdrop && camera.unitsPerPixel >= layer.backdropDetail * finer) return false;
    const Extent view = camera.visibleExtent();
    const Extent& box = layer.streamedBox;
    // A read of the whole table (the first) serves any view as coarse as it.
    const bool whole = box.minX <= layer.extent.minX && box.maxX >= layer.extent.maxX &&
                       box.minY <= layer.extent.minY && box.maxY >= layer.extent.maxY;
    const bool inside = whole || (view.minX >= box.minX && view.maxX <= box.maxX && view.minY >= box.minY &&
                                  view.maxY <= box.maxY);
    return !inside || camera.unitsPerPixel < layer.streamedDetail * finer;
}

namespace {
// A view's features as read (or kept) prepared for the map as a new layer is, the first read
// drawn around them.
Result<SceneLayer> prepareStreamedView(const SceneLayer& layer, const std::string& mapCrs, CachedView view,
                                       const std::function<bool()>& stillWanted = {});
}  // namespace

std::optional<Result<SceneLayer>> keptStreamedView(const SceneLayer& layer, const std::string& mapCrs,
                                                   const Camera& camera) {
    if (!layer.postgis) return std::nullopt;
    std::optional<CachedView> cached =
        layer.postgis->cachedView(mapCrs, camera.visibleExtent(), camera.unitsPerPixel);
    if (!cached) return std::nullopt;
    return prepareStreamedView(layer, mapCrs, std::move(*cached));
}

Result<SceneLayer> readStreamedView(const SceneLayer& layer, const std::string& mapCrs, const Camera& camera,
                                    const std::function<bool(size_t rows)>& progress, double margin,
                                    double cellPixels) {
    if (!layer.postgis) return Error{describeLayer(layer) + ": not a PostGIS layer"};
    // A view the window read before (an export reads its own part, margin 0): drawn again from
    // what the server sent then.
    if (margin > 0)
        if (std::optional<Result<SceneLayer>> kept = keptStreamedView(layer, mapCrs, camera)) return *kept;
    Extent box = camera.visibleExtent();
    const double padX = box.width() * margin, padY = box.height() * margin;
    box = Extent{box.minX - padX, box.minY - padY, box.maxX + padX, box.maxY + padY};
    Result<std::string> layerCrs = layer.postgis->crs();
    if (!layerCrs) return layerCrs.error();
    Result<Transform> toLayer = Transform::create(mapCrs, *layerCrs);
    if (!toLayer) return toLayer.error();
    // The box's edges, not only its corners: a conic's straight edge is a curve in the layer's CRS.
    constexpr int kSteps = 16;
    std::vector<double> edge;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double x = box.minX + t * box.width(), y = box.minY + t * box.height();
        for (double v : {x, box.minY, x, box.maxY, box.minX, y, box.maxX, y}) edge.push_back(v);
    }
    Extent layerBox = toLayer->transformedExtentOf(edge);
    if (layerBox.empty()) return Error{describeLayer(layer) + ": the view lies outside the layer's CRS"};
    // The first read drawn around the view has cells' squares for features under its pixels:
    // the box grows to hold those across its edge, whose features the view would otherwise
    // leave out of their square's part beyond it (a blank seam round the detail).
    if (layer.backdrop && layer.backdrop->firstRead.report.merged > 0)
        layerBox = boxHoldingCellSquares(layer.backdrop->firstRead.geometry, layerBox);
    PostgisRead read;
    read.box = layerBox;
    const double pixel = camera.unitsPerPixel * layerBox.width() / box.width();
    read.tolerance = pixel / 2;
    read.cell = cellPixels * pixel;
    read.overviewCell = std::max(read.cell, margin > 0 ? 2 * pixel : pixel);
    read.grid = layerBox;
    size_t rowsRead = 0;  // what the progress was last told: asked again before preparing
    if (progress)
        read.progress = [&](size_t rows) {
            rowsRead = rows;
            return progress(rows);
        };
    Result<Layer> data = layer.postgis->read(read);
    if (!data) return data.error();
    CachedView view{mapCrs, box, layerBox, cellPixels * camera.unitsPerPixel, std::move(*data)};
    if (margin > 0) layer.postgis->rememberView(view);
    return prepareStreamedView(
        layer, mapCrs, std::move(view),
        progress ? std::function<bool()>([&] { return progress(rowsRead); }) : std::function<bool()>());
}

namespace {
Result<SceneLayer> prepareStreamedView(const SceneLayer& layer, const std::string& mapCrs, CachedView view,
                                       const std::function<bool()>& stillWanted) {
    // A read the user has left is not prepared further: with the next view's read beside it, a
    // window's quick pans peaked at 1.13 GB.
    const Error left{describeLayer(layer) + ": cancelled"};
    const size_t rows = view.data.featureCount();
    if (stillWanted && !stillWanted()) return left;
    std::optional<Layer> data = std::move(view.data);
    StreamedPart part;
    part.outlines = layer.spec.stroke.width > 0;
    if (layer.backdrop) {
        Result<std::shared_ptr<const SceneLayer>> backdrop =
            preparedBackdrop(*layer.backdrop, layer.spec, mapCrs);
        if (!backdrop) return backdrop.error();
        part.backdrop = *backdrop;
        part.outside = backdropOutside(layer.backdrop->firstRead.geometry, view.layerBox);
    }
    std::vector<std::string> warnings;
    Result<SceneLayer> prepared =
        prepareLayer(layer.spec, InputKind::DataFile, warnings, nullptr, nullptr, data);
    if (!prepared) return prepared.error();
    prepared->postgis = layer.postgis;
    prepared->backdrop = layer.backdrop;
    prepared->backdropDetail = layer.backdropDetail;
    prepared->tableClassesKey = layer.tableClassesKey;
    prepared->tableLimits = layer.tableLimits;
    prepared->tableValues = layer.tableValues;
    prepared->tableValuesField = layer.tableValuesField;
    prepared->tableClassesNote = layer.tableClassesNote;
    if (stillWanted && !stillWanted()) return left;  // before its meshes, the most of its memory
    if (Status finished = finishLayer(*prepared, mapCrs, warnings, false, &part); !finished)
        return finished.error();
    prepared->viewFeatures = rows;
    prepared->streamedBox = view.box;
    prepared->streamedDetail = view.detail;
    return prepared;
}
}  // namespace

Result<Layer> streamedFeatureAt(const SceneLayer& layer, const std::string& mapCrs, double x, double y,
                                double radius) {
    if (!layer.postgis) return Error{describeLayer(layer) + ": not a PostGIS layer"};
    Result<std::string> layerCrs = layer.postgis->crs();
    if (!layerCrs) return layerCrs.error();
    Result<Transform> toLayer = Transform::create(mapCrs, *layerCrs);
    if (!toLayer) return toLayer.error();
    // The radius as far in the layer's units as it is on the map, measured along x.
    std::vector<double> xy{x, y, x + radius, y};
    toLayer->transformInPlace(xy);
    if (!std::isfinite(xy[0]) || !std::isfinite(xy[1]))
        return Error{describeLayer(layer) + ": the point lies outside the layer's CRS"};
    const double layerRadius = layer.data.geometry.kind == GeometryKind::Polygon || !std::isfinite(xy[2])
                                   ? 0.0
                                   : std::hypot(xy[2] - xy[0], xy[3] - xy[1]);
    return layer.postgis->featureAt(xy[0], xy[1], layerRadius);
}

Result<std::vector<TableSearchHit>> searchStreamedLayer(const SceneLayer& layer, const std::string& mapCrs,
                                                        const std::string& query, size_t limit) {
    if (!layer.postgis) return Error{describeLayer(layer) + ": not a PostGIS layer"};
    Result<std::string> layerCrs = layer.postgis->crs();
    if (!layerCrs) return layerCrs.error();
    Result<Transform> toMap = Transform::create(*layerCrs, mapCrs);
    if (!toMap) return toMap.error();
    Result<std::vector<TableSearchHit>> hits = layer.postgis->search(query, limit);
    if (!hits) return hits.error();
    for (TableSearchHit& hit : *hits) {
        const Extent& b = hit.box;
        const std::vector<double> corners{b.minX, b.minY, b.maxX, b.minY, b.maxX, b.maxY, b.minX, b.maxY};
        hit.box = toMap->transformedExtentOf(corners);
    }
    return hits;
}

namespace {
// What a layer draws of its view (takeStreamedView), moved from one layer to another.
void moveStreamedView(SceneLayer& layer, SceneLayer& read) {
    layer.data = std::move(read.data);
    layer.meshes = std::move(read.meshes);
    // A view's read has its full meshes; a first read put back after an export may still wait
    // for them (completeMeshes).
    layer.fullMeshesSkipped = read.fullMeshesSkipped;
    layer.featureColors = std::move(read.featureColors);
    layer.legend = std::move(read.legend);
    layer.mapped = std::move(read.mapped);
    layer.featureSizes = std::move(read.featureSizes);
    layer.sizeLegend = std::move(read.sizeLegend);
    layer.featureDashes = std::move(read.featureDashes);
    layer.labels = std::move(read.labels);
    layer.joinedRows = std::move(read.joinedRows);
    layer.statisticResults = std::move(read.statisticResults);
    layer.statisticWeights = std::move(read.statisticWeights);
    layer.statisticWeightsKey = std::move(read.statisticWeightsKey);
    layer.viewFeatures = read.viewFeatures;
    layer.outlinesLeftOut = read.outlinesLeftOut;
    layer.streamedBox = read.streamedBox;
    layer.streamedDetail = read.streamedDetail;
}
}  // namespace

void takeStreamedView(SceneLayer& layer, SceneLayer read) { moveStreamedView(layer, read); }

Result<StreamedParts> swapInExportParts(MapScene& scene, const Camera& camera) {
    StreamedParts shown;
    for (size_t i = 0; i < scene.layers.size(); ++i) {
        SceneLayer& layer = scene.layers[i];
        if (!layer.paint.visible || !needsStreamedRead(layer, camera, true)) continue;
        // Read without the backdrop (put back at once): not drawn around an export's view.
        std::shared_ptr<StreamedBackdrop> backdrop = std::move(layer.backdrop);
        Result<SceneLayer> read = readStreamedView(layer, scene.mapCrs, camera, {}, 0.0);
        layer.backdrop = std::move(backdrop);
        if (!read) {
            putBackStreamedParts(scene, std::move(shown));
            return read.error();
        }
        SceneLayer before;
        moveStreamedView(before, layer);
        moveStreamedView(layer, *read);
        (void)buildLeftOutOutlines(layer);
        shown.emplace_back(i, std::move(before));
    }
    return shown;
}

void putBackStreamedParts(MapScene& scene, StreamedParts&& parts) {
    for (auto& [i, before] : parts) moveStreamedView(scene.layers[i], before);
}

bool buildLeftOutOutlines(SceneLayer& layer) {
    if (!layer.outlinesLeftOut || layer.paint.strokeWidth <= 0.0f) return false;
    double ox = 0, oy = 0;
    meshOrigin(layer.data.geometry, ox, oy);
    layer.meshes.lines = buildLineMesh(layer.data.geometry, ox, oy);
    layer.outlinesLeftOut = false;
    return true;
}

void buildMeshesForView(SceneLayer& layer, const Camera& camera, float pixelScale,
                        std::vector<std::string>& warnings, bool widthMayChange) {
    double ox = 0, oy = 0;
    meshOrigin(layer.data.geometry, ox, oy);
    const bool polygons = layer.data.geometry.kind == GeometryKind::Polygon;
    // Outlines of no width are not drawn: an export builds none (at 10^7 hexagons, 147 MB of the
    // software renderer's memory and as much of the meshes'). A window's first view builds them:
    // a detail level's outlines cannot be built later from the layer's geometry
    // (buildLeftOutOutlines builds the full ones), and the user may widen them before the
    // complete meshes come.
    const bool outlines = !polygons || widthMayChange || layer.paint.strokeWidth > 0.0f;
    if (polygons)
        layer.meshes.levels =
            buildDetailLevelFor(layer.data.geometry, ox, oy, camera.unitsPerPixel, outlines);
    // Fills simplified like the outlines where opaque outlines cover their edges: a third of the
    // triangles for the counties of a province at 2048 px.
    if (layer.meshes.levels.empty())
        buildFullMeshes(layer, camera.unitsPerPixel / 8.0,
                        outlinesCoverFillEdges(layer.paint, camera, pixelScale), outlines);
    layer.outlinesLeftOut = !outlines;
    warnUnfilledParts(layer, warnings);
    // Still not the full meshes, those of one view: fullMeshesSkipped stays until setCompleteMeshes.
}

LayerMeshes completeMeshes(const GeometryColumn& geometry, bool detailLevels, bool polygonOutlines) {
    LayerMeshes meshes;
    double ox = 0, oy = 0;
    meshOrigin(geometry, ox, oy);
    if (geometry.kind == GeometryKind::Point) return meshes;
    if (geometry.kind == GeometryKind::Polygon) {
        if (detailLevels) meshes.levels = buildDetailLevels(geometry, ox, oy);
        meshes.fill = tessellatePolygons(geometry, ox, oy);
    }
    if (geometry.kind == GeometryKind::Line || polygonOutlines)
        meshes.lines = buildLineMesh(geometry, ox, oy);
    return meshes;
}

// Below this many vertices a layer's every mesh is built before it is shown: a first view of
// its own would save less than it costs.
constexpr size_t kFirstViewVertices = 200'000;

Result<FirstView> prepareFirstView(const std::vector<LayerSpec>& specs, const std::string& mapCrs,
                                   const std::string& crs, LoadProgress* progress, std::optional<Camera> view,
                                   int width, int height, double margin) {
    Result<PreparedLayers> prepared =
        prepareSceneLayers(specs, mapCrs, crs, progress, /*skipFullMeshes=*/true);
    if (!prepared) return prepared.error();
    const Camera camera = view ? *view : Camera::fit(shownExtent(prepared->layers), width, height, margin);
    FirstView first;
    for (SceneLayer& layer : prepared->layers) {
        if (!layer.fullMeshesSkipped) continue;
        if (layer.data.geometry.vertexCount() < kFirstViewVertices) {
            setCompleteMeshes(layer, completeMeshes(layer.data.geometry));
            continue;
        }
        buildMeshesForView(layer, camera, 1.0f, prepared->warnings, /*widthMayChange=*/true);
        first.toComplete.emplace_back(layer.id, layer.data.geometry);
    }
    first.prepared = std::move(*prepared);
    return first;
}

void setCompleteMeshes(SceneLayer& layer, LayerMeshes meshes) {
    layer.meshes.fill = std::move(meshes.fill);
    layer.meshes.lines = std::move(meshes.lines);
    layer.meshes.levels = std::move(meshes.levels);
    layer.fullMeshesSkipped = false;
    layer.outlinesLeftOut = false;
}

std::vector<PlacedLabel> placeSceneLabels(const MapScene& scene, const Camera& camera, float pixelScale,
                                          const MeasureText& measure, const std::vector<PixelBox>& occupied,
                                          const PixelBox& area, float textScale) {
    std::vector<LabelLayer> layers;
    for (size_t i = scene.layers.size(); i-- > 0;) {
        const SceneLayer& layer = scene.layers[i];
        if (!layer.paint.visible || layer.labels.empty()) continue;
        layers.push_back(LabelLayer{&layer.labels, &layer.data.geometry, &layer.spec.label,
                                    layer.paint.pointSize / 2,
                                    layer.featureSizes.empty() ? nullptr : &layer.featureSizes, pixelScale});
    }
    return placeLabels(layers, camera, textScale > 0 ? textScale : pixelScale, measure, occupied, area);
}

Status addSceneLayer(MapScene& scene, const LayerSpec& spec) {
    Result<PreparedLayers> prepared =
        prepareSceneLayers({spec}, scene.layers.empty() ? "" : scene.mapCrs, scene.document.crs);
    if (!prepared) return prepared.error();
    return commitSceneLayers(scene, std::move(*prepared));
}

size_t uploadSceneLayer(MapRenderer& renderer, const SceneLayer& layer) {
    const size_t index = renderer.addLayer(layer.meshes);
    renderer.setFeatureColors(index, layer.featureColors);
    renderer.setFeatureSizes(index, layer.featureSizes);
    renderer.setFeatureDashes(index, layer.featureDashes);
    return index;
}

LayerPaint paintOf(const SceneLayer& layer) {
    LayerPaint paint;
    paint.visible = layer.spec.visible;
    paint.opacity = float(layer.spec.opacity);
    paint.strokeColor = layer.spec.stroke.color;
    paint.strokeWidth = float(layer.spec.stroke.width);
    paint.pointSize = float(layer.spec.point.size);
    paint.drawFill = layer.data.geometry.kind == GeometryKind::Polygon;
    paint.strokeByFeature = strokesByFeature(layer);
    // Dashes and casings are for line layers: only their meshes know distances along the lines.
    if (layer.data.geometry.kind == GeometryKind::Line) {
        paint.dash = layer.spec.stroke.dash;
        paint.casingColor = layer.spec.stroke.casingColor;
        paint.casingWidth = float(layer.spec.stroke.casingWidth);
    }
    if (paint.drawFill) paint.typicalFeatureSize = typicalFeatureSize(layer.data.geometry);
    return paint;
}

}  // namespace bashu
