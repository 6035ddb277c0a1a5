#include "canvas/clean_text.h"

#include "core/utf8.h"

namespace bashu {

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
