#pragma once
// The Style panel's legend labels: each class's label as computed ("1,000 – 2,000"), which the
// planner may replace with words of their own ("low", "上游") for the window and every export.
#include "scene/map_scene.h"

namespace bashu {

/// Draws a text field per class of `layer` (classified or by unique values), the computed label
/// shown until replaced; an emptied field goes back to it. Returns true when a label changed
/// (kept in layer.spec.fill.labels, saved with the document).
bool drawLegendLabelControls(const MapScene& scene, SceneLayer& layer);

}  // namespace bashu
