#include "thematic/color_ramp.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace bashu {

namespace {

// ColorBrewer 2.0 sequential schemes, 3 to 9 classes, light to dark, as 0xRRGGBB.
// Colour specifications and designs developed by Cynthia Brewer (http://colorbrewer.org/),
// Pennsylvania State University, published under the Apache License, Version 2.0.
// Values as in ColorBrewer's own colorbrewer.js (the table D3 packages).
struct BrewerRamp {
    const char* name;
    std::array<std::array<uint32_t, 9>, 7> classes;  // [n - 3][i]; unused entries are 0
};

constexpr BrewerRamp kBrewerRamps[] = {
    {"YlOrRd",
     {{{0xffeda0, 0xfeb24c, 0xf03b20},
       {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c},
       {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026},
       {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026},
       {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026},
       {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026},
       {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026}}}},
    {"YlOrBr",
     {{{0xfff7bc, 0xfec44f, 0xd95f0e},
       {0xffffd4, 0xfed98e, 0xfe9929, 0xcc4c02},
       {0xffffd4, 0xfed98e, 0xfe9929, 0xd95f0e, 0x993404},
       {0xffffd4, 0xfee391, 0xfec44f, 0xfe9929, 0xd95f0e, 0x993404},
       {0xffffd4, 0xfee391, 0xfec44f, 0xfe9929, 0xec7014, 0xcc4c02, 0x8c2d04},
       {0xffffe5, 0xfff7bc, 0xfee391, 0xfec44f, 0xfe9929, 0xec7014, 0xcc4c02, 0x8c2d04},
       {0xffffe5, 0xfff7bc, 0xfee391, 0xfec44f, 0xfe9929, 0xec7014, 0xcc4c02, 0x993404, 0x662506}}}},
    {"OrRd",
     {{{0xfee8c8, 0xfdbb84, 0xe34a33},
       {0xfef0d9, 0xfdcc8a, 0xfc8d59, 0xd7301f},
       {0xfef0d9, 0xfdcc8a, 0xfc8d59, 0xe34a33, 0xb30000},
       {0xfef0d9, 0xfdd49e, 0xfdbb84, 0xfc8d59, 0xe34a33, 0xb30000},
       {0xfef0d9, 0xfdd49e, 0xfdbb84, 0xfc8d59, 0xef6548, 0xd7301f, 0x990000},
       {0xfff7ec, 0xfee8c8, 0xfdd49e, 0xfdbb84, 0xfc8d59, 0xef6548, 0xd7301f, 0x990000},
       {0xfff7ec, 0xfee8c8, 0xfdd49e, 0xfdbb84, 0xfc8d59, 0xef6548, 0xd7301f, 0xb30000, 0x7f0000}}}},
    {"Reds",
     {{{0xfee0d2, 0xfc9272, 0xde2d26},
       {0xfee5d9, 0xfcae91, 0xfb6a4a, 0xcb181d},
       {0xfee5d9, 0xfcae91, 0xfb6a4a, 0xde2d26, 0xa50f15},
       {0xfee5d9, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xde2d26, 0xa50f15},
       {0xfee5d9, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0x99000d},
       {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0x99000d},
       {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d}}}},
    {"Blues",
     {{{0xdeebf7, 0x9ecae1, 0x3182bd},
       {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x2171b5},
       {0xeff3ff, 0xbdd7e7, 0x6baed6, 0x3182bd, 0x08519c},
       {0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c},
       {0xeff3ff, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594},
       {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x084594},
       {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b}}}},
    {"Greens",
     {{{0xe5f5e0, 0xa1d99b, 0x31a354},
       {0xedf8e9, 0xbae4b3, 0x74c476, 0x238b45},
       {0xedf8e9, 0xbae4b3, 0x74c476, 0x31a354, 0x006d2c},
       {0xedf8e9, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x31a354, 0x006d2c},
       {0xedf8e9, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x005a32},
       {0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x005a32},
       {0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b}}}},
    {"Purples",
     {{{0xefedf5, 0xbcbddc, 0x756bb1},
       {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x6a51a3},
       {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x756bb1, 0x54278f},
       {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x756bb1, 0x54278f},
       {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486},
       {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486},
       {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d}}}},
    {"Oranges",
     {{{0xfee6ce, 0xfdae6b, 0xe6550d},
       {0xfeedde, 0xfdbe85, 0xfd8d3c, 0xd94701},
       {0xfeedde, 0xfdbe85, 0xfd8d3c, 0xe6550d, 0xa63603},
       {0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xe6550d, 0xa63603},
       {0xfeedde, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04},
       {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0x8c2d04},
       {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704}}}},
    {"Greys",
     {{{0xf0f0f0, 0xbdbdbd, 0x636363},
       {0xf7f7f7, 0xcccccc, 0x969696, 0x525252},
       {0xf7f7f7, 0xcccccc, 0x969696, 0x636363, 0x252525},
       {0xf7f7f7, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x636363, 0x252525},
       {0xf7f7f7, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x737373, 0x525252, 0x252525},
       {0xffffff, 0xf0f0f0, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x737373, 0x525252, 0x252525},
       {0xffffff, 0xf0f0f0, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x737373, 0x525252, 0x252525, 0x000000}}}},
    {"BuGn",
     {{{0xe5f5f9, 0x99d8c9, 0x2ca25f},
       {0xedf8fb, 0xb2e2e2, 0x66c2a4, 0x238b45},
       {0xedf8fb, 0xb2e2e2, 0x66c2a4, 0x2ca25f, 0x006d2c},
       {0xedf8fb, 0xccece6, 0x99d8c9, 0x66c2a4, 0x2ca25f, 0x006d2c},
       {0xedf8fb, 0xccece6, 0x99d8c9, 0x66c2a4, 0x41ae76, 0x238b45, 0x005824},
       {0xf7fcfd, 0xe5f5f9, 0xccece6, 0x99d8c9, 0x66c2a4, 0x41ae76, 0x238b45, 0x005824},
       {0xf7fcfd, 0xe5f5f9, 0xccece6, 0x99d8c9, 0x66c2a4, 0x41ae76, 0x238b45, 0x006d2c, 0x00441b}}}},
    {"BuPu",
     {{{0xe0ecf4, 0x9ebcda, 0x8856a7},
       {0xedf8fb, 0xb3cde3, 0x8c96c6, 0x88419d},
       {0xedf8fb, 0xb3cde3, 0x8c96c6, 0x8856a7, 0x810f7c},
       {0xedf8fb, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8856a7, 0x810f7c},
       {0xedf8fb, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x6e016b},
       {0xf7fcfd, 0xe0ecf4, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x6e016b},
       {0xf7fcfd, 0xe0ecf4, 0xbfd3e6, 0x9ebcda, 0x8c96c6, 0x8c6bb1, 0x88419d, 0x810f7c, 0x4d004b}}}},
    {"GnBu",
     {{{0xe0f3db, 0xa8ddb5, 0x43a2ca},
       {0xf0f9e8, 0xbae4bc, 0x7bccc4, 0x2b8cbe},
       {0xf0f9e8, 0xbae4bc, 0x7bccc4, 0x43a2ca, 0x0868ac},
       {0xf0f9e8, 0xccebc5, 0xa8ddb5, 0x7bccc4, 0x43a2ca, 0x0868ac},
       {0xf0f9e8, 0xccebc5, 0xa8ddb5, 0x7bccc4, 0x4eb3d3, 0x2b8cbe, 0x08589e},
       {0xf7fcf0, 0xe0f3db, 0xccebc5, 0xa8ddb5, 0x7bccc4, 0x4eb3d3, 0x2b8cbe, 0x08589e},
       {0xf7fcf0, 0xe0f3db, 0xccebc5, 0xa8ddb5, 0x7bccc4, 0x4eb3d3, 0x2b8cbe, 0x0868ac, 0x084081}}}},
    {"PuBu",
     {{{0xece7f2, 0xa6bddb, 0x2b8cbe},
       {0xf1eef6, 0xbdc9e1, 0x74a9cf, 0x0570b0},
       {0xf1eef6, 0xbdc9e1, 0x74a9cf, 0x2b8cbe, 0x045a8d},
       {0xf1eef6, 0xd0d1e6, 0xa6bddb, 0x74a9cf, 0x2b8cbe, 0x045a8d},
       {0xf1eef6, 0xd0d1e6, 0xa6bddb, 0x74a9cf, 0x3690c0, 0x0570b0, 0x034e7b},
       {0xfff7fb, 0xece7f2, 0xd0d1e6, 0xa6bddb, 0x74a9cf, 0x3690c0, 0x0570b0, 0x034e7b},
       {0xfff7fb, 0xece7f2, 0xd0d1e6, 0xa6bddb, 0x74a9cf, 0x3690c0, 0x0570b0, 0x045a8d, 0x023858}}}},
    {"PuBuGn",
     {{{0xece2f0, 0xa6bddb, 0x1c9099},
       {0xf6eff7, 0xbdc9e1, 0x67a9cf, 0x02818a},
       {0xf6eff7, 0xbdc9e1, 0x67a9cf, 0x1c9099, 0x016c59},
       {0xf6eff7, 0xd0d1e6, 0xa6bddb, 0x67a9cf, 0x1c9099, 0x016c59},
       {0xf6eff7, 0xd0d1e6, 0xa6bddb, 0x67a9cf, 0x3690c0, 0x02818a, 0x016450},
       {0xfff7fb, 0xece2f0, 0xd0d1e6, 0xa6bddb, 0x67a9cf, 0x3690c0, 0x02818a, 0x016450},
       {0xfff7fb, 0xece2f0, 0xd0d1e6, 0xa6bddb, 0x67a9cf, 0x3690c0, 0x02818a, 0x016c59, 0x014636}}}},
    {"PuRd",
     {{{0xe7e1ef, 0xc994c7, 0xdd1c77},
       {0xf1eef6, 0xd7b5d8, 0xdf65b0, 0xce1256},
       {0xf1eef6, 0xd7b5d8, 0xdf65b0, 0xdd1c77, 0x980043},
       {0xf1eef6, 0xd4b9da, 0xc994c7, 0xdf65b0, 0xdd1c77, 0x980043},
       {0xf1eef6, 0xd4b9da, 0xc994c7, 0xdf65b0, 0xe7298a, 0xce1256, 0x91003f},
       {0xf7f4f9, 0xe7e1ef, 0xd4b9da, 0xc994c7, 0xdf65b0, 0xe7298a, 0xce1256, 0x91003f},
       {0xf7f4f9, 0xe7e1ef, 0xd4b9da, 0xc994c7, 0xdf65b0, 0xe7298a, 0xce1256, 0x980043, 0x67001f}}}},
    {"RdPu",
     {{{0xfde0dd, 0xfa9fb5, 0xc51b8a},
       {0xfeebe2, 0xfbb4b9, 0xf768a1, 0xae017e},
       {0xfeebe2, 0xfbb4b9, 0xf768a1, 0xc51b8a, 0x7a0177},
       {0xfeebe2, 0xfcc5c0, 0xfa9fb5, 0xf768a1, 0xc51b8a, 0x7a0177},
       {0xfeebe2, 0xfcc5c0, 0xfa9fb5, 0xf768a1, 0xdd3497, 0xae017e, 0x7a0177},
       {0xfff7f3, 0xfde0dd, 0xfcc5c0, 0xfa9fb5, 0xf768a1, 0xdd3497, 0xae017e, 0x7a0177},
       {0xfff7f3, 0xfde0dd, 0xfcc5c0, 0xfa9fb5, 0xf768a1, 0xdd3497, 0xae017e, 0x7a0177, 0x49006a}}}},
    {"YlGn",
     {{{0xf7fcb9, 0xaddd8e, 0x31a354},
       {0xffffcc, 0xc2e699, 0x78c679, 0x238443},
       {0xffffcc, 0xc2e699, 0x78c679, 0x31a354, 0x006837},
       {0xffffcc, 0xd9f0a3, 0xaddd8e, 0x78c679, 0x31a354, 0x006837},
       {0xffffcc, 0xd9f0a3, 0xaddd8e, 0x78c679, 0x41ab5d, 0x238443, 0x005a32},
       {0xffffe5, 0xf7fcb9, 0xd9f0a3, 0xaddd8e, 0x78c679, 0x41ab5d, 0x238443, 0x005a32},
       {0xffffe5, 0xf7fcb9, 0xd9f0a3, 0xaddd8e, 0x78c679, 0x41ab5d, 0x238443, 0x006837, 0x004529}}}},
    {"YlGnBu",
     {{{0xedf8b1, 0x7fcdbb, 0x2c7fb8},
       {0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8},
       {0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494},
       {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494},
       {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},
       {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},
       {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58}}}},
};

// matplotlib's viridis (van der Walt and Smith; CC0), every 16th entry of its 256-entry table
// plus the last one, as sRGB in [0, 1]. `index` is the entry's position in that table.
struct ViridisAnchor {
    int index;
    double r, g, b;
};

constexpr ViridisAnchor kViridis[] = {
    {0, 0.267004, 0.004874, 0.329415},   {16, 0.282327, 0.094955, 0.417331},
    {32, 0.278826, 0.175490, 0.483397},  {48, 0.258965, 0.251537, 0.524736},
    {64, 0.229739, 0.322361, 0.545706},  {80, 0.199430, 0.387607, 0.554642},
    {96, 0.172719, 0.448791, 0.557885},  {112, 0.149039, 0.508051, 0.557250},
    {128, 0.127568, 0.566949, 0.550556}, {144, 0.120638, 0.625828, 0.533488},
    {160, 0.157851, 0.683765, 0.501686}, {176, 0.246070, 0.738910, 0.452024},
    {192, 0.369214, 0.788888, 0.382914}, {208, 0.515992, 0.831158, 0.294279},
    {224, 0.678489, 0.863742, 0.189503}, {240, 0.845561, 0.887322, 0.099702},
    {255, 0.993248, 0.906157, 0.143936},
};

constexpr const char* kViridisName = "viridis";

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto ca = static_cast<unsigned char>(a[i]);
        const auto cb = static_cast<unsigned char>(b[i]);
        if (std::tolower(ca) != std::tolower(cb)) return false;
    }
    return true;
}

