#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The style panel of the layer `state.styledLayer`: the numeric field to colour by, the
/// classification method and number of classes, the colour ramp (reversible), a histogram of
/// the field with the class breaks, and for a joined table the indicator and a year slider
/// (with play, classes held over all years by default). Returns true when the layer's colours
/// must be re-sent to the renderer (the meshes stay as they are).
bool drawStylePanel(MapViewState& state);

}  // namespace bashu
