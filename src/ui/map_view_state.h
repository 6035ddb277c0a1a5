#pragma once
// What the window's panels share: the scene being shown, the camera, and the pointer.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/camera.h"
#include "core/feature_index.h"
#include "platform/glfw_window.h"
#include "scene/map_scene.h"

namespace bashu {

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
    std::string saveError;

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
    }
};

}  // namespace bashu
