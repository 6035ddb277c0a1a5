#include "io/vector_reader.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <vector>

#include "core/run_on_threads.h"
#include "io/gdal_errors.h"
#include "io/json_syntax.h"
#include "io/remote_paths.h"
#include "io/shapefile_checks.h"
#include "io/text_encoding.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// Reports of the same problem stop after this many lines; the counts keep going.
constexpr size_t kMaxWarningsPerKind = 5;

// How often (in features) a read reports its progress and checks whether it was cancelled.
constexpr size_t kProgressEvery = 4096;

// Beyond this nesting a JSON file that GDAL failed to read is reported as nested too deeply.
constexpr size_t kMostGeoJsonNesting = 32;

std::optional<GeometryKind> kindOfType(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
        case wkbMultiPoint:
            return GeometryKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
        case wkbCircularString:
        case wkbCompoundCurve:
        case wkbMultiCurve:
            return GeometryKind::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
        case wkbTriangle:
        case wkbPolyhedralSurface:
        case wkbTIN:
            return GeometryKind::Polygon;
        default:
            return std::nullopt;
    }
}

std::optional<GeometryKind> kindOfDimension(int dimension) {
    switch (dimension) {
        case 0:
            return GeometryKind::Point;
        case 1:
            return GeometryKind::Line;
        case 2:
            return GeometryKind::Polygon;
        default:
            return std::nullopt;
    }
}

FieldType fieldTypeOf(OGRFieldType type) {
    switch (type) {
        case OFTInteger:
        case OFTInteger64:
            return FieldType::Integer;
        case OFTReal:
            return FieldType::Real;
        default:
            return FieldType::String;
    }
}

// Appends a geometry's parts to a column, or nothing when it does not fit; returns whether
// every coordinate was finite.
class GeometryAppender {
public:
    explicit GeometryAppender(GeometryColumn& column) : column_(column) {}

    bool append(const OGRGeometry& geometry) {
        const size_t vertices = column_.xy.size(), rings = column_.ringOffsets.size(),
                     parts = column_.partOffsets.size();
        finite_ = true;
        appendAny(geometry);
        if (!finite_) {
            // Roll back the partial feature so a bad coordinate never reaches the map.
            column_.xy.resize(vertices);
            column_.ringOffsets.resize(rings);
            column_.partOffsets.resize(parts);
        }
        return finite_;
    }

private:
    void appendAny(const OGRGeometry& g) {
        switch (wkbFlatten(g.getGeometryType())) {
            case wkbPoint: {
                const auto& p = *g.toPoint();
                if (p.IsEmpty()) return;
                addVertex(p.getX(), p.getY());
                column_.endRing();
                column_.endPart();
                return;
            }
            case wkbLineString:
            case wkbLinearRing:
                appendRing(*g.toSimpleCurve());
                column_.endPart();
                return;
            case wkbPolygon: {
                const auto& polygon = *g.toPolygon();
                if (polygon.IsEmpty()) return;
                for (const OGRLinearRing* ring : polygon) appendRing(*ring);
                column_.endPart();
                return;
            }
            case wkbMultiPoint:
            case wkbMultiLineString:
            case wkbMultiPolygon:
            case wkbGeometryCollection:
                for (const OGRGeometry* member : *g.toGeometryCollection())
                    if (sameKind(*member)) appendAny(*member);
                return;
            default: {
                // Curves and surfaces: draw their linear approximation.
                std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
                if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g.getGeometryType()))
                    appendAny(*linear);
                return;
            }
        }
    }

    bool sameKind(const OGRGeometry& member) const {
        return kindOfDimension(member.getDimension()) == column_.kind;
    }

    void appendRing(const OGRSimpleCurve& ring) {
        const int n = ring.getNumPoints();
        buffer_.resize(size_t(n));
        ring.getPoints(buffer_.data());
        for (const OGRRawPoint& p : buffer_) addVertex(p.x, p.y);
        column_.endRing();
    }

    void addVertex(double x, double y) {
        if (!std::isfinite(x) || !std::isfinite(y)) finite_ = false;
        column_.addVertex(x, y);
    }

    GeometryColumn& column_;
    std::vector<OGRRawPoint> buffer_;
    bool finite_ = true;
};

