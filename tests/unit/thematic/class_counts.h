#pragma once
// The classification tests' count of values per class (values outside every class not counted).
#include <vector>

#include "thematic/classification.h"

namespace bashu::testing {

inline std::vector<int> classCounts(const Classification& c, const std::vector<double>& values) {
    std::vector<int> counts(static_cast<size_t>(c.classCount()), 0);
    for (double v : values) {
        const int k = c.classOf(v);
        if (k >= 0) ++counts[static_cast<size_t>(k)];
    }
    return counts;
}

}  // namespace bashu::testing
