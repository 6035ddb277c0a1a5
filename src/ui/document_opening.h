#pragma once
// Opening maps in the window (Ctrl+O, recent files, a map document dropped on it): the app says
// how a path becomes a scene; the window swaps it in whole, or keeps the current map and shows
// why not.
#include <functional>
#include <optional>
#include <string>

#include "core/result.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"
#include "ui/layer_loading.h"
#include "ui/settings.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The "Open map" dialog: its path field, why the last open failed, and whether it was asked for.
struct OpenDialog {
    char path[1024] = {};
    std::string error;
    bool requested = false;
};

/// A map ready to show: its scene and where Ctrl+S saves it.
struct OpenedMap {
    MapScene scene;
    std::string documentPath;  // empty for data files (saving asks where)
    bool readOnly = false;     // the built-in map: saving asks for a new file
    // Data files opened with the window: loaded off the UI thread once it shows (see
    // layer_loading.h), so a large file shows progress instead of a window that is not there yet.
    std::vector<LayerSpec> layersToLoad;
    std::string loadingLabel;  // what the progress bar names
    // Files asked for that could not be read, each as its error: the window says them in
    // Messages and shows the rest.
    std::vector<std::string> leftOut;
    // The load of layersToLoad, started before the window opened (startBeforeWindow): queued as it is.
    std::optional<LayerLoad> firstLoad;
};

/// Turns a path (a map document or a data file) into a map; errors name the file and the problem.
using MapOpener = std::function<Result<OpenedMap>(const std::string& path)>;

/// Shows `map` in the window: renderer, picking, view (the document's, or all layers), and the
/// baseline unsaved changes are measured against.
void showOpenedMap(MapViewState& state, MapRenderer& renderer, OpenedMap map);

/// Opens `path` with `open`, shows it and remembers it as recent; an error goes to the messages.
bool openMapFile(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open,
                 const std::string& path);

/// The "Open map" dialog (Ctrl+O or the File menu): a path field and the recent maps.
void drawOpenDialog(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open);

}  // namespace bashu
