#pragma once
// A dash pattern for lines (planned routes, boundaries in dispute): dashes of `on` pixels with
// gaps of `off` pixels between them, both at 1x scale; a pattern without both is a solid line.
#include <algorithm>
#include <utility>
#include <vector>

namespace bashu {

struct LineDash {
    double on = 0.0, off = 0.0;

    bool solid() const { return !(on > 0.0 && off > 0.0); }
    LineDash scaled(double factor) const { return LineDash{on * factor, off * factor}; }
    bool operator==(const LineDash&) const = default;
};

/// The dashes of a straight stretch `length` long, as [start, end) distances from its start:
/// the whole stretch for a solid pattern. Used where a line is drawn piece by piece (legends).
inline std::vector<std::pair<double, double>> dashIntervals(double length, const LineDash& dash) {
    if (dash.solid()) return {{0.0, length}};
    std::vector<std::pair<double, double>> dashes;
    for (double at = 0.0; at < length && dashes.size() < 10000; at += dash.on + dash.off)
        dashes.emplace_back(at, std::min(at + dash.on, length));
    return dashes;
}

}  // namespace bashu
