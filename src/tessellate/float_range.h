#pragma once
// Meshes store coordinates as floats relative to an origin. A double beyond float's range has
// no float value (converting it is undefined behaviour, in practice an infinity that would
// stretch a triangle or segment across the whole map), so such vertices must be left out.
#include <cmath>
#include <limits>

namespace bashu {

/// Whether `value` (a coordinate minus the origin) can be stored as a float: false for NaN,
/// infinities and magnitudes beyond FLT_MAX.
inline bool fitsFloat(double value) { return std::abs(value) <= double(std::numeric_limits<float>::max()); }

}  // namespace bashu
