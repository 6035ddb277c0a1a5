#pragma once
// `bashu info FILE...`: what a vector file holds.
#include <string>
#include <vector>

namespace bashu {

/// Prints driver, layers, CRS, extents, fields and geometry counts of each file (text, or one
/// JSON object when `json`); returns the process exit code.
int runInfo(const std::vector<std::string>& files, bool json);

}  // namespace bashu
