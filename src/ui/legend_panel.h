#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The legend of each visible classified layer (class colours, ranges and feature counts), at the
/// bottom right of the map's area.
void drawLegendPanel(const MapViewState& state);

}  // namespace bashu
