#pragma once
// matplotlib's perceptually uniform colour maps, dark to light: viridis, magma and plasma
// (Stéfan van der Walt and Nathaniel Smith, CC0) and cividis (Jamie Nuñez, Christopher Anderton
// and Ryan Renslow, 2018, made for colour vision deficiency), as matplotlib's _cm_listed.py
// tabulates them in 256 entries.
#include <span>

namespace bashu {

/// One entry of a 256-entry table, as sRGB in [0, 1]; `index` is its position in that table.
struct ColormapAnchor {
    int index;
    double r, g, b;
};

/// Every 16th entry of a map's table plus the last one (0, 16, ..., 240, 255).
struct MatplotlibMap {
    const char* name;
    std::span<const ColormapAnchor> anchors;
};

/// viridis, magma, plasma, cividis.
std::span<const MatplotlibMap> matplotlibMaps();

}  // namespace bashu
