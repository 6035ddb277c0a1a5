#pragma once
// ColorBrewer 2.0 colour schemes as published, per class count, as 0xRRGGBB. Colour
// specifications and designs developed by Cynthia Brewer (http://colorbrewer.org/), Pennsylvania
// State University, published under the Apache License, Version 2.0.
#include <array>
#include <cstdint>
#include <span>

namespace bashu {

/// A sequential or diverging scheme: a table of its own for each class count from 3 to
/// maxClasses (9 sequential, 11 diverging), in ColorBrewer's order: sequential light to dark,
/// diverging from one hue through the light middle to the other.
struct BrewerScheme {
    const char* name;
    int maxClasses;
    std::array<std::array<uint32_t, 11>, 9> classes;  // [n - 3][i]; unused entries are 0
};

/// A qualitative scheme: its n-class table is the first n colours of one list (n from 3 to
/// maxClasses).
struct QualitativeScheme {
    const char* name;
    int maxClasses;
    std::array<uint32_t, 12> colors;  // unused entries are 0
};

/// YlOrRd, YlOrBr, OrRd, Reds, Blues, Greens, Purples, Oranges, Greys, BuGn, BuPu, GnBu, PuBu,
/// PuBuGn, PuRd, RdPu, YlGn, YlGnBu.
std::span<const BrewerScheme> sequentialSchemes();
/// RdBu, RdYlBu, RdYlGn, PuOr, BrBG, PiYG, Spectral.
std::span<const BrewerScheme> divergingSchemes();
/// Set2, Dark2, Paired, Set3.
std::span<const QualitativeScheme> qualitativeSchemes();

}  // namespace bashu
