#pragma once
// Numbers as legends show them: rounded to what the classes need, with thousands separators, or
// in the Chinese magnitude units 万 (10^4) and 亿 (10^8) that Chinese statistics are read in.
#include <span>
#include <string>
#include <string_view>

#include "core/map_document.h"
#include "thematic/classification.h"

namespace bashu {

/// A power of ten that numbers are written in, and its name written after the digits.
struct Magnitude {
    double divisor = 1.0;
    std::string_view suffix;  // "", "万" or "亿"
};

inline constexpr Magnitude kOnes{1.0, ""}, kWan{1e4, "万"}, kYi{1e8, "亿"};

/// Formats a value with `decimals` digits after the point and commas between thousands
/// ("19,916.98"); "-0" never appears.
std::string formatNumber(double value, int decimals);

/// Formats value / magnitude.divisor as formatNumber does, followed by the magnitude's name
/// ("1.99万", "8.2亿").
std::string formatNumber(double value, int decimals, const Magnitude& magnitude);

/// `value` in scientific notation with `significant` digits ("1.2e-5", "3.40e38").
std::string formatScientific(double value, int significant);

/// Decimals that tell every class limit of `classification` apart and keep two significant
/// digits of each, at most 4: large values get none, small ones as many as they need.
int legendDecimals(const Classification& classification);

/// legendDecimals of ascending limits (or any ascending values).
int legendDecimals(std::span<const double> limits);

/// Whether UTF-8 text holds Chinese characters (CJK ideographs): a map labelled in Chinese.
bool containsCjk(std::string_view utf8);

/// Whether a unit names a magnitude of its own ("万人", "亿元", "千万元"): its numbers are
/// already scaled, so writing them in 万 or 亿 again would read as 万万 or 万亿.
bool unitHasMagnitude(std::string_view unit);

/// The magnitude `format` writes `values` in. Wan and Yi are fixed. Auto writes 亿 when the
/// largest |value| is at least 10^9 and 万 when it is at least 10^5, but only on a Chinese map
/// (`chinese`), when the unit names no magnitude, and when the smallest non-zero |value| is at
/// least a tenth of that magnitude (no limit reads "0.003万"); otherwise plain numbers.
Magnitude chooseMagnitude(NumberFormat format, std::span<const double> values, bool chinese,
                          std::string_view unit);

/// How the numbers of one legend are written: one magnitude and one number of decimals for all,
/// so a limit shared by two adjacent classes reads the same in both (no gap, no overlap).
struct NumberStyle {
    Magnitude magnitude;
    int decimals = 0;         // after the point, or significant digits when scientific
    bool scientific = false;  // for limits too small or too large to read in plain digits

    std::string format(double value) const {
        return scientific ? formatScientific(value, decimals) : formatNumber(value, decimals, magnitude);
    }
};

/// The style of ascending class limits (or reference values): chooseMagnitude, then
/// legendDecimals of the limits as written in that magnitude; scientific notation where those
/// would need more than 4 decimals or the limits reach 10^15.
NumberStyle legendNumberStyle(std::span<const double> limits, NumberFormat format, bool chinese,
                              std::string_view unit);

}  // namespace bashu
