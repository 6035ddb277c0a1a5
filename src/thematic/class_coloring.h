#pragma once
// Colouring features by class: the per-feature pass of every restyle, so it is the one step
// whose cost grows with the layer (10^6 features restyled while a slider moves).
#include <span>
#include <vector>

#include "core/color.h"
#include "thematic/classification.h"

namespace bashu {

/// What colourByClass counted: features per class, and those without one (NaN, or outside the
/// limits), which took the no-data colour.
struct ClassCounts {
    std::vector<size_t> perClass;
    size_t noData = 0;
    std::vector<float> histogram;  // histogramOf's counts over the limits, when asked for
};

/// Gives feature i the colour of the class of values[i] (Classification::classOf, exactly:
/// values are compared as doubles, a value on a limit goes to the class below), or `noData`.
/// `out` has values.size() entries; `classColors` one per class. Large layers are split over
/// two threads. With `histogramBins`, the same pass counts the values' histogram between the
/// first and last limits (as histogramOf), so a restyle reads the values once.
ClassCounts colorByClass(std::span<const double> values, const Classification& classes,
                         std::span<const Rgba8> classColors, Rgba8 noData, std::span<Rgba8> out,
                         size_t histogramBins = 0);

/// Counts of values in `bins` equal bins from lo to hi (values outside go to the end bins;
/// NaN and infinities skipped): one pass.
std::vector<float> histogramOf(std::span<const double> values, double lo, double hi, size_t bins);

}  // namespace bashu
