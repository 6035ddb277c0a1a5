#pragma once
// A statistical table's cells as yearbooks write them: names padded with spaces to line up
// ("万  州"), numbers in full-width digits or with thousands separators ("１２,３４５.６"), and
// the marks for a value not available ("—", "…", "-", "/").
#include <optional>
#include <string>
#include <string_view>

namespace bashu {

/// The cell's text without the padding around it (ASCII spaces, tabs, line breaks, U+3000 and
/// no-break spaces) and without spaces between two Chinese characters: "万  州" is "万州", "地  区"
/// is "地区", while "Wanzhou District" keeps its space. A line break between two words is a space.
std::string cleanCellText(std::string_view text);

/// Whether the (clean) text is a yearbook's mark for a missing value: empty, "—", "——", "…",
/// "……", "...", "-", "－", "/", "／", "x", "×", "NA", "N/A", "n.a.", "null".
bool isMissingMark(std::string_view text);

/// The number a (clean) cell writes: ASCII or full-width digits, a sign, a decimal point,
/// thousands separators in groups of three ("12,345.6"; "1,2" is not a number), a trailing "%"
/// (5.6% is 5.6: the unit is the column's). Nothing for anything else (words, codes with
/// letters, several numbers, infinities).
std::optional<double> parseCellNumber(std::string_view text);

/// Full-width ASCII forms (U+FF01 to U+FF5E: "０", "Ａ", "（") as their ASCII characters and U+3000
/// as a space; everything else as it is.
std::string halfWidth(std::string_view text);

/// A year written in a header: "2019", "2019年", "2019 年", "2019年度", "Y2019" (1900 to 2100).
/// Nothing for other text.
std::optional<int> yearOf(std::string_view text);

/// The parts of a header such as "地区生产总值 (亿元)" or "GDP（亿元）": the name before the
/// parentheses and the unit inside; the unit is empty when there are none.
struct HeaderUnit {
    std::string name, unit;
};
HeaderUnit splitHeaderUnit(std::string_view header);

}  // namespace bashu
