#pragma once
// The layers panel: visibility, opacity, drawing order (drag), zoom to layer, remove, and
// adding data files by path.
#include "render/map_renderer.h"
#include "ui/map_view_state.h"

namespace bashu {

void drawLayersPanel(MapViewState& state, MapRenderer& renderer);

}  // namespace bashu
