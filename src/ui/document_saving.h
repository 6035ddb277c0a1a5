#pragma once
// Saving the map being shown as a map document (Ctrl+S), written atomically: what is saved is
// what `bashu render` of that document draws.
#include <string>

#include "ui/map_view_state.h"

namespace bashu {

/// The document as it stands in the window: layer visibility, opacity and styles as set there.
MapDocument currentDocument(const MapViewState& state);

/// Handles Ctrl+S and the "Save map as" prompt (shown when the map has no file of its own yet,
/// or its file is the read-only built-in one). Messages about the outcome go to `messages`.
void drawSaving(MapViewState& state, std::vector<std::string>& messages);

}  // namespace bashu
