#pragma once
// Named colour ramps (ColorBrewer sequential, diverging and qualitative schemes, matplotlib's
// viridis family) sampled into n class colours.
#include <vector>

#include "core/color.h"
#include "core/style_registry.h"

namespace bashu {

/// n colours of a ramp (n >= 1, none for n < 1); reversed when asked. The ramps' names and kinds
/// are in core/style_registry.h, where documents and options are read into Ramp; the colours are
/// here, each ramp's tables found by its registry name.
/// - ColorBrewer: the published n-class table where there is one (sequential 3..9, light to
///   dark; diverging 3..11, through the light middle); 1 class takes the middle of the 3-class
///   table, 2 its ends; more classes sample the largest table evenly. Qualitative: the scheme's
///   first n colours (3..8 for Set2 and Dark2, 3..12 for Paired and Set3); past the last one the
///   colours repeat, as unrelated hues cannot be interpolated.
/// - viridis, magma, plasma, cividis: sampled evenly from dark to light (one class: the middle).
std::vector<Rgba8> rampColors(Ramp ramp, int n, bool reversed = false);

}  // namespace bashu
