#pragma once
// Changes to the window's list of layers: the scene, the renderer's GPU layers, the picking
// indexes and the selection must change together, so they change only here.
#include <string>

#include "render/map_renderer.h"
#include "ui/map_view_state.h"

namespace bashu {

/// After any change to the layers or their features (added, removed, moved, read again for a
/// view): picking rebuilt, the hover, selection and highlight (indexes into them) dropped.
void layersChanged(MapViewState& state, MapRenderer& renderer);

/// Replaces the renderer's layers with the scene's (a map was opened) and rebuilds picking.
void uploadScene(MapViewState& state, MapRenderer& renderer);

/// Puts layers loaded from `path` (see layer_loading.h) on top of the map. Layers that do not fit
/// the map change nothing; the error goes to the messages. Returns whether layers were added.
bool addPreparedLayers(MapViewState& state, MapRenderer& renderer, PreparedLayers prepared,
                       const std::string& path);

/// Removes a layer from the map; the edit history keeps it, so an undo can bring it back.
void removeLayer(MapViewState& state, MapRenderer& renderer, size_t layer);

/// Puts a layer kept by the edit history back on top of the map.
void putLayerBack(MapViewState& state, MapRenderer& renderer, SceneLayer layer);

/// Moves a layer to draw position `to` (0 is the bottom).
void moveLayer(MapViewState& state, MapRenderer& renderer, size_t from, size_t to);

/// Starts an animated move of the camera to `target` (a search result, zoom to layer).
void flyTo(MapViewState& state, const Camera& target);

/// The camera showing `extent` with the window's margin; a point gets a closer look.
Camera cameraFor(const MapViewState& state, Extent extent);

}  // namespace bashu
