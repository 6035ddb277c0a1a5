#include "thematic/power_of_two_scale.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bashu {

double powerOfTwoScaleFor(double magnitude) {
    if (!(magnitude > 0.0) || !std::isfinite(magnitude)) return 1.0;
    // magnitude lies in [2^e, 2^(e+1)); 2^1023 is the largest power of two, so a subnormal
    // magnitude comes up as near to 0.5 as it allows.
    return std::ldexp(1.0, std::min(-(std::ilogb(magnitude) + 1), 1022));
}

double unscaledFinite(double scaled, double scale) {
    constexpr double largest = std::numeric_limits<double>::max();
    return std::clamp(scaled / scale, -largest, largest);
}

}  // namespace bashu
