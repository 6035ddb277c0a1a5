#include "core/utf8.h"

namespace bashu {

namespace {

// The code point of the well-formed sequence of `length` bytes at `pos` (checked beforehand).
char32_t decodeSequence(std::string_view utf8, size_t pos, size_t length) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(utf8[pos + i]); };
    if (length == 1) return byte(0);
    char32_t code = byte(0) & (0x7f >> length);
    for (size_t i = 1; i < length; ++i) code = (code << 6) | (byte(i) & 0x3f);
    return code;
}

}  // namespace

size_t utf8SequenceLength(std::string_view utf8, size_t pos) {
    if (pos >= utf8.size()) return 0;
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    if (lead < 0x80) return 1;
    // Lead bytes by length, with the range the second byte must fall in: the narrower ranges
    // after E0, ED, F0 and F4 rule out overlong forms, surrogates and code points past U+10FFFF.
    size_t length = 0;
    unsigned char low = 0x80, high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0) low = 0xa0;
        if (lead == 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0) low = 0x90;
        if (lead == 0xf4) high = 0x8f;
    } else {
        return 0;
    }
    if (utf8.size() - pos < length) return 0;
    const auto second = static_cast<unsigned char>(utf8[pos + 1]);
    if (second < low || second > high) return 0;
    for (size_t i = 2; i < length; ++i)
        if ((static_cast<unsigned char>(utf8[pos + i]) & 0xc0) != 0x80) return 0;
    return length;
}

char32_t nextCodePoint(std::string_view utf8, size_t& pos) {
    if (pos >= utf8.size()) return kReplacementCharacter;
    const size_t length = utf8SequenceLength(utf8, pos);
    if (length == 0) {
        ++pos;
        return kReplacementCharacter;
    }
    const char32_t code = decodeSequence(utf8, pos, length);
    pos += length;
    return code;
}

bool isValidUtf8(std::string_view text) {
    for (size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const size_t length = utf8SequenceLength(text, pos);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

std::string replaceInvalidUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        const size_t length = utf8SequenceLength(text, pos);
        if (length == 0) {
            appendUtf8(out, kReplacementCharacter);
            ++pos;
        } else {
            out.append(text.substr(pos, length));
            pos += length;
        }
    }
    return out;
}

void appendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

}  // namespace bashu
