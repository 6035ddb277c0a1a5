#pragma once
// Named colour ramps (ColorBrewer sequential, diverging and qualitative schemes, matplotlib's
// viridis family) sampled into n class colours.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"

namespace bashu {

/// Names of all known ramps: the ColorBrewer sequential schemes (YlOrRd, Blues, ...), viridis,
/// magma, plasma, cividis, the ColorBrewer diverging schemes (RdBu, RdYlBu, RdYlGn, PuOr, BrBG,
/// PiYG, Spectral) and qualitative ones (Set2, Dark2, Paired, Set3).
std::vector<std::string> rampNames();

/// n colours of the named ramp (n >= 1); reversed when asked. Nothing when the name is unknown
/// (names are matched case-insensitively).
/// - ColorBrewer: the published n-class table where there is one (sequential 3..9, light to
///   dark; diverging 3..11, through the light middle); 1 class takes the middle of the 3-class
///   table, 2 its ends; more classes sample the largest table evenly. Qualitative: the scheme's
///   first n colours (3..8 for Set2 and Dark2, 3..12 for Paired and Set3); past the last one the
///   colours repeat, as unrelated hues cannot be interpolated.
/// - viridis, magma, plasma, cividis: sampled evenly from dark to light (one class: the middle).
std::optional<std::vector<Rgba8>> rampColors(std::string_view name, int n, bool reversed = false);

}  // namespace bashu
