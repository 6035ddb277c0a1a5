#include "thematic/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/utf8.h"

namespace bashu {

std::string formatNumber(double value, int decimals) {
    if (!std::isfinite(value)) return "–";
    // Sized for the number: 1e300 has 301 digits before the point.
    const int places = std::clamp(decimals, 0, 10);
    std::string digits(size_t(std::snprintf(nullptr, 0, "%.*f", places, std::abs(value))) + 1, '\0');
    std::snprintf(digits.data(), digits.size(), "%.*f", places, std::abs(value));
    digits.pop_back();
    const size_t point = digits.find('.');
    std::string whole = digits.substr(0, point),
                fraction = point == std::string::npos ? "" : digits.substr(point);
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
        grouped += whole[i];
    }
    const bool zero = std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0' || c == '.'; });
    return (value < 0 && !zero ? "-" : "") + grouped + fraction;
}

std::string formatNumber(double value, int decimals, const Magnitude& magnitude) {
    if (!std::isfinite(value)) return "–";
    return formatNumber(value / magnitude.divisor, decimals) + std::string(magnitude.suffix);
}

namespace {

// The decimals legendDecimals wants before its cap.
int decimalsNeeded(std::span<const double> limits) {
    double smallestGap = INFINITY;
    for (size_t i = 1; i < limits.size(); ++i)
        if (limits[i] > limits[i - 1]) smallestGap = std::min(smallestGap, limits[i] - limits[i - 1]);
    // One significant digit of the smallest gap must survive rounding, and every limit keeps two
    // significant digits (1.5 must not read as 2, which would claim a minimum that is not there).
    int decimals = std::isfinite(smallestGap) ? int(std::ceil(-std::log10(smallestGap))) + 1 : 0;
    for (double limit : limits)
        if (std::isfinite(limit) && std::abs(limit) > 1e-12)
            decimals = std::max(decimals, 1 - int(std::floor(std::log10(std::abs(limit)))));
    return decimals;
}

}  // namespace

int legendDecimals(std::span<const double> limits) { return std::clamp(decimalsNeeded(limits), 0, 4); }

std::string formatScientific(double value, int significant) {
    if (!std::isfinite(value)) return "–";
    // Zero has no power of ten: "0", not "0.0e0" (pretty classes across zero at 1e300).
    if (value == 0.0) return "0";
    char buffer[48];  // "-d.ddddddde-308" at most
    std::snprintf(buffer, sizeof buffer, "%.*e", std::clamp(significant, 1, 17) - 1, value);
    std::string text = buffer;
    // "1.2e-05" reads as 1.2e-5.
    const size_t e = text.find('e');
    size_t digit = e + 2;
    while (digit + 1 < text.size() && text[digit] == '0') text.erase(digit, 1);
    if (text[e + 1] == '+') text.erase(e + 1, 1);
    return text;
}

int legendDecimals(const Classification& classification) { return legendDecimals(classification.limits); }

namespace {

bool isCjkIdeograph(char32_t c) {
    return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

}  // namespace

bool containsCjk(std::string_view utf8) {
    for (size_t at = 0; at < utf8.size();)
        if (isCjkIdeograph(nextCodePoint(utf8, at))) return true;
    return false;
}

bool unitHasMagnitude(std::string_view unit) {
    // Chinese numerals for powers of ten lead such units: 十, 百, 千, 万 (萬), 亿 (億).
    for (std::string_view prefix : {"十", "百", "千", "万", "萬", "亿", "億"})
        if (unit.substr(0, prefix.size()) == prefix) return true;
    return false;
}

Magnitude chooseMagnitude(NumberFormat format, std::span<const double> values, bool chinese,
                          std::string_view unit) {
    switch (format) {
        case NumberFormat::Plain:
            return kOnes;
        case NumberFormat::Wan:
            return kWan;
        case NumberFormat::Yi:
            return kYi;
        case NumberFormat::Auto:
            break;
    }
    if (!chinese || unitHasMagnitude(unit)) return kOnes;
    double largest = 0, smallest = INFINITY;
    for (double v : values) {
        if (!std::isfinite(v) || v == 0) continue;
        largest = std::max(largest, std::abs(v));
        smallest = std::min(smallest, std::abs(v));
    }
    // Below 10^5 a number reads easily with separators ("86,000"); 10万 and up are read in 万.
    if (largest >= 1e9 && smallest >= 0.1 * kYi.divisor) return kYi;
    if (largest >= 1e5 && smallest >= 0.1 * kWan.divisor) return kWan;
    return kOnes;
}

NumberStyle legendNumberStyle(std::span<const double> limits, NumberFormat format, bool chinese,
                              std::string_view unit) {
    NumberStyle style;
    style.magnitude = chooseMagnitude(format, limits, chinese, unit);
    std::vector<double> scaled(limits.begin(), limits.end());
    for (double& v : scaled) v /= style.magnitude.divisor;
    style.decimals = legendDecimals(scaled);
    // Limits that need more than 4 decimals (values around 1e-5 would all read 0.0000) or are
    // too long to read (10^15 and up) are written with two significant digits, or as many as
    // tell adjacent limits apart.
    double largest = 0;
    for (double v : scaled)
        if (std::isfinite(v)) largest = std::max(largest, std::abs(v));
    // A magnitude asked for outright (万, 亿) is kept, whatever its decimals.
    const bool magnitudeAsked = format == NumberFormat::Wan || format == NumberFormat::Yi;
    if (!magnitudeAsked && (decimalsNeeded(scaled) > 4 || largest >= 1e15)) {
        style.scientific = true;
        style.magnitude = kOnes;
        for (style.decimals = 2; style.decimals < 17; ++style.decimals) {
            bool apart = true;
            for (size_t i = 1; i < limits.size() && apart; ++i)
                apart = !(limits[i] > limits[i - 1]) || formatScientific(limits[i], style.decimals) !=
                                                            formatScientific(limits[i - 1], style.decimals);
            if (apart) break;
        }
    }
    return style;
}

}  // namespace bashu
