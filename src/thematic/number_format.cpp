#include "thematic/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bashu {

std::string formatNumber(double value, int decimals) {
    if (!std::isfinite(value)) return "–";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(decimals, 0, 10), std::abs(value));
    std::string digits = buffer;
    const size_t point = digits.find('.');
    std::string whole = digits.substr(0, point),
                fraction = point == std::string::npos ? "" : digits.substr(point);
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    const bool zero = std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0' || c == '.'; });
    return (value < 0 && !zero ? "-" : "") + grouped + fraction;
}

int legendDecimals(const Classification& classification) {
    const std::vector<double>& limits = classification.limits;
    double smallestGap = INFINITY;
    for (size_t i = 1; i < limits.size(); ++i)
        if (limits[i] > limits[i - 1]) smallestGap = std::min(smallestGap, limits[i] - limits[i - 1]);
    // One significant digit of the smallest gap must survive rounding, and every limit keeps two
    // significant digits (1.5 must not read as 2, which would claim a minimum that is not there).
    int decimals = std::isfinite(smallestGap) ? int(std::ceil(-std::log10(smallestGap))) + 1 : 0;
    for (double limit : limits)
        if (std::abs(limit) > 1e-12)
            decimals = std::max(decimals, 1 - int(std::floor(std::log10(std::abs(limit)))));
    return std::clamp(decimals, 0, 4);
}

}  // namespace bashu
