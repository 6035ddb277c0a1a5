#pragma once
// Loading data files off the UI thread: reading, projecting and tessellating a large layer takes
// seconds, and the map stays usable meanwhile. One load runs at a time (the first layers of an
// empty map choose its CRS, which later loads need); the others wait their turn. Each shows a
// progress bar with Cancel in the layers panel.
#include <deque>
#include <future>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/map_document.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// A data file being loaded off the UI thread: its layers, and the work once started.
struct LayerLoad {
    std::string path;
    std::vector<LayerSpec> specs;
    bool opensTheMap = false;  // the map was opened with these files: they are not an unsaved change
    // Files opened with these that could not be read, each as its error: said once the others
    // are on the map, so the last word is what went wrong.
    std::vector<std::string> leftOut;
    std::shared_ptr<LoadProgress> progress = std::make_shared<LoadProgress>();
    std::future<Result<FirstView>> result;  // valid once started
};

/// Full meshes and every detail level of layers first drawn from one view's meshes, by layer id.
using MeshCompletion = std::vector<std::pair<uint64_t, LayerMeshes>>;

/// The loads of data files, the first of which runs, and the work they left behind.
struct LayerLoads {
    std::deque<LayerLoad> queue;
    std::vector<std::future<Result<FirstView>>> abandoned;     // cancelled, finishing
    std::vector<std::future<MeshCompletion>> meshCompletions;  // building, put in place when done
};

/// Queues the layers of a data file (checked to exist first: an error goes to the messages and
/// false is returned).
bool startLoadingFile(MapViewState& state, const std::string& path);

/// Queues layers already described (the data files the window was opened with).
void startLoadingLayers(MapViewState& state, const std::string& label, std::vector<LayerSpec> specs,
                        bool opensTheMap, std::vector<std::string> leftOut = {});

/// Starts the load of the layers a window opens with before the window exists: opening a window
/// takes 1-2 s under a software renderer, and a server's first read about as long, so they
/// overlap. Its first view fits a map area of width x height pixels (as the settings size the
/// window; the full meshes follow whatever size it gets). Queued as it is (OpenedMap::firstLoad).
void startBeforeWindow(LayerLoad& load, const std::string& crs, int width, int height, double margin);

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
