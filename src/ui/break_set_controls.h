#pragma once
// The Style panel's break sets: lock a layer's classes to a named set of limits (made from the
// classes shown, or one the document or its shared file has), so other layers, years, maps and
// exports use the same classes; unlock to classify by the method again.
#include <string>

#include "scene/map_scene.h"

namespace bashu {

/// Draws the controls for `layer` of `document`; a new set is added to document.breakSets (saved
/// with it). Returns true when the layer's classes changed (it is restyled here; `error` says
/// why a change was refused).
bool drawBreakSetControls(MapDocument& document, SceneLayer& layer, std::string& error);

}  // namespace bashu
