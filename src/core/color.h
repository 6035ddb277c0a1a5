#pragma once
// 8-bit RGBA colours and their text form (#rrggbb or #rrggbbaa).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bashu {

struct Rgba8 {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba8&) const = default;
};

/// Parses "#rrggbb" or "#rrggbbaa"; nothing for anything else.
std::optional<Rgba8> parseColor(std::string_view text);
/// Formats as "#rrggbb", or "#rrggbbaa" when not opaque.
std::string formatColor(Rgba8 color);

}  // namespace bashu
