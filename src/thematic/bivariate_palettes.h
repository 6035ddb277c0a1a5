#pragma once
// The palettes of bivariate choropleths: a square of n x n colours, one field's classes across and
// the other's up, light grey where both are low and the darkest cell where both are high (Joshua
// Stevens' 3 x 3 palettes; 2 x 2 and 4 x 4 sampled from them).
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"
#include "core/result.h"

namespace bashu {

/// The palettes' names: "pink-blue", "teal-purple", "gold-violet".
std::vector<std::string_view> bivariatePaletteNames();

/// The n x n colours (n 2 to 4) of the named palette, row by row from the second field's lowest
/// class up, each row from the first field's lowest class across: cell (across, up) is at
/// up * n + across. An error naming the palettes for an unknown name.
Result<std::vector<Rgba8>> bivariatePalette(std::string_view name, int n);

}  // namespace bashu
