#pragma once
// The layers' labels in the window: placed by the same code as the export's (placeSceneLabels),
// measured and drawn with ImGui's font behind the panels, each over a halo.
#include "ui/map_view_state.h"

namespace bashu {

/// Draws the labels for the current view; placement is recomputed only when the view, the
/// layers or their visibility change.
void drawMapLabels(const MapViewState& state, double pixelRatio);

}  // namespace bashu
