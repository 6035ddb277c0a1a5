#pragma once
// Numbers as legends show them: rounded to what the classes need, with thousands separators.
#include <string>

#include "thematic/classification.h"

namespace bashu {

/// Formats a value with `decimals` digits after the point and commas between thousands
/// ("19,916.98"); "-0" never appears.
std::string formatNumber(double value, int decimals);

/// Decimals that tell every class limit of `classification` apart and keep two significant
/// digits of each, at most 4: large values get none, small ones as many as they need.
int legendDecimals(const Classification& classification);

}  // namespace bashu
