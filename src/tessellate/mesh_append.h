#pragma once
// Meshes of some of one layer's features appended to another layer's meshes, without
// tessellating them again: a PostGIS view drawn with the first read around it (scene/map_scene.h)
// adds the first read's meshes, built once, instead of building them anew with each view.
#include <cstdint>
#include <span>

#include "tessellate/layer_meshes.h"

namespace bashu {

/// Marks a feature of `from` left out of underlayMeshFeatures.
constexpr uint32_t kFeatureLeftOut = UINT32_MAX;

/// Adds to `to` the fill and points of `from` whose feature f has newIds[f] other than
/// kFeatureLeftOut, numbered newIds[f], and the lines of those with lineIds[f] other than it
/// (numbered so). The fill is drawn before `to`'s own (its triangles and chunks come first), so
/// `to`'s features cover it where both lie: a first read's cell squares around a view's detail
/// (scene/map_scene.h) are drawn under it, not over it. Positions are moved from `from`'s origin
/// to `to`'s (in double, so nothing shifts). Each chunk of `from` that keeps a primitive becomes
/// a chunk of `to`, with its extent moved likewise. Detail levels are not added: `to` keeps its own.
void underlayMeshFeatures(LayerMeshes& to, const LayerMeshes& from, std::span<const uint32_t> newIds,
                          std::span<const uint32_t> lineIds);

}  // namespace bashu
