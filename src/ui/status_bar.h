#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The status bar along the bottom: cursor longitude/latitude, map scale and the map CRS.
void drawStatusBar(const MapViewState& state);

}  // namespace bashu
