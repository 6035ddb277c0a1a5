#pragma once
// The window's font holds the glyphs of the text the map can show (its Chinese names above
// all): rebuilt when a map is opened or a layer added brings new text.
#include <string>
#include <vector>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h

/// Every string the window may show for this map: titles, layer names, attribute values (in
/// tooltips, the feature panel, search results), units and messages.
std::vector<std::string> stringsShown(const MapViewState& state);

/// Rebuilds the font and its texture when state.fontsStale says there is new text. Call between
/// frames: the atlas cannot change inside one.
void refreshWindowFont(MapViewState& state, double pixelRatio);

}  // namespace bashu
