#pragma once
// Map navigation from ImGui's input state: drag pans, shift-drag zooms to a box, the wheel
// zooms about the cursor, +/- and double-click zoom, arrow keys pan, Home fits all layers, and
// flights (search results) animate. Only when ImGui's panels do
// not want the mouse or keyboard.
#include "ui/map_view_state.h"

namespace bashu {

/// A left-button press seen by the window this frame, in window coordinates.
struct PointerPress {
    bool happened = false;
    double x = 0.0, y = 0.0;
    bool shift = false;  // held at the press: a box zoom, not a pan
};

/// Applies this frame's input to the camera. `pixelRatio` converts window coordinates (ImGui's)
/// to framebuffer pixels (the camera's) on high-DPI screens. Returns whether the view changed.
bool applyNavigation(MapViewState& state, const PointerPress& press, double pixelRatio);

/// The box of a shift-drag in progress, drawn over the map.
void drawZoomBox(const MapViewState& state, double pixelRatio);

}  // namespace bashu
