#pragma once
// Which geometry kinds a layer's features have, for listing a layer that mixes them as one
// layer per kind (kind_layers.h) before reading it.
#include <ogrsf_frmts.h>

#include <string>
#include <vector>

#include "core/geometry.h"

namespace bashu {

/// The kinds the features of a layer that declares none have, in the order a map draws them
/// (polygons, lines, points); none where it has no geometries. A pass over its features.
std::vector<GeometryKind> kindsInLayer(OGRLayer& layer);

/// Whether a GeoJSON file's text names geometry types of more than one kind, or a collection of
/// them, anywhere (a property's value too): only then can its features mix kinds. A pass over the
/// bytes, without parsing them.
bool geoJsonMayMixKinds(const std::string& path);

}  // namespace bashu
