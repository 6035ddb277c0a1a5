#pragma once
// Saving the map being shown as a map document (Ctrl+S), written atomically: what is saved is
// what `bashu render` of that document draws.
#include <string>

#include "core/map_document.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The map's own file, which opening sets and saving writes.
struct DocumentFile {
    std::string path;       // where Ctrl+S writes; empty until saved once
    bool readOnly = false;  // the built-in map is never overwritten
    std::string savedText;  // the document as last opened or saved (without the view): unsaved changes differ
};

/// The "Save map as" prompt and the requests that lead to a save.
struct SaveDialog {
    char path[1024] = {};  // the "Save map as" field
    std::string error;
    bool requested = false, asRequested = false;
    bool closeAfterSave = false;  // quitting waits for the save the user asked for
    std::string replacing;        // a file that exists and is not the map's own: Save again replaces it
};

/// The file the map's first layer comes from (where a map made from data files is saved).
std::string firstDataFile(const MapViewState& state);

/// The document as it stands in the window: layer visibility, opacity and styles as set there.
MapDocument currentDocument(const MapViewState& state);

/// The document as shown, without its view, as saved: differs from state.documentFile.savedText when there
/// are unsaved changes (moving the map alone is not a change to ask about).
std::string documentTextWithoutView(const MapViewState& state);

/// `document` as saving the state's document file would write it (paths relative to its folder).
std::string documentText(const MapDocument& document, const MapViewState& state);

/// Whether the map has changes that were not saved.
bool hasUnsavedChanges(const MapViewState& state);

/// Handles Ctrl+S and the "Save map as" prompt (shown when the map has no file of its own yet,
/// its file is the read-only built-in one, or state.saving.asRequested). Outcomes go to the
/// messages. Returns true when the map was saved this frame.
bool drawSaving(MapViewState& state);

}  // namespace bashu
