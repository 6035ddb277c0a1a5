#pragma once
// The style pipeline for categories: a categorical field (the kind of a park, the status of a
// corridor) gets one colour per value from a qualitative ramp, so no order is implied where there
// is none.
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/color.h"
#include "core/map_document.h"
#include "thematic/fill_legend.h"

namespace bashu {

/// The most categories shown with colours of their own; the rarest beyond them share "other".
inline constexpr size_t kMostCategories = 12;

/// Colours features by the values of `column` (text, or numbers read as labels) into
/// `featureColors` (one per feature) and returns the legend: a class per distinct value
/// (FillLegend::categories), ordered by value; values past kMostCategories (the rarest) share an
/// "other" class; missing values take the no-data colour. The ramp is the fill's when it is
/// qualitative, otherwise Set2 (Set3 beyond 8 categories). A fill naming its categories and their
/// colours (FillStyle::categoryColors) gets exactly those classes, in its order.
FillLegend colorByCategory(const FillStyle& fill, const Column& column, size_t featureCount,
                           std::vector<Rgba8>& featureColors);

}  // namespace bashu
