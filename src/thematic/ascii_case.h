#pragma once
// Name matching that ignores ASCII case, for names typed by users (methods, ramps, searches).
#include <cctype>
#include <string>
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

/// `text` with ASCII letters lower-cased (other bytes, UTF-8 included, unchanged).
inline std::string asciiLower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return lower;
}

}  // namespace bashu
