#include "io/vector_reader.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

#include "core/file_extension.h"
#include "io/container_datasets.h"
#include "io/gdal_errors.h"
#include "io/geojson_reader.h"
#include "io/json_syntax.h"
#include "io/kind_layers.h"
#include "io/layer_crs.h"
#include "io/layer_kinds.h"
#include "io/layer_read.h"
#include "io/ogr_geometry.h"
#include "io/remote_paths.h"
#include "io/shapefile_checks.h"
#include "io/text_encoding.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// Beyond this nesting a JSON file that GDAL failed to read is reported as nested too deeply.
constexpr size_t kMostGeoJsonNesting = 32;

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

// The layer's field indices to read, with an empty column for each in `layer`: all fields, or
// those asked for when the layer has every one of them (a missing one reads all, so that the
// message naming it can list the others). The others are not even parsed by the driver.
std::vector<int> chooseFields(OGRLayer& source, const ReadOptions& options, Layer& layer) {
    OGRFeatureDefn* definition = source.GetLayerDefn();
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
    if (!ignored.empty()) {
        ignored.push_back(nullptr);
        source.SetIgnoredFields(ignored.data());
    }
    return fieldsRead;
}

// The layer as read, or where its features mix geometry kinds one layer per kind (kind_layers.h).
Result<std::vector<Layer>> readLayer(const std::string& path, OGRLayer& source, const ReadOptions& options) {
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
    std::vector<int> fieldsRead = chooseFields(source, options, layer);
    const bool hasGeometryField = source.GetLayerDefn()->GetGeomFieldCount() > 0;
    layer.isTable = !hasGeometryField;
    // Not a warning: a table read to be joined is as it should be. A table where a layer to draw
    // was asked for is warned of by whoever asked.
    if (layer.isTable)
        report.nothingToDraw =
            "a table without geometry, nothing to draw; join it to a layer instead (a map document's "
            "\"join\")";
    // GDAL's own messages while reading this layer.
    ScopedGdalErrorCapture errors;
    // A layer that declares no single kind is read into one column per kind in this same pass,
    // each a layer of its own at the end where more than one holds features.
    LayerBuilder builder(report, kindOfType(source.GetGeomType()), hasGeometryField, options.validate);
    // Only where the driver knows it without a pass over the file (FALSE: no forced count).
    const GIntBig counted = source.GetFeatureCount(FALSE);
    LayerRead read{path,
                   source,
                   options,
                   std::move(fieldsRead),
                   layer.attributes,
                   builder,
                   counted > 0 ? size_t(counted) : 0,
                   0,
                   {}};
    Result<bool> byArrow = readByArrowStream(read);
    if (!byArrow) return byArrow.error();
    if (!*byArrow) {
        Status byFeatures = readByFeatures(read);
        if (!byFeatures) return byFeatures.error();
    }
    report.featuresRead = read.featuresRead;
    std::vector<KindShare> shares = builder.finish();
    for (Column& column : layer.attributes.columns) {
        column.numbers.shrink_to_fit();
        column.strings.shrink_to_fit();
        column.valid.shrink_to_fit();
    }

    if (const std::string& failure = read.failure.empty() ? errors.lastError() : read.failure;
        !failure.empty()) {
        // Drivers that check a filter only when reading (GeoPackage, ...) fail here.
        if (report.featuresRead == 0)
            return Error{path + ": layer '" + layer.name + "': " +
                         (options.attributeFilter.empty()
                              ? ""
                              : "invalid filter '" + options.attributeFilter + "': ") +
                         failure};
        report.warn("error while reading: " + failure);
    }
    if (report.featuresRead == 0 && !layer.isTable && !options.attributeFilter.empty()) {
        // The layer may hold features: none passed the filter.
        const std::string becauseOfFilter =
            "no geometries to draw: no feature matches the filter '" + options.attributeFilter + "'";
        std::replace(report.warnings.begin(), report.warnings.end(), report.nothingToDraw, becauseOfFilter);
        report.nothingToDraw = becauseOfFilter;
    }
    for (const std::string& w : errors.warnings())
        // Said by the layer builder, feature by feature, as closed (GDAL suggests an option).
        if (w.rfind("Non closed ring detected", 0) != 0) report.warn(w);
    // A Shapefile's .cpg or DBF header may name an encoding that GDAL has converted from already.
    const char* declaredEncoding = source.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    makeTextUtf8(layer, declaredEncoding ? declaredEncoding : "");

    std::vector<Layer> layers = splitByKind(std::move(layer), std::move(shares));
    // Each of its own geometry: a CRS of longitude/latitude is checked against its coordinates.
    for (Layer& each : layers) assignCrs(each, source.GetSpatialRef());
    return layers;
}

