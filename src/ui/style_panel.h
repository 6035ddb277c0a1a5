#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The style panel of one polygon or point layer: the numeric field to colour by, the
/// classification method and number of classes, the colour ramp (reversible), and a histogram
/// of the field with the class breaks. Returns true when the layer's colours must be re-sent
/// to the renderer (the meshes stay as they are).
bool drawStylePanel(MapViewState& state, size_t& layerIndex);

}  // namespace bashu
