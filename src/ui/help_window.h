#pragma once
// Help: F1 (or Help > Shortcuts) opens the keys and mouse gestures; Help > About names the version
// and where the built-in map's boundaries and figures come from.

namespace bashu {

/// Which help window is open.
struct HelpState {
    bool shortcutsShown = false;
    bool aboutShown = false;
};

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// F1 toggles the shortcuts; draws whichever help window is open, in the middle of the map.
void drawHelp(MapViewState& state);

}  // namespace bashu