// Makes a polygonal geometry valid, keeping only the parts of the layer's dimension.
std::unique_ptr<OGRGeometry> repaired(const OGRGeometry& geometry) {
    ScopedGdalErrorCapture quiet;  // GEOS explains itself through GDAL's warnings
    std::unique_ptr<OGRGeometry> fixed(geometry.MakeValid());
    if (!fixed || !fixed->IsValid()) return nullptr;
    return fixed;
}

// Whether GEOS considers a geometry valid; `reason` gets GEOS's explanation when it does not.
bool isValid(const OGRGeometry& geometry, std::string& reason) {
    ScopedGdalErrorCapture quiet;
    const bool valid = geometry.IsValid();
    if (!valid) reason = !quiet.warnings().empty() ? quiet.warnings().front() : quiet.lastError();
    return valid;
}

// Features whose geometries are checked together (checkGeometries).
constexpr size_t kCheckBatch = 1024;

struct GeometryCheck {
    bool valid = true;
    std::string reason;  // why not, when GEOS says
};

// The validity of each feature's geometry that `needsCheck` selects (the others count as valid),
// split over the cores: each thread checks every n-th feature, in its own GEOS context and with
// its own GDAL error capture (both per thread).
template <class NeedsCheck>
std::vector<GeometryCheck> checkGeometries(const std::vector<OGRFeatureUniquePtr>& batch,
                                           const NeedsCheck& needsCheck) {
    std::vector<GeometryCheck> checks(batch.size());
    auto checkEvery = [&](size_t first, size_t step) {
        for (size_t b = first; b < batch.size(); b += step)
            if (const OGRGeometry* geometry = batch[b]->GetGeometryRef(); needsCheck(geometry))
                checks[b].valid = isValid(*geometry, checks[b].reason);
    };
    const size_t threads = threadsFor(batch.size(), 1);
    runOnThreads(threads, [&](size_t t) { checkEvery(t, threads); });
    return checks;
}

// Whether every coordinate of a geometry is finite (GEOS calls a NaN or infinite coordinate invalid,
// but no repair can make it usable).
bool allFinite(const OGRGeometry& geometry) {
    class Check final : public OGRDefaultConstGeometryVisitor {
    public:
        using OGRDefaultConstGeometryVisitor::visit;
        // Vertices of curves come as points; GDAL calls a point with a NaN coordinate empty, so
        // IsEmpty() must not be asked here.
        void visit(const OGRPoint* point) override {
            if (!std::isfinite(point->getX()) || !std::isfinite(point->getY())) finite = false;
        }
        bool finite = true;
    } check;
    geometry.accept(&check);
    return check.finite;
}

void describeCrs(const OGRSpatialReference& srs, Layer& layer) {
    char* wkt = nullptr;
    const char* const wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs.exportToWkt(&wkt, wktOptions) == OGRERR_NONE && wkt) layer.crs = wkt;
    CPLFree(wkt);
    if (const char* name = srs.GetName()) layer.crsName = name;
    OGRSpatialReference identified(srs);
    const char* authority = identified.GetAuthorityName(nullptr);
    if (!authority) {
        identified.AutoIdentifyEPSG();
        authority = identified.GetAuthorityName(nullptr);
    }
    if (authority && std::string(authority) == "EPSG") {
        if (const char* code = identified.GetAuthorityCode(nullptr)) layer.epsg = std::atoi(code);
    }
}

// "(x 104 to 104.5, y 30.5 to 95.5)": where the coordinates lie, so a planner sees what is off.
std::string coordinateRange(const Extent& e) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "(x %.6g to %.6g, y %.6g to %.6g)", e.minX, e.maxX, e.minY, e.maxY);
    return buffer;
}

bool looksLikeLonLat(const Extent& e) {
    return !e.empty() && e.minX >= -180.0 && e.maxX <= 360.0 && e.minY >= -90.0 && e.maxY <= 90.0;
}

