#include "thematic/bivariate_palettes.h"

#include <array>
#include <cmath>

namespace bashu {

namespace {

struct Palette {
    std::string_view name;
    std::array<uint32_t, 9> cells;  // 3 x 3, as bivariatePalette orders them
};

// Stevens' palettes ("Bivariate choropleth maps: a how-to guide", 2015).
constexpr Palette kPalettes[] = {
    {"pink-blue", {0xe8e8e8, 0xe4acac, 0xc85a5a, 0xb0d5df, 0xad9ea5, 0x985356, 0x64acbe, 0x627f8c, 0x574249}},
    {"teal-purple",
     {0xe8e8e8, 0xace4e4, 0x5ac8c8, 0xdfb0d6, 0xa5add3, 0x5698b9, 0xbe64ac, 0x8c62aa, 0x3b4994}},
    {"gold-violet",
     {0xe8e8e8, 0xe4d9ac, 0xc8b35a, 0xcbb8d7, 0xc8ada0, 0xaf8e53, 0x9972af, 0x976b82, 0x804d36}},
};

double channel(uint32_t rgb, int shift) { return double((rgb >> shift) & 0xff); }

// The palette's colour at (across, up), each in [0, 2] over its 3 x 3 cells, mixed between the
// four cells round it.
Rgba8 sample(const Palette& p, double across, double up) {
    const int i = std::min(int(across), 1), j = std::min(int(up), 1);
    const double fx = across - i, fy = up - j;
    const auto at = [&](int di, int dj) { return p.cells[size_t(j + dj) * 3 + size_t(i + di)]; };
    uint8_t out[3];
    for (int c = 0; c < 3; ++c) {
        const int shift = 16 - 8 * c;
        const double v = (1 - fx) * (1 - fy) * channel(at(0, 0), shift) +
                         fx * (1 - fy) * channel(at(1, 0), shift) + (1 - fx) * fy * channel(at(0, 1), shift) +
                         fx * fy * channel(at(1, 1), shift);
        out[c] = uint8_t(std::lround(v));
    }
    return Rgba8{out[0], out[1], out[2], 255};
}

}  // namespace

std::vector<std::string_view> bivariatePaletteNames() {
    std::vector<std::string_view> names;
    for (const Palette& p : kPalettes) names.push_back(p.name);
    return names;
}

Result<std::vector<Rgba8>> bivariatePalette(std::string_view name, int n) {
    if (n < 2 || n > 4)
        return Error{"a bivariate palette has 2, 3 or 4 classes per field, not " + std::to_string(n)};
    for (const Palette& p : kPalettes) {
        if (p.name != name) continue;
        std::vector<Rgba8> colors;
        for (int up = 0; up < n; ++up)
            for (int across = 0; across < n; ++across)
                colors.push_back(sample(p, 2.0 * across / (n - 1), 2.0 * up / (n - 1)));
        return colors;
    }
    std::string known;
    for (std::string_view p : bivariatePaletteNames()) known += (known.empty() ? "" : ", ") + std::string(p);
    return Error{"unknown bivariate palette '" + std::string(name) + "' (" + known + ")"};
}

}  // namespace bashu
