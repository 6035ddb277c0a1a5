#pragma once
#include <optional>

#include "ui/map_view_state.h"

namespace bashu {

/// The status bar along the bottom: cursor longitude/latitude, map scale and the map CRS, and the
/// newest message for a few seconds (cut to one line; a click opens Messages).
void drawStatusBar(MapViewState& state);

/// Seconds until the status bar drops the message it shows (the window draws a frame then
/// though no input comes); none while it shows none.
std::optional<double> secondsUntilStatusChanges(const MapViewState& state);

}  // namespace bashu
