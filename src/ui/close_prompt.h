#pragma once
// Closing the window with unsaved changes asks first: save, close without saving, or stay.
#include "ui/map_view_state.h"

namespace bashu {

/// Call every frame with whether a close was requested (the window's close button, Quit,
/// Ctrl+Q). Returns true when the window may close now: nothing unsaved, the user chose to
/// discard, or the save they asked for went through (`savedThisFrame`).
bool confirmClose(MapViewState& state, bool closeRequested, bool savedThisFrame);

}  // namespace bashu
