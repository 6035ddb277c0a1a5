#pragma once
// The style pipeline's classes, colours and legend for numbers: mapped values -> classes (computed
// by a method, or given as breaks) -> a colour per class and per feature -> the legend model.
// The one pipeline the window, the raster and vector exports and small multiples all restyle by.
#include <optional>
#include <span>
#include <vector>

#include "core/color.h"
#include "core/map_document.h"
#include "core/result.h"
#include "thematic/classification.h"
#include "thematic/fill_legend.h"
#include "thematic/mapped_values.h"

namespace bashu {

/// Bins of the legend's histogram (FillLegend::histogram).
inline constexpr size_t kHistogramBins = 40;

/// Classes `mapped` as `fill` says (method and classes, or its breaks; centred on fill.center),
/// gives each feature its class's colour in `featureColors` (resized to the values) and returns
/// the legend. Sorts mapped.sorted first where the method needs it and it is not yet sorted.
/// Errors (a class count outside 1 to 12, an unknown quantile type) do not name the layer.
Result<FillLegend> classifyFill(const FillStyle& fill, MappedValues& mapped,
                                std::vector<Rgba8>& featureColors);

/// Limits given outright, widened to take in values beyond them: such a value belongs to the end
/// class (and the legend says so) rather than being shown as missing data. Given with a GeoDa
/// method (held over years, pooled over small multiples), they keep its convention for ties.
Classification explicitClasses(const std::vector<double>& breaks, std::optional<ClassMethod> method,
                               double minimum, double maximum);

/// Makes `center` a class limit: the limit nearest to it moves onto it (the end limits stay, so
/// every value keeps a class), unless the centre lies outside the values.
void centreClasses(Classification& classification, double center);

/// The classes' colours. With a centre, a diverging ramp is split there: as many steps of each
/// half as the larger side needs, so a class one step below the centre is as pale as one step
/// above it, and the side with fewer classes skips its darkest.
std::vector<Rgba8> classColors(const Classification& classification, const FillStyle& fill);

}  // namespace bashu
