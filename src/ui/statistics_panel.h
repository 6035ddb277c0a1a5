#pragma once
// The sidebar's Statistics section, for the layer the Style panel edits: colours it by a spatial
// statistic of one of its fields (LISA clusters, LISA significance, Gi* hot and cold spots) with
// the weights and test options `bashu stats` takes, saved in the document as the layer's
// "statistic"; says Moran's I with its test; and draws the Moran scatter plot, linked both ways
// with the map: a box dragged over its points selects their units (outlined on the map), a point
// clicked selects its unit, and the units selected on the map (a click, Ctrl+click for several)
// are ringed in the plot.
#include <string>

#include "ui/style_panel.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// What the Statistics section keeps between frames.
struct StatisticsPanelState {
    std::string error;       // why the last change was refused
    std::string nameBefore;  // the layer's name before a statistic renamed it (given back on None)
    bool brushing = false;   // a box is being dragged over the plot
    float brushX = 0.0f, brushY = 0.0f;  // where it began (window coordinates)
};

/// What a frame of the section changed.
struct StatisticsChange {
    StyleChange style;       // the layer's colours, to send to the renderer
    bool selection = false;  // the selected or brushed units
};

/// The section's controls and plot, drawn into the sidebar.
StatisticsChange drawStatisticsPanel(MapViewState& state);

}  // namespace bashu