Result<Layer> readLayer(const std::string& path, OGRLayer& source, const ReadOptions& options) {
    Layer layer;
    layer.name = source.GetName();
    layer.sourcePath = path;
    LoadReport& report = layer.report;

    if (!options.attributeFilter.empty()) {
        ScopedGdalErrorCapture errors;
        if (source.SetAttributeFilter(options.attributeFilter.c_str()) != OGRERR_NONE)
            return Error{path + ": layer '" + layer.name + "': invalid filter '" + options.attributeFilter +
                         "': " + errors.lastError()};
    }

    OGRFeatureDefn* definition = source.GetLayerDefn();
    // The fields read: all, or those asked for when the layer has every one of them (a missing
    // one reads all, so that the message naming it can list the others).
    std::vector<int> fieldsRead;
    bool allAsked = options.fields.has_value() && options.attributeFilter.empty();
    if (allAsked)
        for (const std::string& name : *options.fields)
            allAsked = allAsked && definition->GetFieldIndex(name.c_str()) >= 0;
    std::vector<const char*> ignored;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = definition->GetFieldDefn(i);
        if (allAsked && std::find(options.fields->begin(), options.fields->end(), field->GetNameRef()) ==
                            options.fields->end()) {
            ignored.push_back(field->GetNameRef());
            continue;
        }
        fieldsRead.push_back(i);
        layer.attributes.columns.push_back(
            Column{field->GetNameRef(), fieldTypeOf(field->GetType()), {}, {}, {}});
    }
    // Fields nobody reads are not even parsed by the driver.
    if (!ignored.empty()) {
        ignored.push_back(nullptr);
        source.SetIgnoredFields(ignored.data());
    }

    const bool hasGeometryField = definition->GetGeomFieldCount() > 0;
    layer.isTable = !hasGeometryField;
    // GDAL's own messages while reading this layer (GEOS's are kept out, see isValid).
    ScopedGdalErrorCapture errors;
    // A layer that declares no single kind is read into one column per kind in this same pass;
    // the kind most features have wins afterwards (a tie goes to the higher dimension).
    const std::optional<GeometryKind> declared = kindOfType(source.GetGeomType());
    GeometryColumn columns[3];
    std::vector<GeometryAppender> appenders;
    for (size_t k = 0; k < 3; ++k) {
        columns[k].kind = GeometryKind(k);
        appenders.emplace_back(columns[k]);
    }
    size_t kindCounts[3] = {0, 0, 0};
    std::vector<std::string> firstOfKind[3];  // warnings for features that may turn out skipped
    size_t skippedKind = 0, unrepairable = 0, nonFinite = 0;
    auto warnCapped = [&report](size_t& count, std::string message) {
        if (++count <= kMaxWarningsPerKind) report.warn(std::move(message));
    };

    // Only where the driver knows it without a pass over the file (FALSE: no forced count).
    const GIntBig counted = source.GetFeatureCount(FALSE);
    const size_t total = counted > 0 ? size_t(counted) : 0;
    // Features are read in batches: their geometries' validity is checked for a whole batch at
    // once, on every core (GEOS's check is the bulk of reading polygons), then each is kept,
    // repaired or skipped in order.
    std::vector<OGRFeatureUniquePtr> batch;
    auto needsCheck = [&](const OGRGeometry* geometry) {
        if (!options.validate || !geometry || geometry->IsEmpty()) return false;
        const std::optional<GeometryKind> kind = kindOfDimension(geometry->getDimension());
        return kind && (!declared || kind == declared) && *kind != GeometryKind::Point;
    };
    auto takeBatch = [&] {
        const std::vector<GeometryCheck> checks = checkGeometries(batch, needsCheck);
        for (size_t b = 0; b < batch.size(); ++b) {
            const OGRFeatureUniquePtr& feature = batch[b];
            auto fid = [&feature] { return "feature " + std::to_string(feature->GetFID()); };
            auto skipNonFinite = [&] {
                ++report.skipped;
                warnCapped(nonFinite, fid() + ": non-finite (NaN or infinite) coordinates, skipped");
            };
            const OGRGeometry* geometry = feature->GetGeometryRef();
            if (!geometry) {
                if (hasGeometryField) ++report.nullGeometries;
            } else if (geometry->IsEmpty()) {
                ++report.emptyGeometries;
            } else {
                const std::optional<GeometryKind> kind = kindOfDimension(geometry->getDimension());
                std::unique_ptr<OGRGeometry> fixed;
                std::string reason;
                if (!kind || (declared && kind != declared)) {
                    ++report.skipped;
                    warnCapped(skippedKind,
                               fid() + ": " + OGRGeometryTypeToName(geometry->getGeometryType()) + " in a " +
                                   geometryKindName(declared.value_or(GeometryKind::Polygon)) +
                                   " layer, skipped");
                    geometry = nullptr;
                } else if (!checks[b].valid) {
                    reason = checks[b].reason;
                    if (!allFinite(*geometry)) {
                        skipNonFinite();
                        geometry = nullptr;
                    } else {
                        ++report.invalidGeometries;
                        fixed = repaired(*geometry);
                        if (fixed) {
                            ++report.repaired;
                            geometry = fixed.get();
                        } else {
                            ++report.skipped;
                            warnCapped(unrepairable,
                                       fid() + ": invalid geometry that could not be repaired, skipped" +
                                           (reason.empty() ? "" : " (" + reason + ")"));
                            geometry = nullptr;
                        }
                    }
                }
                if (geometry) {
                    if (!appenders[size_t(*kind)].append(*geometry)) {
                        skipNonFinite();
                    } else {
                        ++kindCounts[size_t(*kind)];
                        if (!declared && firstOfKind[size_t(*kind)].size() < kMaxWarningsPerKind)
                            firstOfKind[size_t(*kind)].push_back(
                                fid() + ": " + OGRGeometryTypeToName(geometry->getGeometryType()));
                    }
                }
            }
            for (GeometryColumn& column : columns) column.endFeature();
        }
        batch.clear();
    };
    source.ResetReading();
    while (OGRFeatureUniquePtr feature{source.GetNextFeature()}) {
        if (options.progress && report.featuresRead % kProgressEvery == 0 &&
            !options.progress(report.featuresRead, total))
            return Error{path + ": loading cancelled"};
        ++report.featuresRead;
        for (size_t c = 0; c < fieldsRead.size(); ++c) {
            const int i = fieldsRead[c];
            Column& column = layer.attributes.columns[c];
            if (!feature->IsFieldSetAndNotNull(i))
                column.appendNull();
            else if (column.isNumeric())
                column.appendNumber(column.type == FieldType::Integer
                                        ? double(feature->GetFieldAsInteger64(i))
                                        : feature->GetFieldAsDouble(i));
            else
                column.appendString(feature->GetFieldAsString(i));
        }
        batch.push_back(std::move(feature));
        if (batch.size() == kCheckBatch) {
            takeBatch();
            // After the first batch, room for the whole layer's coordinates at the batch's rate:
            // grown by doubling instead, a 10^6-polygon layer held up to twice its 208 MB.
            if (report.featuresRead == kCheckBatch && total > kCheckBatch)
                for (GeometryColumn& column : columns)
                    column.xy.reserve(size_t(double(column.xy.size()) / kCheckBatch * double(total) * 1.05));
        }
    }
    takeBatch();

    GeometryKind chosen = declared.value_or(GeometryKind::Polygon);
    if (!declared) {
        for (GeometryKind k : {GeometryKind::Polygon, GeometryKind::Line, GeometryKind::Point})
            if (kindCounts[size_t(k)] > kindCounts[size_t(chosen)]) chosen = k;
        for (size_t k = 0; k < 3; ++k) {
            if (k == size_t(chosen) || kindCounts[k] == 0) continue;
            report.skipped += kindCounts[k];
            skippedKind += kindCounts[k] - std::min(kindCounts[k], firstOfKind[k].size());
            for (const std::string& first : firstOfKind[k])
                warnCapped(skippedKind, first + " in a " + geometryKindName(chosen) + " layer, skipped");
        }
    }
    layer.geometry = std::move(columns[size_t(chosen)]);
    // Columns that grew by doubling hold up to twice the memory they need for as long as the
    // layer lives: one copy gives it back (coordinates reserved from the first batch are near
    // their size, and copying them would only add a peak).
    if (layer.geometry.xy.capacity() > layer.geometry.xy.size() + layer.geometry.xy.size() / 4)
        layer.geometry.xy.shrink_to_fit();
    for (std::vector<uint32_t>* v :
         {&layer.geometry.ringOffsets, &layer.geometry.partOffsets, &layer.geometry.featureOffsets})
        v->shrink_to_fit();
    for (Column& column : layer.attributes.columns) {
        column.numbers.shrink_to_fit();
        column.strings.shrink_to_fit();
        column.valid.shrink_to_fit();
    }
    if (skippedKind > kMaxWarningsPerKind)
        report.warn(std::to_string(skippedKind) + " features of another geometry kind skipped in all");
    if (unrepairable > kMaxWarningsPerKind)
        report.warn(std::to_string(unrepairable) +
                    " invalid geometries that could not be repaired skipped in all");
    if (nonFinite > kMaxWarningsPerKind)
        report.warn(std::to_string(nonFinite) + " features with non-finite coordinates skipped in all");
    if (report.repaired > 0)
        report.warn(std::to_string(report.repaired) + " invalid geometries repaired (MakeValid)");

    if (!errors.lastError().empty()) {
        // Drivers that check a filter only when reading (GeoPackage, ...) fail here.
        if (report.featuresRead == 0)
            return Error{path + ": layer '" + layer.name + "': " +
                         (options.attributeFilter.empty()
                              ? ""
                              : "invalid filter '" + options.attributeFilter + "': ") +
                         errors.lastError()};
        report.warn("error while reading: " + errors.lastError());
    }
    for (const std::string& w : errors.warnings()) report.warn(w);
    // A Shapefile's .cpg or DBF header may name an encoding that GDAL has converted from already.
    const char* declaredEncoding = source.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    makeTextUtf8(layer, declaredEncoding ? declaredEncoding : "");

    const OGRSpatialReference* srs = source.GetSpatialRef();
    const bool hasVertices = hasGeometryField && layer.geometry.vertexCount() > 0;
    const bool lonLat = hasVertices && looksLikeLonLat(layer.geometry.extent());
    if (srs && srs->IsGeographic() && hasVertices && !lonLat) {
        // GeoJSON always reports WGS 84 (RFC 7946), whatever its coordinates.
        const char* name = srs->GetName();
        const Extent e = layer.geometry.extent();
        const bool latitudesOff = e.minX >= -180.0 && e.maxX <= 360.0 && e.minY > -1000.0 && e.maxY < 1000.0;
        if (latitudesOff) {
            // Longitudes fit, latitudes go past a pole: a wrong coordinate, not a missing CRS.
            char buffer[200];
            std::snprintf(
                buffer, sizeof buffer,
                "latitudes from %.6g to %.6g go past the poles (longitudes %.6g to %.6g fit): a coordinate "
                "is wrong; fix it in the file",
                e.minY, e.maxY, e.minX, e.maxX);
            report.crsProblem = buffer;
            report.warn(report.crsProblem);
        } else {
            report.crsProblem = "no coordinate reference system and the coordinates " +
                                coordinateRange(layer.geometry.extent()) +
                                " are not longitude/latitude (the geographic CRS '" +
                                (name ? name : "unknown") +
                                "' reported for the file does not fit them and is ignored)";
            report.warn(report.crsProblem);
        }
    } else if (srs) {
        describeCrs(*srs, layer);
    } else if (hasVertices) {
        if (lonLat) {
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            describeCrs(wgs84, layer);
            report.warn(
                "no coordinate reference system; coordinates look like longitude/latitude, assumed WGS 84 "
                "(EPSG:4326)");
        } else {
            report.crsProblem = "no coordinate reference system and the coordinates " +
                                coordinateRange(layer.geometry.extent()) + " are not longitude/latitude";
            report.warn(report.crsProblem);
        }
    }
    return layer;
}

