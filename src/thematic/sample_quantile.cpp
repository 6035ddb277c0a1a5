#include "thematic/sample_quantile.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace bashu {

double sampleQuantile(std::span<const double> sorted, int numerator, int denominator) {
    const auto scaled = static_cast<uint64_t>(sorted.size() - 1) * static_cast<uint64_t>(numerator);
    const auto whole = static_cast<uint64_t>(denominator);
    const auto lower = static_cast<size_t>(scaled / whole);
    if (scaled % whole == 0) return sorted[lower];
    const double fraction = static_cast<double>(scaled % whole) / static_cast<double>(whole);
    const double a = sorted[lower], b = sorted[lower + 1];
    // Rounding could otherwise put the result an ulp above b, and a later quantile on b below it.
    return std::min(b, a + fraction * (b - a));
}

}  // namespace bashu
