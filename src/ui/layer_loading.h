#pragma once
// Loading data files off the UI thread: reading, projecting and tessellating a large layer takes
// seconds, and the map stays usable meanwhile. One load runs at a time (the first layers of an
// empty map choose its CRS, which later loads need); the others wait their turn. Each shows a
// progress bar with Cancel in the layers panel.
#include <string>
#include <vector>

#include "core/map_document.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"
#include "ui/map_view_state.h"

namespace bashu {

/// Queues the layers of a data file (checked to exist first: an error goes to the messages and
/// false is returned).
bool startLoadingFile(MapViewState& state, const std::string& path);

/// Queues layers already described (the data files the window was opened with).
void startLoadingLayers(MapViewState& state, const std::string& label, std::vector<LayerSpec> specs,
                        bool opensTheMap);

/// Starts the next load, and puts a finished one on the map (or its error in the messages).
/// Called every frame.
void pollLayerLoads(MapViewState& state, MapRenderer& renderer);

/// Stops every load (another map is opened): queued ones are dropped, the running one is told
/// to stop and its result thrown away when it comes.
void cancelLayerLoads(MapViewState& state);

/// Whether anything is loading (the window then keeps redrawing to show progress).
bool layersLoading(const MapViewState& state);

/// Progress bars with Cancel, for the layers panel.
void drawLayerLoads(MapViewState& state);

}  // namespace bashu