// GDAL's in-memory file system: data handed over without a file on disk (tests, fuzzing).
bool isGdalMemoryPath(const std::string& path) { return path.rfind("/vsimem/", 0) == 0; }

// Opens a file for reading vectors, with one message naming the file for every way it can fail.
Result<GDALDatasetUniquePtr> openVectorDataset(const std::string& path) {
    ensureGdalRegistered();
    if (isRemotePath(path) && !networkAccessAllowed())
        return Error{
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)"};
    if (isRemotePath(path)) {
        // Allowed by the user: GDAL fetches it and says what went wrong.
    } else if (isGdalMemoryPath(path)) {
        // GDAL's in-memory files exist only inside GDAL, out of std::filesystem's sight.
        VSIStatBufL stat;
        if (VSIStatL(path.c_str(), &stat) != 0) return Error{path + ": no such file"};
        if (VSI_ISDIR(stat.st_mode)) return Error{path + ": is a directory, not a file"};
        if (stat.st_size == 0) return Error{path + ": file is empty"};
    } else {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) return Error{path + ": no such file"};
        if (fs::is_directory(status)) return Error{path + ": is a directory, not a file"};
        if (fs::is_regular_file(status) && fs::file_size(path, ec) == 0)
            return Error{path + ": file is empty"};
    }

    if (std::optional<std::string> missing = missingShapefileIndex(path)) return Error{*missing};

    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        std::string why = !errors.lastError().empty() ? errors.lastError()
                          : isRemotePath(path)        ? "could not be fetched, or is not a vector format"
                                                      : "not a vector format that can be read";
        // A .json/.geojson file that is not even JSON: say where it breaks.
        std::string extension = fs::path(path).extension().string();
        for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (extension == ".json" || extension == ".geojson") {
            if (std::optional<std::string> syntax = jsonSyntaxError(path))
                why = "not valid JSON at " + *syntax;
            else if (const size_t depth = jsonNestingDepth(path); depth > kMostGeoJsonNesting)
                why = "arrays and objects nested " + std::to_string(depth) +
                      " levels deep, more than a GeoJSON reader accepts";
        }
        return Error{path + ": " + why};
    }
    return dataset;
}

