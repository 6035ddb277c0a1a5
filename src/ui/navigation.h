#pragma once
// Map navigation from ImGui's input state: drag pans, the wheel zooms about the cursor,
// +/- and double-click zoom, arrow keys pan, Home fits all layers. Only when ImGui's panels do
// not want the mouse or keyboard.
#include "ui/map_view_state.h"

namespace bashu {

/// Applies this frame's input to the camera. `pixelRatio` converts window coordinates (ImGui's)
/// to framebuffer pixels (the camera's) on high-DPI screens. Returns whether the view changed.
bool applyNavigation(MapViewState& state, double pixelRatio);

}  // namespace bashu