// What makes a local path unreadable before any driver looks at it. A folder may be a dataset
// (a File Geodatabase, a folder of Shapefiles): GDAL is asked, and says so if it is not.
std::optional<Error> localFileProblem(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return Error{path + ": no such file"};
    if (fs::is_regular_file(status) && fs::file_size(path, ec) == 0) return Error{path + ": file is empty"};
    return std::nullopt;
}

// Whether GDAL sees a folder at `path` (local, in memory or inside an archive).
bool isGdalFolder(const std::string& path) {
    VSIStatBufL stat;
    return VSIStatL(path.c_str(), &stat) == 0 && VSI_ISDIR(stat.st_mode);
}

// A local GeoJSON file, which the fast reader may read (GDAL's virtual file systems are GDAL's).
bool mayReadWithoutGdal(const std::string& path) {
    const std::string extension = lowerExtension(path);
    std::error_code ec;
    return !isRemotePath(path) && path.rfind("/vsi", 0) != 0 &&
           (extension == ".geojson" || extension == ".json") && !fs::is_directory(path, ec);
}

// Opens a file for reading vectors, with one message naming the file for every way it can fail.
Result<GDALDatasetUniquePtr> openVectorDataset(const std::string& path) {
    ensureGdalRegistered();
    if (isRemotePath(path) && !networkAccessAllowed())
        return Error{
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)"};
    // What GDAL opens: the path itself, or for a zip archive the /vsizip/ path of its contents.
    std::string gdalPath = path;
    if (isRemotePath(path)) {
        // Allowed by the user: GDAL fetches it and says what went wrong.
    } else if (isZipPath(path)) {
        if (std::optional<Error> problem = zipPathProblem(path, path)) return *problem;
    } else if (isGdalMemoryPath(path)) {
        // GDAL's in-memory files exist only inside GDAL, out of std::filesystem's sight.
        VSIStatBufL stat;
        if (VSIStatL(path.c_str(), &stat) != 0) return Error{path + ": no such file"};
        if (!VSI_ISDIR(stat.st_mode) && stat.st_size == 0) return Error{path + ": file is empty"};
    } else if (std::optional<Error> problem = localFileProblem(path)) {
        return *problem;
    }
    if (std::optional<std::string> zipped = zipPathOfArchive(path)) {
        gdalPath = *zipped;
        if (std::optional<Error> problem = zipPathProblem(path, gdalPath)) return *problem;
    }
    // An archive's folder (its top, for a whole archive) may hold its data further down.
    if (isZipPath(gdalPath) && isGdalFolder(gdalPath)) return openZippedFolder(path, gdalPath);

    // Its sibling files are looked for with std::filesystem, which cannot see inside GDAL's paths.
    if (!isGdalVirtualPath(path))
        if (std::optional<std::string> missing = missingShapefileIndex(path)) return Error{*missing};

    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset && !isRemotePath(path) && isGdalFolder(path))
        return folderWithoutVectorData(path, errors.lastError());
    if (!dataset) {
        std::string why = !errors.lastError().empty() ? errors.lastError()
                          : isRemotePath(path)        ? "could not be fetched, or is not a vector format"
                                                      : "not a vector format that can be read";
        // A .json/.geojson file that is not even JSON: say where it breaks.
        const std::string extension = lowerExtension(path);
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

// The dataset listLayerNames opened last, kept for the read that usually follows (naming a file's
// layers, then reading them): GDAL parses a JSON or TopoJSON file whole at every opening (the 10 m
// world atlas: 0.45 s each time). The first read of the same, unchanged local file takes it.
struct KeptDataset {
    std::string path;
    uintmax_t size = 0;
    fs::file_time_type modified;
    GDALDatasetUniquePtr dataset;
};
std::mutex keptMutex;
std::optional<KeptDataset> kept;

// The file's size and time, where it is a local regular file (the cache's key beside its path).
bool fileIdentity(const std::string& path, uintmax_t& size, fs::file_time_type& modified) {
    std::error_code ec;
    if (isRemotePath(path) || isGdalMemoryPath(path) || !fs::is_regular_file(path, ec)) return false;
    size = fs::file_size(path, ec);
    if (ec) return false;
    modified = fs::last_write_time(path, ec);
    return !ec;
}

// The file a path names, however it is written (relative, with "./", absolute), as the
// cache's key: listing and reading may be given the same file in different words.
std::string samePathKey(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal().string();
}

void keepDataset(const std::string& path, GDALDatasetUniquePtr dataset) {
    KeptDataset entry;
    if (!fileIdentity(path, entry.size, entry.modified)) return;
    entry.path = samePathKey(path);
    entry.dataset = std::move(dataset);
    const std::lock_guard<std::mutex> lock(keptMutex);
    kept = std::move(entry);
}

GDALDatasetUniquePtr takeKeptDataset(const std::string& path) {
    uintmax_t size = 0;
    fs::file_time_type modified;
    const std::lock_guard<std::mutex> lock(keptMutex);
    if (!kept || kept->path != samePathKey(path) || !fileIdentity(path, size, modified) ||
        size != kept->size || modified != kept->modified)
        return nullptr;
    GDALDatasetUniquePtr dataset = std::move(kept->dataset);
    kept.reset();
    return dataset;
}

// What GDAL passes over in a Shapefile, or a local folder of them, in the reports of its layers.
void addShapefileFindings(const std::string& path, std::vector<Layer>& layers) {
    std::error_code ec;
    const bool folder = !isGdalVirtualPath(path) && fs::is_directory(path, ec);
    for (Layer& layer : layers) {
        const std::optional<std::string> shapefile =
            folder ? shapefileInFolder(path, layer.name) : std::optional<std::string>(path);
        if (!shapefile) continue;
        const ShapefileFindings findings = checkShapefile(*shapefile);
        std::vector<std::string>& warnings = layer.report.warnings;
        if (findings.truncated)  // said better below than by GDAL's "Error in fread()"
            std::erase_if(warnings,
                          [](const std::string& w) { return w.find("fread") != std::string::npos; });
        for (const std::string& w : findings.warnings) warnings.push_back(w);
    }
    // Said once, by the first layer: they belong to the folder, not to any layer read from it.
    if (folder && !layers.empty())
        for (const std::string& missing : shapefilesLeftOut(path))
            layers.front().report.warn("left out of the folder's layers: " + missing);
}

Result<VectorFile> readVectorFileOrThrow(const std::string& path, const ReadOptions& options) {
    GDALDatasetUniquePtr reused = takeKeptDataset(path);
    if (!reused && options.fastGeoJson && mayReadWithoutGdal(path)) {
        if (std::optional<Error> problem = localFileProblem(path)) return *problem;
        if (std::optional<Result<VectorFile>> fast = readGeoJsonFast(path, options)) return std::move(*fast);
    }
    Result<GDALDatasetUniquePtr> opened =
        reused ? Result<GDALDatasetUniquePtr>(std::move(reused)) : openVectorDataset(path);
    if (!opened) return opened.error();
    GDALDatasetUniquePtr& dataset = *opened;
    ScopedGdalErrorCapture errors;  // each layer reports its own messages; this keeps the rest quiet

    VectorFile file;
    file.path = path;
    file.driver = dataset->GetDriver() ? dataset->GetDriver()->GetDescription() : "";
    if (!options.layerName.empty()) {
        // The file's layer of that name, else one kind's features of a layer ("roads (lines)").
        LayerRequest request{options.layerName, std::nullopt};
        OGRLayer* layer = dataset->GetLayerByName(options.layerName.c_str());
        if (!layer)
            if (std::optional<LayerRequest> kind = kindLayerRequest(options.layerName)) {
                request = *kind;
                layer = dataset->GetLayerByName(request.layer.c_str());
            }
        if (!layer) return Error{path + ": no layer named '" + options.layerName + "'"};
        Result<std::vector<Layer>> read = readLayer(path, *layer, options);
        if (!read) return read.error();
        if (request.kind) {
            Result<Layer> ofKind = layerOfKind(std::move(*read), *request.kind, path, options.layerName);
            if (!ofKind) return ofKind.error();
            file.layers.push_back(std::move(*ofKind));
        } else {
            for (Layer& each : *read) file.layers.push_back(std::move(each));
        }
    } else {
        for (OGRLayer* layer : dataset->GetLayers()) {
            Result<std::vector<Layer>> read = readLayer(path, *layer, options);
            if (!read) return read.error();
            for (Layer& each : *read) file.layers.push_back(std::move(each));
        }
    }
    if (file.layers.empty()) return Error{path + ": contains no layers"};
    if (file.driver == "ESRI Shapefile") addShapefileFindings(path, file.layers);
    return file;
}

}  // namespace

