#pragma once
// Unique-value styling: a categorical field (the kind of a park, the status of a corridor) gets
// one colour per value from a qualitative ramp, so no order is implied where there is none.
#include <string>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The most categories shown with colours of their own; the rarest beyond them share "other".
inline constexpr size_t kMostCategories = 12;

/// Colours `layer` by the values of `column` (text, or numbers read as labels): a class per
/// distinct value in the layer's legend (FillLegend::categories), ordered by value; values past
/// kMostCategories (the rarest) share an "other" class; missing values take the no-data colour.
/// The ramp is the fill's when it is qualitative, otherwise Set2 (Set3 beyond 8 categories).
/// A line layer with StrokeStyle::categoryDashes gets each feature's dash (featureDashes).
Status restyleCategories(SceneLayer& layer, const Column& column);

}  // namespace bashu
