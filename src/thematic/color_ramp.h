#pragma once
// Named colour ramps (ColorBrewer sequential at least) sampled into n class colours.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"

namespace bashu {

/// Names of all known ramps, e.g. "YlOrRd", "Blues", "viridis".
std::vector<std::string> rampNames();

/// n colours of the named ramp (n >= 1), light to dark for sequential ramps (viridis keeps its
/// usual dark-to-light order); reversed when asked. Uses ColorBrewer's own n-class table where
/// it has one (3..9), else interpolates. Nothing when the name is unknown (names are matched
/// case-insensitively).
std::optional<std::vector<Rgba8>> rampColors(std::string_view name, int n, bool reversed = false);

}  // namespace bashu
