#include "io/vector_reader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

#include "io/gdal_errors.h"
#include "io/geojson_reader.h"
#include "io/kept_dataset.h"
#include "io/kind_layers.h"
#include "io/layer_kinds.h"
#include "io/layer_reader.h"
#include "io/ogr_geometry.h"
#include "io/shapefile_findings.h"
#include "io/vector_dataset.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// The dataset listLayerNames kept, else the file opened; or, for a local GeoJSON file that reads
// alike without GDAL, the file read (geojson_reader.h).
struct OpenedOrRead {
    GDALDatasetUniquePtr dataset;
    std::optional<Result<VectorFile>> readWithoutGdal;
};

Result<OpenedOrRead> openOrReadFast(const DataPath& path, const ReadOptions& options) {
    OpenedOrRead result;
    result.dataset = takeKeptDataset(path);
    if (result.dataset) return result;
    if (options.fastGeoJson && mayReadWithoutGdal(path)) {
        if (std::optional<Error> problem = localFileProblem(path.path)) return *problem;
        result.readWithoutGdal = readGeoJsonFast(path.path, options);
        if (result.readWithoutGdal) return result;
    }
    Result<GDALDatasetUniquePtr> opened = openVectorDataset(path);
    if (!opened) return opened.error();
    result.dataset = std::move(*opened);
    return result;
}

// The layer of that name, else one kind's features of a layer ("roads (lines)").
Result<std::vector<Layer>> readNamedLayer(const std::string& path, GDALDataset& dataset,
                                          const ReadOptions& options) {
    LayerRequest request{options.layerName, std::nullopt};
    OGRLayer* layer = dataset.GetLayerByName(options.layerName.c_str());
    if (!layer)
        if (std::optional<LayerRequest> kind = kindLayerRequest(options.layerName)) {
            request = *kind;
            layer = dataset.GetLayerByName(request.layer.c_str());
        }
    if (!layer) return Error{path + ": no layer named '" + options.layerName + "'"};
    Result<std::vector<Layer>> read = readLayer(path, *layer, options);
    if (!read || !request.kind) return read;
    Result<Layer> ofKind = layerOfKind(std::move(*read), *request.kind, path, options.layerName);
    if (!ofKind) return ofKind.error();
    return std::vector<Layer>{std::move(*ofKind)};
}

Result<std::vector<Layer>> readAllLayers(const std::string& path, GDALDataset& dataset,
                                         const ReadOptions& options) {
    std::vector<Layer> layers;
    for (OGRLayer* layer : dataset.GetLayers()) {
        Result<std::vector<Layer>> read = readLayer(path, *layer, options);
        if (!read) return read.error();
        for (Layer& each : *read) layers.push_back(std::move(each));
    }
    return layers;
}

Result<VectorFile> readVectorFileOrThrow(const DataPath& input, const ReadOptions& options) {
    const std::string& path = input.path;
    Result<OpenedOrRead> opened = openOrReadFast(input, options);
    if (!opened) return opened.error();
    if (opened->readWithoutGdal) return std::move(*opened->readWithoutGdal);
    GDALDataset& dataset = *opened->dataset;
    ScopedGdalErrorCapture errors;  // each layer reports its own messages; this keeps the rest quiet

    VectorFile file;
    file.path = path;
    file.driver = dataset.GetDriver() ? dataset.GetDriver()->GetDescription() : "";
    Result<std::vector<Layer>> layers = options.layerName.empty() ? readAllLayers(path, dataset, options)
                                                                  : readNamedLayer(path, dataset, options);
    if (!layers) return layers.error();
    file.layers = std::move(*layers);
    if (file.layers.empty()) return Error{path + ": contains no layers"};
    if (file.driver == "ESRI Shapefile") addShapefileFindings(input, file.layers);
    return file;
}

