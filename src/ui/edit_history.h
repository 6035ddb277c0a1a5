#pragma once
// Undo and redo (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y) for every edit to the map document in the window:
// styles and classes, the year or indicator shown, layer order, visibility, opacity, layers added
// or removed, break sets, legend labels. An edit is noticed by what it changed, not by where it
// was made: after a frame the document as it stands (what saving would write, without the view)
// is compared with the last one taken, so every control that edits the document is undoable
// without registering anything. A slider dragged or a field typed in is one edit, taken when the
// control is let go; Play is not an edit until it stops. Moving the map is not an edit.
#include <optional>
#include <string>
#include <vector>

#include "core/map_document.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The document as it stood after an edit, with the scene layers it was drawn from.
struct DocumentState {
    MapDocument document;            // without the view; layers bottom first, visibility and opacity in them
    std::vector<uint64_t> layerIds;  // SceneLayer::id of each of document.layers
    std::string text;                // the document as saved: the same text and layers, the same state
};

/// The edits that can be undone and redone.
struct EditHistory {
    std::vector<DocumentState> undo, redo;  // newest last
    std::optional<DocumentState> current;   // the state after the last edit taken
    std::vector<SceneLayer> removed;        // layers taken off the map that an undo or redo may bring back
};

/// A map was opened: nothing to undo, and the map as it opened is the first state.
void startHistory(MapViewState& state);

/// Takes an edit when the document differs from the last state taken (call after the panels,
/// with no control held).
void takeEdits(MapViewState& state);

/// Puts the map back as it was before the last edit / after the last edit undone. Return
/// whether there was one.
bool undoEdit(MapViewState& state, MapRenderer& renderer);
bool redoEdit(MapViewState& state, MapRenderer& renderer);

/// Whether the document differs from the one last opened or saved (for the title bar's mark).
bool documentEdited(const MapViewState& state);

}  // namespace bashu
