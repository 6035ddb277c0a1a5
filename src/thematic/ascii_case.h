#pragma once
// Name matching that ignores ASCII case, for method and ramp names typed by users.
#include <cctype>
#include <string_view>

namespace bashu {

/// True when a and b are equal ignoring the case of ASCII letters.
inline bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto ca = static_cast<unsigned char>(a[i]);
        const auto cb = static_cast<unsigned char>(b[i]);
        if (std::tolower(ca) != std::tolower(cb)) return false;
    }
    return true;
}

}  // namespace bashu
