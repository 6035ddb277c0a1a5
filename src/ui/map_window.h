#pragma once
// The interactive map window.
#include <string>

#include "scene/map_scene.h"

namespace bashu {

/// Opens a window on `scene` and runs until it is closed; returns the process exit code.
/// Messages (warnings while loading) are shown in the window. Ctrl+S saves to `documentPath`
/// unless it is empty or `readOnly`, in which case it asks where.
int runMapWindow(MapScene scene, const std::string& documentPath, bool readOnly);

}  // namespace bashu
