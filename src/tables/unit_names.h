#pragma once
// Names of administrative units compared as a planner reads them: "万州区", "万州" and "万  州" are
// one unit; "阿坝州" is "阿坝藏族羌族自治州"; "Wànzhōu Qū", "Wanzhou" and "Wanzhou District" are
// the same place; and a district is not the city of the same name (广安区 is not 广安市).
#include <string>
#include <string_view>

namespace bashu {

/// What a name is compared by: its base (without the administrative suffix, lower case, no tones,
/// spaces or apostrophes) and the kind of unit the suffix said, if any.
struct UnitName {
    std::string base;  // "万州", "wanzhou", "阿坝"
    char kind = 0;  // 'c' 市 city, 'd' 区 district, 'x' 县 county, 'p' 州 prefecture, 'b' 旗/盟; 0 unsaid

    bool operator==(const UnitName&) const = default;
};

/// The name's comparison form. Chinese: full-width forms and spaces out; the suffixes 自治州,
/// 自治县 (with the peoples named before them: 藏族羌族), 特区, 新区, 林区, 市, 区, 县, 州, 旗, 盟
/// off, a one-character suffix only when two characters or more are left ("万州" stays). Latin
/// (Pinyin, English): tones and apostrophes out, lower case, trailing words such as District,
/// County, City, Prefecture, Autonomous, Qu, Xian, Shi and the peoples' names off.
UnitName unitName(std::string_view name);

/// Whether two names can be the same unit: the same base and no two different kinds said.
bool sameUnit(const UnitName& a, const UnitName& b);

/// The first six digits of a code (a 6-digit administrative code, or a 9- or 12-digit statistical
/// code whose first six are the county's), full-width digits allowed; empty for anything else.
std::string codeKey(std::string_view text);

}  // namespace bashu
