#pragma once
// The program's version, as the build gives it (CMakeLists.txt's project version): shown by
// `bashu --version` and Help > About.
#include <string_view>

namespace bashu {

std::string_view bashuVersion();

}  // namespace bashu
