#pragma once
// Meshes of some of one layer's features appended to another layer's meshes, without
// tessellating them again: a PostGIS view drawn with the first read around it (scene/map_scene.h)
// appends the first read's meshes, built once, instead of building them anew with each view.
#include <cstdint>
#include <span>

#include "tessellate/layer_meshes.h"

namespace bashu {

/// Marks a feature of `from` left out of appendMeshFeatures.
constexpr uint32_t kFeatureLeftOut = UINT32_MAX;

/// Appends to `to` the fill, lines and points of `from` whose feature f has newIds[f] other than
/// kFeatureLeftOut, numbered newIds[f]; positions are moved from `from`'s origin to `to`'s (in
/// double, so nothing shifts). Each chunk of `from` that keeps a primitive becomes a chunk of
/// `to`, with its extent moved likewise. Detail levels are not appended: `to` keeps its own.
void appendMeshFeatures(LayerMeshes& to, const LayerMeshes& from, std::span<const uint32_t> newIds);

}  // namespace bashu
