#pragma once
// Proportional symbols: point circles whose area, not radius, follows a value (a park's area, a
// city's GDP), as readers judge circles by area. The legend shows nested reference circles.
// Lines by value (traffic, capacity, flows) have widths proportional to it.
#include <vector>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// Sets a point layer's per-feature diameters from `spec.point.sizeField`, or a line layer's
/// widths from `spec.stroke.widthField`, and the size legend (nothing to do without a field).
/// The largest value gets `maxSize` (`maxWidth`) pixels; features without a positive value get 0
/// (not drawn) and are counted in the legend. A width field on another kind of layer is an error.
Status sizeSymbols(SceneLayer& layer);

/// Up to three round reference values for the legend, at most `largest`, largest first: about
/// 1, 1/4 and 1/25 of it for circles (1, 1/2, 1/4 of their diameter), 1, 1/2 and 1/4 for widths.
std::vector<double> sizeLegendValues(double largest, bool lines = false);

/// The width of a line for `value` when `largest` gets `maxWidth` (proportional).
float lineWidth(double value, double largest, double maxWidth);

/// The diameter of a symbol for `value` when `largest` gets `maxDiameter` (area proportional).
float symbolDiameter(double value, double largest, double maxDiameter);

}  // namespace bashu