Result<VectorFile> readVectorFileOrThrow(const std::string& path, const ReadOptions& options) {
    Result<GDALDatasetUniquePtr> opened = openVectorDataset(path);
    if (!opened) return opened.error();
    GDALDatasetUniquePtr& dataset = *opened;
    ScopedGdalErrorCapture errors;  // each layer reports its own messages; this keeps the rest quiet

    VectorFile file;
    file.path = path;
    file.driver = dataset->GetDriver() ? dataset->GetDriver()->GetDescription() : "";
    if (!options.layerName.empty()) {
        OGRLayer* layer = dataset->GetLayerByName(options.layerName.c_str());
        if (!layer) return Error{path + ": no layer named '" + options.layerName + "'"};
        Result<Layer> read = readLayer(path, *layer, options);
        if (!read) return read.error();
        file.layers.push_back(std::move(read.value()));
    } else {
        for (OGRLayer* layer : dataset->GetLayers()) {
            Result<Layer> read = readLayer(path, *layer, options);
            if (!read) return read.error();
            file.layers.push_back(std::move(read.value()));
        }
    }
    if (file.layers.empty()) return Error{path + ": contains no layers"};
    if (file.driver == "ESRI Shapefile") {
        const ShapefileFindings findings = checkShapefile(path);
        for (Layer& layer : file.layers) {
            std::vector<std::string>& warnings = layer.report.warnings;
            if (findings.truncated)  // said better below than by GDAL's "Error in fread()"
                std::erase_if(warnings,
                              [](const std::string& w) { return w.find("fread") != std::string::npos; });
            for (const std::string& w : findings.warnings) warnings.push_back(w);
        }
    }
    return file;
}

}  // namespace

Result<std::vector<std::string>> listLayerNames(const std::string& path) {
    Result<GDALDatasetUniquePtr> dataset = openVectorDataset(path);
    if (!dataset) return dataset.error();
    std::vector<std::string> names;
    for (OGRLayer* layer : (*dataset)->GetLayers()) names.emplace_back(layer->GetName());
    if (names.empty()) return Error{path + ": contains no layers"};
    return names;
}

Result<VectorFile> readVectorFile(const std::string& path, const ReadOptions& options) {
    try {
        return readVectorFileOrThrow(path, options);
    } catch (const std::bad_alloc&) {
        std::error_code ec;
        const uintmax_t size = fs::file_size(path, ec);
        return Error{path + ": not enough memory to read it" +
                     (ec ? std::string() : " (" + std::to_string(size >> 20) + " MiB on disk)") +
                     "; read part of it with a filter or a layer name, or free memory"};
    }
}

}  // namespace bashu
