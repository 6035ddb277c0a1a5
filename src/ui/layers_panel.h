#pragma once
// The layers panel: visibility, opacity, drawing order (drag), zoom to layer, remove, and
// adding data files by path.
#include "render/map_renderer.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The layers panel's "add layer" field.
struct LayersPanelState {
    char addPath[1024] = {};
};

/// The layer list (topmost first) and the "add layer" field, drawn into the sidebar.
void drawLayersPanel(MapViewState& state, MapRenderer& renderer);

}  // namespace bashu
