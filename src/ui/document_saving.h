#pragma once
// Saving the map being shown as a map document (Ctrl+S), written atomically: what is saved is
// what `bashu render` of that document draws.
#include <string>

#include "ui/map_view_state.h"

namespace bashu {

/// The document as it stands in the window: layer visibility, opacity and styles as set there.
MapDocument currentDocument(const MapViewState& state);

/// The document as shown, without its view, as saved: differs from state.savedText when there
/// are unsaved changes (moving the map alone is not a change to ask about).
std::string documentTextWithoutView(const MapViewState& state);

/// Whether the map has changes that were not saved.
bool hasUnsavedChanges(const MapViewState& state);

/// Handles Ctrl+S and the "Save map as" prompt (shown when the map has no file of its own yet,
/// its file is the read-only built-in one, or state.saveAsRequested). Outcomes go to the
/// messages. Returns true when the map was saved this frame.
bool drawSaving(MapViewState& state);

}  // namespace bashu
