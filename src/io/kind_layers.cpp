#include "io/kind_layers.h"

#include <array>

namespace bashu {

namespace {

// As QGIS names a layer's sub-layers of each kind.
constexpr std::array<const char*, 3> kKindWords{"points", "lines", "polygons"};  // GeometryKind order

const char* kindWord(GeometryKind kind) { return kKindWords[size_t(kind)]; }

Column rowsOf(const Column& column, const std::vector<uint32_t>& rows) {
    Column kept{column.name, column.type, {}, {}, {}};
    kept.valid.reserve(rows.size());
    for (uint32_t row : rows) {
        kept.valid.push_back(column.valid[row]);
        if (!column.numbers.empty()) kept.numbers.push_back(column.numbers[row]);
        if (!column.strings.empty()) kept.strings.push_back(column.strings[row]);
    }
    return kept;
}

// The whole layer's report (read errors, text encoding, CRS) beside what a share found in its
// features: counts of the share, the share's warnings first.
LoadReport shareReport(const LoadReport& layer, LoadReport share, size_t features) {
    share.featuresRead = features;
    share.textEncoding = layer.textEncoding;
    share.crsProblem = layer.crsProblem;
    for (const std::string& w : layer.warnings) share.warn(w);
    return share;
}

}  // namespace

std::string kindLayerName(const std::string& layer, GeometryKind kind) {
    return layer + " (" + kindWord(kind) + ")";
}

std::optional<LayerRequest> kindLayerRequest(const std::string& name) {
    for (GeometryKind kind : {GeometryKind::Polygon, GeometryKind::Line, GeometryKind::Point}) {
        const std::string suffix = std::string(" (") + kindWord(kind) + ")";
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return LayerRequest{name.substr(0, name.size() - suffix.size()), kind};
    }
    return std::nullopt;
}

std::vector<Layer> splitByKind(Layer layer, std::vector<KindShare> shares) {
    std::vector<Layer> layers;
    if (shares.size() == 1) {
        layer.geometry = std::move(shares.front().geometry);
        layers.push_back(std::move(layer));
        return layers;
    }
    for (KindShare& share : shares) {
        Layer part;
        part.name = kindLayerName(layer.name, share.geometry.kind);
        part.sourcePath = layer.sourcePath;
        part.crs = layer.crs;
        part.crsName = layer.crsName;
        part.epsg = layer.epsg;
        for (const Column& column : layer.attributes.columns)
            part.attributes.columns.push_back(rowsOf(column, share.features));
        part.report = shareReport(layer.report, std::move(share.report), share.features.size());
        part.geometry = std::move(share.geometry);
        part.fileFeatures = std::move(share.features);
        layers.push_back(std::move(part));
    }
    return layers;
}

Result<Layer> layerOfKind(std::vector<Layer> layers, GeometryKind kind, const std::string& path,
                          const std::string& asked) {
    for (Layer& layer : layers)
        if (layer.geometry.kind == kind && !layer.isTable) return std::move(layer);
    return Error{path + ": no layer named '" + asked + "' (the file's layer holds no " + kindWord(kind) +
                 ")"};
}

}  // namespace bashu
