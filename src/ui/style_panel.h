#pragma once
#include "ui/map_view_state.h"

namespace bashu {

/// The style panel of the layer `state.styledLayer`: the numeric field to colour by, the
/// classification method and number of classes, the colour ramp (reversible), a histogram of
/// the field with the class breaks, and for a joined table the indicator and a year slider
/// (with play, classes held over all years by default); for line layers their width, dashes,
/// casing and widths by a field. Says what must be re-sent to the renderer (the meshes stay as
/// they are).
struct StyleChange {
    bool colors = false;  // the layer's feature colours
    bool sizes = false;   // its feature sizes (line widths by a field)
};
StyleChange drawStylePanel(MapViewState& state);

}  // namespace bashu
