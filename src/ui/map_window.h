#pragma once
// The interactive map window.
#include "ui/document_opening.h"

namespace bashu {

/// Opens a window on `map` and runs until it is closed; returns the process exit code. `open`
/// turns a path into another map (Ctrl+O, recent maps, a document dropped on the window).
/// Messages (warnings while loading, errors) are shown in the window.
int runMapWindow(OpenedMap map, const MapOpener& open);

}  // namespace bashu
