#pragma once
// A layer whose features mix geometry kinds (a GeoJSON of polygons and lines) becomes one layer per
// kind, as QGIS makes sub-layers of it: "roads (polygons)", "roads (lines)", "roads (points)".
// Nothing the file holds is left out, and each draws, classifies and is listed as a layer.
#include <optional>
#include <string>
#include <vector>

#include "core/layer.h"
#include "core/result.h"
#include "io/layer_builder.h"

namespace bashu {

/// The name of the layer of one kind's features of a layer: "roads (lines)".
std::string kindLayerName(const std::string& layer, GeometryKind kind);

/// What a layer name asks for: a layer of the file by its own name, or one kind's features of it
/// ("roads (lines)": the layer "roads", lines).
struct LayerRequest {
    std::string layer;
    std::optional<GeometryKind> kind;
};

/// The kind's layer named by `name` ("roads (lines)"), or nothing where it names no kind.
std::optional<LayerRequest> kindLayerRequest(const std::string& name);

/// The layers a layer read becomes: itself, with the one share's geometry, when it holds one
/// kind; else one per share, named for its kind, holding that share's features and their
/// attributes, with the share's report beside what the layer's report says of the whole layer.
std::vector<Layer> splitByKind(Layer layer, std::vector<KindShare> shares);

/// Of a layer's split layers, the one of `kind`; a layer of one kind is that kind's layer under
/// its own name. Fails naming the file and the layer asked for when the layer holds no such kind.
Result<Layer> layerOfKind(std::vector<Layer> layers, GeometryKind kind, const std::string& path,
                          const std::string& asked);

}  // namespace bashu
