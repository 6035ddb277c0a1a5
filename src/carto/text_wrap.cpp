#include "carto/text_wrap.h"

namespace bashu {

std::vector<std::string> wrapText(const FontFace& font, const std::string& text, float size, float width,
                                  int maxLines) {
    if (maxLines <= 1 || font.measure(text, size) <= width) return {text};
    // A bilingual "中文 · English" title breaks at its separator when both halves fit.
    for (const char* separator : {" · ", " ・ ", " | "}) {
        const size_t at = text.find(separator);
        if (at == std::string::npos) continue;
        std::string first = text.substr(0, at), second = text.substr(at + std::string(separator).size());
        if (font.measure(first, size) <= width && font.measure(second, size) <= width)
            return {std::move(first), std::move(second)};
    }
    std::vector<std::string> lines;
    size_t start = 0;
    while (int(lines.size()) + 1 < maxLines && start < text.size()) {
        // The last space after which the line still fits; none: the line is the rest.
        size_t cut = std::string::npos;
        for (size_t space = text.find(' ', start); space != std::string::npos;
             space = text.find(' ', space + 1)) {
            if (font.measure(std::string_view(text).substr(start, space - start), size) > width) break;
            cut = space;
        }
        if (cut == std::string::npos || cut == start) break;
        lines.push_back(text.substr(start, cut - start));
        start = cut + 1;
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

}  // namespace bashu
