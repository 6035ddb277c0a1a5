#include "core/edit_distance.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace bashu {

namespace {

std::u32string lowerCodePoints(std::string_view utf8) {
    std::u32string out;
    for (size_t pos = 0; pos < utf8.size();) {
        char32_t c = nextCodePoint(utf8, pos);
        if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
        out.push_back(c);
    }
    return out;
}

}  // namespace

size_t editDistance(std::string_view aText, std::string_view bText) {
    const std::u32string a = lowerCodePoints(aText), b = lowerCodePoints(bText);
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

size_t codePointCount(std::string_view utf8) {
    size_t count = 0;
    for (size_t pos = 0; pos < utf8.size(); ++count) nextCodePoint(utf8, pos);
    return count;
}

}  // namespace bashu
