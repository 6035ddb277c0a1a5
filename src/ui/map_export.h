#pragma once
// Exporting what the window shows (Ctrl+E) through the same path as `bashu render`.
#include <string>
#include <vector>

#include "ui/map_view_state.h"

namespace bashu {

/// Writes the current view, with title and legend, as a PNG of the window's size beside the
/// map's document (or in the current folder): "<name>-export.png". Says where, or why not, in
/// `messages`. `bashu render` of the map saved with Ctrl+S draws the same picture at that size.
void exportView(MapViewState& state, std::vector<std::string>& messages);

}  // namespace bashu