/// A colour in linear-light RGB, each channel in [0, 1].
struct LinearRgb {
    double r, g, b;
};

double toLinear(double srgb) {
    return srgb <= 0.04045 ? srgb / 12.92 : std::pow((srgb + 0.055) / 1.055, 2.4);
}

double toSrgb(double linear) {
    return linear <= 0.0031308 ? 12.92 * linear : 1.055 * std::pow(linear, 1.0 / 2.4) - 0.055;
}

uint8_t toByte(double srgb) { return static_cast<uint8_t>(std::lround(std::clamp(srgb, 0.0, 1.0) * 255.0)); }

LinearRgb linearFromSrgb(double r, double g, double b) { return {toLinear(r), toLinear(g), toLinear(b)}; }

LinearRgb linearFromHex(uint32_t hex) {
    return linearFromSrgb(((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0);
}

Rgba8 rgbaFromHex(uint32_t hex) {
    return {static_cast<uint8_t>((hex >> 16) & 0xff), static_cast<uint8_t>((hex >> 8) & 0xff),
            static_cast<uint8_t>(hex & 0xff), 255};
}

Rgba8 rgbaFromLinear(const LinearRgb& c) {
    return {toByte(toSrgb(c.r)), toByte(toSrgb(c.g)), toByte(toSrgb(c.b)), 255};
}

LinearRgb mix(const LinearRgb& a, const LinearRgb& b, double t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

/// Samples a ramp given as anchors at increasing positions in [0, 1] at position t.
/// Interpolation is linear in linear-light RGB: luminance is linear in linear RGB, so between
/// two anchors it changes monotonically, which sRGB interpolation does not guarantee.
template <class PositionOf, class ColorOf>
Rgba8 sampleAnchors(size_t count, PositionOf positionOf, ColorOf colorOf, double t) {
    size_t upper = 1;
    while (upper + 1 < count && positionOf(upper) < t) ++upper;
    const double p0 = positionOf(upper - 1), p1 = positionOf(upper);
    const double local = std::clamp((t - p0) / (p1 - p0), 0.0, 1.0);
    return rgbaFromLinear(mix(colorOf(upper - 1), colorOf(upper), local));
}

std::vector<Rgba8> brewerColors(const BrewerRamp& ramp, int n) {
    std::vector<Rgba8> colors;
    colors.reserve(static_cast<size_t>(n));
    if (n >= 3 && n <= 9) {
        // The published n-class table: its colours are chosen per class count, not sampled.
        const auto& table = ramp.classes[static_cast<size_t>(n - 3)];
        for (size_t i = 0; i < static_cast<size_t>(n); ++i) colors.push_back(rgbaFromHex(table[i]));
        return colors;
    }
    const auto& three = ramp.classes[0];
    if (n == 1) {
        colors.push_back(rgbaFromHex(three[1]));
        return colors;
    }
    if (n == 2) {
        colors.push_back(rgbaFromHex(three[0]));
        colors.push_back(rgbaFromHex(three[2]));
        return colors;
    }
    // More than 9: sample the 9-class table evenly from its lightest to its darkest colour.
    const auto& nine = ramp.classes[6];
    const auto positionOf = [](size_t i) { return static_cast<double>(i) / 8.0; };
    const auto colorOf = [&nine](size_t i) { return linearFromHex(nine[i]); };
    for (int i = 0; i < n; ++i) colors.push_back(sampleAnchors(9, positionOf, colorOf, double(i) / (n - 1)));
    return colors;
}

std::vector<Rgba8> viridisColors(int n) {
    constexpr size_t count = sizeof kViridis / sizeof kViridis[0];
    const auto positionOf = [](size_t i) { return kViridis[i].index / 255.0; };
    const auto colorOf = [](size_t i) { return linearFromSrgb(kViridis[i].r, kViridis[i].g, kViridis[i].b); };
    std::vector<Rgba8> colors;
    colors.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double t = n == 1 ? 0.5 : double(i) / (n - 1);
        colors.push_back(sampleAnchors(count, positionOf, colorOf, t));
    }
    return colors;
}

}  // namespace

std::vector<std::string> rampNames() {
    std::vector<std::string> names;
    for (const BrewerRamp& ramp : kBrewerRamps) names.emplace_back(ramp.name);
    names.emplace_back(kViridisName);
    return names;
}

std::optional<std::vector<Rgba8>> rampColors(std::string_view name, int n, bool reversed) {
    // A known ramp asked for no colours gives none, rather than pretending the name is unknown.
    n = std::max(n, 0);
    std::optional<std::vector<Rgba8>> colors;
    if (equalsIgnoreCase(name, kViridisName)) {
        colors = viridisColors(n);
    } else {
        for (const BrewerRamp& ramp : kBrewerRamps) {
            if (equalsIgnoreCase(name, ramp.name)) {
                colors = brewerColors(ramp, n);
                break;
            }
        }
    }
    if (colors && reversed) std::reverse(colors->begin(), colors->end());
    return colors;
}

}  // namespace bashu
