#include "core/color.h"

#include <cstdio>

namespace bashu {

namespace {
int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::optional<Rgba8> parseColor(std::string_view text) {
    if (text.size() != 7 && text.size() != 9) return std::nullopt;
    if (text[0] != '#') return std::nullopt;
    uint8_t channels[4] = {0, 0, 0, 255};
    for (size_t i = 1; i + 1 < text.size(); i += 2) {
        const int hi = hexDigit(text[i]);
        const int lo = hexDigit(text[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        channels[i / 2] = uint8_t(hi * 16 + lo);
    }
    return Rgba8{channels[0], channels[1], channels[2], channels[3]};
}

std::string formatColor(Rgba8 c) {
    char buffer[10];
    if (c.a == 255)
        std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r, c.g, c.b);
    else
        std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x%02x", c.r, c.g, c.b, c.a);
    return buffer;
}

}  // namespace bashu
