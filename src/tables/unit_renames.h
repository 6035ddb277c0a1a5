#pragma once
// Units renamed since older tables were published: a county made a district (梁平县 -> 梁平区),
// a county made a city (康定县 -> 康定市), a new name (开县 -> 开州区). A table of 2015 and a map of
// 2022 name the same unit differently; the join sees through it.
#include <span>
#include <string_view>

namespace bashu {

struct UnitRename {
    std::string_view before, after;  // full official names
    int year;                        // when the State Council approved it
};

/// Every rename known, in Chongqing and Sichuan (the built-in map's provinces) since 1997.
std::span<const UnitRename> unitRenames();

/// The current name of a unit known by the older name `name` (written as the table writes it,
/// compared as unitName does), or empty when it was not renamed.
std::string_view renamedTo(std::string_view name);

}  // namespace bashu
