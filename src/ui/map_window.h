#pragma once
// The interactive map window.
#include "scene/map_scene.h"

namespace bashu {

/// Opens a window on `scene` and runs until it is closed; returns the process exit code.
/// Messages (warnings while loading) are shown in the window.
int runMapWindow(MapScene scene);

}  // namespace bashu
