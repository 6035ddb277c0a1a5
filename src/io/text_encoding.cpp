#include "io/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <vector>

namespace bashu {

bool isValidUtf8(std::string_view text) {
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        size_t length;
        uint32_t point;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2, point = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, point = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, point = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n) return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            point = (point << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and code points past Unicode are not UTF-8.
        static constexpr uint32_t kSmallest[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (point < kSmallest[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

std::optional<std::string> decodeGb18030(std::string_view text) {
    iconv_t converter = iconv_open("UTF-8", "GB18030");
    if (converter == iconv_t(-1)) return std::nullopt;
    std::string out(text.size() * 2 + 4, '\0');  // GB18030 takes 1, 2 or 4 bytes per character
    char* in = const_cast<char*>(text.data());
    size_t inLeft = text.size();
    char* to = out.data();
    size_t toLeft = out.size();
    const size_t done = iconv(converter, &in, &inLeft, &to, &toLeft);
    iconv_close(converter);
    if (done == size_t(-1) || inLeft != 0) return std::nullopt;
    out.resize(out.size() - toLeft);
    return out;
}

namespace {

// Replaces each byte that does not start a valid UTF-8 sequence with U+FFFD.
std::string replaceInvalidUtf8(std::string_view text) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        size_t length = 1;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xF0)
            length = 4;
        else if (c >= 0xE0)
            length = 3;
        else if (c >= 0xC0)
            length = 2;
        if (i + length <= text.size() && isValidUtf8(text.substr(i, length))) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

template <typename Visit>
void forEachText(Layer& layer, Visit visit) {
    for (Column& column : layer.attributes.columns) {
        visit(column.name);
        for (std::string& value : column.strings) visit(value);
    }
}

}  // namespace

void makeTextUtf8(Layer& layer, const std::string& declared) {
    size_t notUtf8 = 0, decodable = 0;
    forEachText(layer, [&](std::string& text) {
        if (isValidUtf8(text)) return;
        ++notUtf8;
        if (decodeGb18030(text)) ++decodable;
    });
    if (notUtf8 == 0) {
        if (!declared.empty()) layer.report.textEncoding = declared + " (as the file declares)";
        return;
    }
    if (decodable == notUtf8) {
        forEachText(layer, [](std::string& text) {
            if (!isValidUtf8(text)) text = *decodeGb18030(text);
        });
        layer.report.textEncoding = "GB18030/GBK (detected: the text is not UTF-8)";
        layer.report.warn("text is not UTF-8; read as GB18030/GBK (Chinese), " + std::to_string(notUtf8) +
                          " names and values converted");
        return;
    }
    forEachText(layer, [](std::string& text) {
        if (!isValidUtf8(text)) text = replaceInvalidUtf8(text);
    });
    layer.report.textEncoding = "unknown (not UTF-8 or GB18030)";
    layer.report.warn(std::to_string(notUtf8) +
                      " names and values are in an unknown text encoding (neither UTF-8 nor GB18030); "
                      "unreadable characters are shown as \xEF\xBF\xBD");
}

}  // namespace bashu
