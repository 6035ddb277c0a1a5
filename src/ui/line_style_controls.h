#pragma once
// The Style panel's controls for a line layer: width, dashes, a casing under the line, and
// widths that follow a numeric field.
#include <string>

#include "scene/map_scene.h"

namespace bashu {

/// Draws the controls for `layer` (a line layer) and applies a change to its spec, paint and
/// feature widths and dashes (a dash per value of a categorised layer). A change that cannot be
/// applied (a field that is no longer there) is undone and `error` says why. Returns true when
/// the layer's feature widths and dashes must be re-sent to the renderer.
bool drawLineStyleControls(SceneLayer& layer, std::string& error);

}  // namespace bashu
