#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// What the style panel keeps between frames.
struct StylePanelState {
    size_t layer = 0;   // the layer it edits
    std::string error;  // why the last style change was refused
    // The time controls: a year slider that can play through the years.
    bool playing = false;
    double playedAt = 0.0;  // when the current year was shown (seconds, ImGui's clock)
};

/// The style panel of the layer `state.stylePanel.layer`: the numeric field to colour by, the
/// classification method and number of classes, the colour ramp (reversible), a histogram of
/// the field with the class breaks, and for a joined table the indicator and a year slider
/// (with play, classes held over all years by default); for line layers their width, dashes,
/// casing and widths by a field. Says what must be re-sent to the renderer (the meshes stay as
/// they are).
struct StyleChange {
    bool colors = false;  // the layer's feature colours
    bool sizes = false;   // its feature sizes (line widths by a field, circles by a value)
    // Other layers restyled with it (colours and sizes): those a year slider moves together.
    std::vector<size_t> others;
};
/// The style controls of the chosen layer, drawn into the sidebar.
StyleChange drawStylePanel(MapViewState& state);

}  // namespace bashu
