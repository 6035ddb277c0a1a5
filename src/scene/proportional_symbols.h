#pragma once
// Proportional symbols: point circles whose area, not radius, follows a value (a park's area, a
// city's GDP), as readers judge circles by area. The legend shows nested reference circles.
#include <vector>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// Sets a point layer's per-feature diameters and size legend from `spec.point.sizeField`
/// (nothing to do without one). The largest value gets `maxSize` pixels; features without a
/// positive value get 0 (not drawn) and are counted in the legend.
Status sizeSymbols(SceneLayer& layer);

/// Up to three round reference values for the legend, at most `largest`, largest first.
std::vector<double> sizeLegendValues(double largest);

/// The diameter of a symbol for `value` when `largest` gets `maxDiameter` (area proportional).
float symbolDiameter(double value, double largest, double maxDiameter);

}  // namespace bashu
