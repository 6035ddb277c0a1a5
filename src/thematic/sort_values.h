#pragma once
// Sorting the values a classification needs: the costliest step of choosing another field at
// 10^6 features, so a radix sort (linear) rather than a comparison sort.
#include <vector>

namespace bashu {

/// Sorts finite values ascending (the order std::sort gives; -0.0 and 0.0 are equal there and
/// may come in either order here). NaN must not be present.
void sortValues(std::vector<double>& values);

}  // namespace bashu
