#pragma once
// What the window's panels share: the scene being shown, the camera, and the pointer.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/camera.h"
#include "core/feature_index.h"
#include "platform/glfw_window.h"
#include "scene/map_scene.h"

namespace bashu {

/// A line in the Messages window: what was loaded, saved, exported, repaired or refused.
struct Message {
    std::string text;
    bool error = false;
    std::chrono::steady_clock::time_point when = std::chrono::steady_clock::now();
};

/// A data file being loaded off the UI thread: its layers, and the work once started.
struct LayerLoad {
    std::string path;
    std::vector<LayerSpec> specs;
    bool opensTheMap = false;  // the map was opened with these files: they are not an unsaved change
    std::shared_ptr<LoadProgress> progress = std::make_shared<LoadProgress>();
    std::future<Result<FirstView>> result;  // valid once started
};

/// Full meshes and every detail level of layers first drawn from one view's meshes, by layer id.
using MeshCompletion = std::vector<std::pair<uint64_t, LayerMeshes>>;

struct MapViewState {
    MapScene scene;
    Camera camera;
    double margin = 24.0;  // pixels kept free when fitting all layers
    bool cursorOverMap = false;
    double cursorX = 0.0, cursorY = 0.0;      // framebuffer pixels
    double cursorLon = 0.0, cursorLat = 0.0;  // valid when cursorOverMap
    std::string crsName;                      // shown in the status bar
    std::optional<Camera> dragStart;          // the camera when the current drag began
    double dragFromX = 0.0, dragFromY = 0.0;  // where it began (framebuffer pixels)

    std::vector<FeatureIndex> indexes;  // one per scene layer, for picking
    bool clicked = false;               // a click (press and release without dragging) this frame
    std::vector<KeyPress> keys;         // key presses this frame (none while a text field has focus)

    /// Whether `key` (with Ctrl when asked) was pressed this frame.
    bool pressed(Key key, bool ctrl = false) const {
        for (const KeyPress& k : keys)
            if (k.key == key && k.ctrl == ctrl) return true;
        return false;
    }

    /// A feature of a layer.
    struct FeatureRef {
        size_t layer = 0, feature = 0;
        bool operator==(const FeatureRef&) const = default;
    };
    std::optional<FeatureRef> hovered, selected;
    std::string styleError;         // why the last style change was refused
    std::string documentPath;       // where Ctrl+S writes; empty until saved once
    bool documentReadOnly = false;  // the built-in map is never overwritten
    char savePath[1024] = {};       // the "Save map as" field
    char addPath[1024] = {};        // the layers panel's "add layer" field
    std::string saveError;
    bool saveRequested = false, saveAsRequested = false, openRequested = false, exportRequested = false;
    bool closeAfterSave = false;  // quitting waits for the save the user asked for
    char openPath[1024] = {};     // the "Open map" field
    std::string browseFolder;     // where the file browsers are (empty: the current folder)
    bool browseAllFiles = false;  // the browsers list every file, not only map data
    std::string openError;
    std::string savedText;  // the document as last opened or saved (without the view): unsaved changes differ

    std::vector<Message> messages;  // newest first
    bool revealMessages = false;    // an error came in: open the Messages window on it
    size_t styledLayer = 0;         // the layer the style panel edits
    bool fontsStale = false;        // new text to show (a map opened, a layer added): rebuild the font

    // The time controls of the style panel: a year slider that can play through the years.
    bool playing = false;
    double playedAt = 0.0;    // when the current year was shown (seconds, ImGui's clock)
    bool holdClasses = true;  // one set of classes over all years, so years compare

    char searchQuery[256] = {};
    bool focusSearch = false;
    unsigned layersGeneration = 0;  // counts changes to the list of layers (caches key on it)

    // Data files loading off the UI thread (see layer_loading.h): the first one runs.
    std::deque<LayerLoad> loads;
    std::vector<std::future<Result<FirstView>>> abandonedLoads;  // cancelled, finishing
    std::vector<std::future<MeshCompletion>> meshCompletions;    // building, put in place when done

    std::optional<std::pair<double, double>> boxFrom;  // framebuffer pixel where a shift-drag began
    /// An animated move of the camera (search results fly to their feature).
    struct Flight {
        Camera from, to;
        double start = 0.0;  // seconds (ImGui's clock)
    };
    std::optional<Flight> flight;

    void say(std::string text, bool error = false) {
        messages.insert(messages.begin(), Message{std::move(text), error});
        revealMessages = revealMessages || error;
    }

    /// Shows all visible layers.
    void fitAll() { camera = Camera::fit(scene.extent, camera.width, camera.height, margin); }

    /// The view the camera shows, as a document stores it.
    std::optional<MapView> currentView() const {
        if (!scene.toLonLat) return std::nullopt;
        MapView view;
        view.centerLon = camera.centerX;
        view.centerLat = camera.centerY;
        scene.toLonLat(view.centerLon, view.centerLat);
        view.width = camera.unitsPerPixel * camera.width;
        view.height = camera.unitsPerPixel * camera.height;
        if (!std::isfinite(view.centerLon) || !std::isfinite(view.centerLat)) return std::nullopt;
        return view;
    }

    /// Shows a stored view (centre and width) in the current viewport.
    void showView(const MapView& view) {
        double x = view.centerLon, y = view.centerLat;
        if (!scene.fromLonLat) return;
        scene.fromLonLat(x, y);
        if (!std::isfinite(x) || !std::isfinite(y) || !(view.width > 0)) return;
        camera.centerX = x;
        camera.centerY = y;
        camera.unitsPerPixel = view.width / camera.width;
        if (view.height > 0)
            camera.unitsPerPixel = std::max(camera.unitsPerPixel, view.height / camera.height);
    }
};

}  // namespace bashu
