#include "tables/cell_text.h"

#include <cmath>
#include <cstdlib>
#include <vector>

#include "core/ascii_case.h"
#include "core/utf8.h"

namespace bashu {

namespace {

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000' || c == U'\u00A0' ||
           c == U'\u2002' || c == U'\u2003' || c == U'\u2009';
}

// Chinese characters and the full-width punctuation written between them.
bool isCjk(char32_t c) {
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

}  // namespace

std::string cleanCellText(std::string_view text) {
    std::vector<char32_t> codes;
    for (size_t pos = 0; pos < text.size();) codes.push_back(nextCodePoint(text, pos));
    std::string out;
    for (size_t i = 0; i < codes.size();) {
        if (!isSpace(codes[i])) {
            appendUtf8(out, codes[i++]);
            continue;
        }
        size_t end = i;
        while (end < codes.size() && isSpace(codes[end])) ++end;
        // Padding at either end goes; a run between two Chinese characters is alignment.
        const bool inside = i > 0 && end < codes.size();
        if (inside && !(isCjk(codes[i - 1]) && isCjk(codes[end]))) out += ' ';
        i = end;
    }
    return out;
}

std::string halfWidth(std::string_view text) {
    std::string out;
    for (size_t pos = 0; pos < text.size();) {
        const char32_t c = nextCodePoint(text, pos);
        if (c >= 0xFF01 && c <= 0xFF5E)
            out += static_cast<char>(c - 0xFF01 + 0x21);
        else if (c == 0x3000)
            out += ' ';
        else
            appendUtf8(out, c);
    }
    return out;
}

bool isMissingMark(std::string_view text) {
    static constexpr std::string_view kMarks[] = {"",   "—",   "——",   "–",    "…",   "……", "...",
                                                  "-",  "--",  "－",   "/",    "／",  "x",  "×",
                                                  "NA", "N/A", "n.a.", "null", "#N/A"};
    for (std::string_view mark : kMarks)
        if (equalsIgnoreCase(text, mark)) return true;
    return false;
}

std::optional<double> parseCellNumber(std::string_view cell) {
    const std::string text = halfWidth(cell);
    std::string digits;
    size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) digits += text[i++];
    // Digits with optional thousands separators: every group after a comma has three digits.
    size_t intDigits = 0, groupDigits = 0;
    bool separated = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            ++intDigits;
            ++groupDigits;
        } else if (c == ',' && intDigits > 0 && (!separated || groupDigits == 3)) {
            if (!separated && groupDigits > 3) return std::nullopt;
            separated = true;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (separated && groupDigits != 3) return std::nullopt;
    size_t fraction = 0;
    if (i < text.size() && text[i] == '.') {
        digits += text[i++];
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++fraction) digits += text[i];
    }
    if (intDigits + fraction == 0) return std::nullopt;
    // An exponent as spreadsheets write big and small numbers ("1.5E+07").
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E') && !separated) {
        size_t j = i + 1;
        std::string exponent = "e";
        if (j < text.size() && (text[j] == '+' || text[j] == '-')) exponent += text[j++];
        const size_t start = j;
        for (; j < text.size() && text[j] >= '0' && text[j] <= '9'; ++j) exponent += text[j];
        if (j > start) {
            digits += exponent;
            i = j;
        }
    }
    if (i < text.size() && text[i] == '%') ++i;
    if (i != text.size()) return std::nullopt;
    const double value = std::strtod(digits.c_str(), nullptr);
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<int> yearOf(std::string_view header) {
    std::string text = halfWidth(header);
    std::string_view t = text;
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (!t.empty() && (t.front() == 'Y' || t.front() == 'y')) t.remove_prefix(1);
    if (t.size() < 4) return std::nullopt;
    int year = 0;
    for (size_t i = 0; i < 4; ++i) {
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
        year = year * 10 + (t[i] - '0');
    }
    std::string_view rest = t.substr(4);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!(rest.empty() || rest == "年" || rest == "年度" || rest == "年末")) return std::nullopt;
    if (year < 1900 || year > 2100) return std::nullopt;
    return year;
}

HeaderUnit splitHeaderUnit(std::string_view header) {
    const std::string text = halfWidth(header);
    HeaderUnit out{cleanCellText(text), ""};
    if (text.empty() || text.back() != ')') return out;
    // The last balanced parenthesis at the end.
    int depth = 0;
    for (size_t i = text.size(); i-- > 0;) {
        if (text[i] == ')') ++depth;
        if (text[i] == '(' && --depth == 0) {
            const std::string name = cleanCellText(text.substr(0, i));
            const std::string unit = cleanCellText(text.substr(i + 1, text.size() - i - 2));
            if (name.empty() || unit.empty()) return out;
            return {name, unit};
        }
    }
    return out;
}

}  // namespace bashu