// A GeoJSON FeatureCollection holds one layer, whose name needs no parse of its features; one
// that may mix geometry kinds is read (geometries only) to tell which kinds it holds, each a
// layer of its own. Nothing where the file is not one GDAL need not open.
std::optional<Result<std::vector<std::string>>> listGeoJsonLayers(const DataPath& input) {
    const std::string& path = input.path;
    if (!mayReadWithoutGdal(input) || localFileProblem(path)) return std::nullopt;
    std::optional<std::string> name = geoJsonLayerName(path);
    if (!name) return std::nullopt;
    if (!geoJsonMayMixKinds(path)) return std::vector<std::string>{*name};
    ReadOptions geometryOnly;
    geometryOnly.fields = std::vector<std::string>{};
    geometryOnly.validate = false;
    Result<VectorFile> file = readVectorFile(path, geometryOnly);
    if (!file) return Result<std::vector<std::string>>(file.error());
    std::vector<std::string> names;
    for (const Layer& layer : file->layers) names.push_back(layer.name);
    return names;
}

// A layer as listed, with what places it in drawing order.
struct ListedLayer {
    std::string name;
    int rank;              // 0 polygons (or no geometries yet), 1 lines, 2 points, 3 tables
    GIntBig features = 0;  // -1 where the driver cannot tell without reading
};

int drawingRank(GeometryKind kind) {
    return kind == GeometryKind::Polygon ? 0 : kind == GeometryKind::Line ? 1 : 2;
}

// A layer's entries: itself, or where it declares no kind and its features mix them (a GeoJSON
// mixing them, TopoJSON objects) its layer of each kind.
void listLayer(OGRLayer& layer, std::vector<ListedLayer>& listed) {
    const OGRwkbGeometryType type = layer.GetGeomType();
    std::optional<GeometryKind> kind = kindOfType(type);
    if (type != wkbNone && !kind) {
        const std::vector<GeometryKind> kinds = kindsInLayer(layer);
        if (kinds.size() > 1) {
            for (GeometryKind each : kinds)
                listed.push_back({kindLayerName(layer.GetName(), each), drawingRank(each), -1});
            return;
        }
        if (kinds.size() == 1) kind = kinds.front();
    }
    const int rank = type == wkbNone ? 3 : kind ? drawingRank(*kind) : 0;
    listed.push_back({layer.GetName(), rank, rank == 0 ? layer.GetFeatureCount(FALSE) : 0});
}

// Polygons, lines, points, tables; among polygon layers of known counts the smaller first.
std::vector<std::string> inDrawingOrder(std::vector<ListedLayer> listed) {
    std::stable_sort(listed.begin(), listed.end(), [](const ListedLayer& a, const ListedLayer& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.rank == 0 && a.features >= 0 && b.features >= 0 && a.features < b.features;
    });
    std::vector<std::string> names;
    for (ListedLayer& l : listed) names.push_back(std::move(l.name));
    return names;
}

}  // namespace

Result<std::vector<std::string>> listLayerNames(const std::string& givenPath) {
    const DataPath path = dataPath(givenPath);  // classified once here, where the path enters
    if (std::optional<Result<std::vector<std::string>>> geoJson = listGeoJsonLayers(path))
        return std::move(*geoJson);
    Result<GDALDatasetUniquePtr> dataset = openVectorDataset(path);
    if (!dataset) return dataset.error();
    std::vector<ListedLayer> listed;
    for (OGRLayer* layer : (*dataset)->GetLayers()) listLayer(*layer, listed);
    if (listed.empty()) return Error{givenPath + ": contains no layers"};
    std::vector<std::string> names = inDrawingOrder(std::move(listed));
    keepDataset(path, std::move(*dataset));
    return names;
}

Result<VectorFile> readVectorFile(const std::string& path, const ReadOptions& options) {
    try {
        return readVectorFileOrThrow(dataPath(path), options);  // classified once, where it enters
    } catch (const std::bad_alloc&) {
        std::error_code ec;
        const uintmax_t size = fs::file_size(path, ec);
        return Error{path + ": not enough memory to read it" +
                     (ec ? std::string() : " (" + std::to_string(size >> 20) + " MiB on disk)") +
                     "; read part of it with a filter or a layer name, or free memory"};
    }
}

}  // namespace bashu
