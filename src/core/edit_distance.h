#pragma once
// How far apart two names are, for "did you mean ...?" suggestions: of methods and ramps typed on
// the command line, and of unit names in a planner's table that match no unit of the map.
#include <cstddef>
#include <string_view>

namespace bashu {

/// Edit distance between two UTF-8 texts, counted in code points and ignoring ASCII case, a swap
/// of two neighbouring characters counting as one edit (optimal string alignment), as typing
/// slips are. "Blues"/"blus" is 1, "万州区"/"万洲区" is 1.
size_t editDistance(std::string_view a, std::string_view b);

/// The number of code points of a UTF-8 text (a byte that is not UTF-8 counts as one).
size_t codePointCount(std::string_view utf8);

}  // namespace bashu
