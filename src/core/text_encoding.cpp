#include "core/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <vector>

#include "core/utf8.h"

namespace bashu {

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
