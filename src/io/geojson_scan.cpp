#include "io/geojson_scan.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bashu::geojson {

namespace {

#if defined(__SSE2__)
// Bit i set where byte i of the 16 equals c.
inline unsigned matches(__m128i bytes, char c) {
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(c))));
}

// Bits set in a 16-bit mask; __builtin_popcount is a library call on x86-64 without -mpopcnt.
inline int bitCount(unsigned mask) {
    mask = mask - ((mask >> 1) & 0x5555u);
    mask = (mask & 0x3333u) + ((mask >> 2) & 0x3333u);
    mask = (mask + (mask >> 4)) & 0x0F0Fu;
    return int((mask + (mask >> 8)) & 0x1Fu);
}
#endif

}  // namespace

size_t BracketScanner::scanString(const char* bytes, size_t size, size_t i) {
    // Returns where scanning goes on: past the closing quote, or `size` while still in the string.
    while (i < size) {
        if (escaped_) {
            escaped_ = false;
            ++i;
            continue;
        }
#if defined(__SSE2__)
        while (i + 16 <= size) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            const unsigned special = matches(block, '"') | matches(block, '\\');
            if (special) {
                i += size_t(__builtin_ctz(special));
                break;
            }
            i += 16;
        }
#endif
        while (i < size && bytes[i] != '"' && bytes[i] != '\\') ++i;
        if (i == size) break;
        if (bytes[i] == '\\') {
            escaped_ = true;
            ++i;
        } else {
            inString_ = false;
            return i + 1;
        }
    }
    return size;
}

size_t BracketScanner::scan(const char* bytes, size_t size) {
    size_t i = 0;
    while (i < size) {
        if (inString_) {
            i = scanString(bytes, size, i);
            continue;
        }
#if defined(__SSE2__)
        // Coordinates are mostly digits between brackets: skip 16 bytes at once while they hold
        // no quote and too few closing brackets to end the value ('{' and '[' differ from '}' and
        // ']' only in bit 5, which the mask clears).
        while (i + 16 <= size) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
            const __m128i folded = _mm_and_si128(block, _mm_set1_epi8(char(0xDF)));
            const int closing = bitCount(matches(folded, ']'));
            if (matches(block, '"') || depth_ <= closing) break;
            depth_ += bitCount(matches(folded, '[')) - closing;
            i += 16;
        }
#endif
        const size_t stop = std::min(size, i + 16);
        for (; i < stop; ++i) {
            const char c = bytes[i];
            if (c == '"') {
                inString_ = true;
                ++i;
                break;
            }
            if (c == '{' || c == '[') {
                ++depth_;
            } else if (c == '}' || c == ']') {
                if (--depth_ == 0) return i + 1;
            }
        }
    }
    return npos;
}

uint64_t skipSpace(FileWindow& window, uint64_t keep, uint64_t offset) {
    while (window.ensure(keep, offset) && isJsonSpace(*window.at(offset))) ++offset;
    return offset;
}

std::optional<ElementSeparator> findElementSeparator(FileWindow& window, uint64_t offset) {
    while (window.ensure(offset, offset)) {
        const size_t held = size_t(window.end() - offset);
        const void* hit = std::memchr(window.at(offset), ',', held);
        if (!hit) {
            offset += held;
            continue;
        }
        const uint64_t comma = offset + uint64_t(static_cast<const char*>(hit) - window.at(offset));
        offset = comma + 1;
        const uint64_t brace = skipSpace(window, comma, comma + 1);
        if (!window.ensure(comma, brace) || *window.at(brace) != '{') continue;
        const uint64_t quote = skipSpace(window, comma, brace + 1);
        if (!window.ensure(comma, quote + 1) || *window.at(quote) != '"') continue;
        // After a closing quote JSON allows only these: the quote would then end a string that
        // holds the comma, not open a key.
        const char next = *window.at(quote + 1);
        if (isJsonSpace(next) || next == ',' || next == ':' || next == '}' || next == ']') continue;
        return ElementSeparator{comma, brace};
    }
    return std::nullopt;
}

size_t countObjects(FileWindow& window, uint64_t begin) {
    constexpr uint64_t kLookBehind = 4096;
    const uint64_t first = skipSpace(window, begin, begin);
    size_t count = window.ensure(first, first) && *window.at(first) == '{' ? 1 : 0;
    uint64_t offset = first;
    while (window.ensure(std::max(begin, offset - std::min(offset, kLookBehind)), offset)) {
        const size_t held = size_t(window.end() - offset);
        const void* hit = std::memchr(window.at(offset), '{', held);
        if (!hit) {
            offset += held;
            continue;
        }
        const uint64_t brace = offset + uint64_t(static_cast<const char*>(hit) - window.at(offset));
        offset = brace + 1;
        uint64_t before = brace;  // just after the last byte before the brace that is no whitespace
        while (before > window.begin() && isJsonSpace(*window.at(before - 1))) --before;
        if (before == window.begin() || *window.at(before - 1) != ',') continue;
        const uint64_t quote = skipSpace(window, before - 1, brace + 1);
        if (!window.ensure(before - 1, quote + 1) || *window.at(quote) != '"') continue;
        const char next = *window.at(quote + 1);
        if (isJsonSpace(next) || next == ',' || next == ':' || next == '}' || next == ']') continue;
        ++count;
    }
    return count;
}

}  // namespace bashu::geojson
