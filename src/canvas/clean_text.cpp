#include "canvas/clean_text.h"

#include "text/font_face.h"

namespace bashu {

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

std::string cleanText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t pos = 0; pos < text.size();) {
        char32_t code = nextCodePoint(text, pos);
        if (code == U'\t' || code == U'\n' || code == U'\r') code = U' ';
        // Surrogates and non-characters are not allowed in XML either.
        if (code < 0x20 || code == 0x7f || (code >= 0xd800 && code <= 0xdfff) || code == 0xfffe ||
            code == 0xffff || code > 0x10ffff)
            continue;
        appendUtf8(out, code);
    }
    return out;
}

}  // namespace bashu
