#pragma once
// Name matching that ignores ASCII case, for names typed by users (methods, ramps, searches, file
// extensions). Only A-Z and a-z are letters here: other bytes, UTF-8 included, never change.
#include <string>
#include <string_view>

namespace bashu {

/// `c` lower-cased when it is an ASCII capital, unchanged otherwise.
constexpr char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

/// True when a and b are equal ignoring the case of ASCII letters.
constexpr bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (asciiLower(a[i]) != asciiLower(b[i])) return false;
    return true;
}

/// `text` with ASCII letters lower-cased (other bytes, UTF-8 included, unchanged).
inline std::string asciiLower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) c = asciiLower(c);
    return lower;
}

}  // namespace bashu