Result<std::vector<std::string>> listLayerNames(const std::string& path) {
    // A GeoJSON FeatureCollection holds one layer, whose name needs no parse of its features.
    if (mayReadWithoutGdal(path) && !localFileProblem(path))
        if (std::optional<std::string> name = geoJsonLayerName(path)) {
            if (!geoJsonMayMixKinds(path)) return std::vector<std::string>{*name};
            // Only reading its geometries tells which kinds it holds, each a layer of its own.
            ReadOptions geometryOnly;
            geometryOnly.fields = std::vector<std::string>{};
            geometryOnly.validate = false;
            Result<VectorFile> file = readVectorFile(path, geometryOnly);
            if (!file) return file.error();
            std::vector<std::string> names;
            for (const Layer& layer : file->layers) names.push_back(layer.name);
            return names;
        }
    Result<GDALDatasetUniquePtr> dataset = openVectorDataset(path);
    if (!dataset) return dataset.error();
    struct Listed {
        std::string name;
        int rank;              // 0 polygons (or no geometries yet), 1 lines, 2 points, 3 tables
        GIntBig features = 0;  // -1 where the driver cannot tell without reading
    };
    std::vector<Listed> listed;
    auto rankOf = [](GeometryKind kind) {
        return kind == GeometryKind::Polygon ? 0 : kind == GeometryKind::Line ? 1 : 2;
    };
    for (OGRLayer* layer : (*dataset)->GetLayers()) {
        const OGRwkbGeometryType type = layer->GetGeomType();
        std::optional<GeometryKind> kind = kindOfType(type);
        if (type != wkbNone && !kind) {
            // Declaring no kind (a GeoJSON mixing them, TopoJSON objects): its features tell.
            const std::vector<GeometryKind> kinds = kindsInLayer(*layer);
            if (kinds.size() > 1) {
                for (GeometryKind each : kinds)
                    listed.push_back({kindLayerName(layer->GetName(), each), rankOf(each), -1});
                continue;
            }
            if (kinds.size() == 1) kind = kinds.front();
        }
        const int rank = type == wkbNone ? 3 : kind ? rankOf(*kind) : 0;
        listed.push_back({layer->GetName(), rank, rank == 0 ? layer->GetFeatureCount(FALSE) : 0});
    }
    if (listed.empty()) return Error{path + ": contains no layers"};
    std::stable_sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.rank == 0 && a.features >= 0 && b.features >= 0 && a.features < b.features;
    });
    std::vector<std::string> names;
    for (Listed& l : listed) names.push_back(std::move(l.name));
    keepDataset(path, std::move(*dataset));
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
