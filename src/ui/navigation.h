#pragma once
// Map navigation from ImGui's input state: drag pans, shift-drag zooms to a box, the wheel
// zooms about the cursor, +/- and double-click zoom, arrow keys pan, Home fits all layers, and
// flights (search results) animate. Only when ImGui's panels do
// not want the mouse or keyboard.
#include <optional>
#include <utility>
#include <vector>

#include "core/camera.h"

namespace bashu {

struct SceneLayer;    // scene/map_scene.h
struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// An animated move of the camera (search results fly to their feature).
struct Flight {
    Camera from, to;
    double start = 0.0;  // seconds (ImGui's clock)
};

/// What navigation keeps between frames: where the pointer is over the map, a drag or box zoom
/// in progress, a flight.
struct NavigationState {
    double margin = 24.0;  // pixels kept free when fitting all layers
    bool cursorOverMap = false;
    double cursorX = 0.0, cursorY = 0.0;               // framebuffer pixels
    double cursorLon = 0.0, cursorLat = 0.0;           // valid when cursorOverMap
    std::optional<Camera> dragStart;                   // the camera when the current drag began
    double dragFromX = 0.0, dragFromY = 0.0;           // where it began (framebuffer pixels)
    std::optional<std::pair<double, double>> boxFrom;  // framebuffer pixel where a shift-drag began
    std::optional<Flight> flight;
    double pressesIgnoredUntil =
        0.0;  // ImGui's clock: a dialog just closed, its double click's second press is not the map's
};

/// A left-button press seen by the window this frame, in window coordinates.
struct PointerPress {
    bool happened = false;
    double x = 0.0, y = 0.0;
    bool shift = false;  // held at the press: a box zoom, not a pan
};

/// Applies this frame's input, where it falls on the map's area (state.mapArea), to the camera.
/// Returns whether the view changed.
bool applyNavigation(MapViewState& state, const PointerPress& press);

/// Keeps a zoom about pixel (px, py) between the farthest and the closest a map allows: out no
/// farther than the shown layers' extent an eighth of the view across (beyond it a wheel turned
/// on leaves a dot and no way back but Home), in no closer than a ten-millionth of the smallest
/// shown layer's extent a pixel (where its meshes' float positions stop being exact). Nothing
/// for a map with no extent.
void keepZoomInBounds(Camera& camera, const std::vector<SceneLayer>& layers, double px, double py);

/// The longitude and latitude under the cursor, for the status bar (when it is over the map).
void updateCursorLonLat(MapViewState& state);

/// The box of a shift-drag in progress, drawn over the map.
void drawZoomBox(const MapViewState& state);

}  // namespace bashu
