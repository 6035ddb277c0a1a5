#pragma once
// A layer's load report in words, for the window's layer list: how many features were read,
// found invalid and skipped, how the text was decoded, and every warning the reader gave.
#include <string>
#include <vector>

#include "core/layer.h"

namespace bashu {

/// One line per fact, the most important first; counts that are zero are left out.
std::vector<std::string> loadReportLines(const Layer& layer);

/// Whether the report holds anything a planner should look at (repairs, skips, warnings).
bool loadReportNeedsAttention(const Layer& layer);

}  // namespace bashu
