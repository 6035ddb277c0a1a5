#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The layers panel: each layer with a visibility checkbox and an opacity slider.
void drawLayersPanel(MapViewState& state);

}  // namespace bashu
