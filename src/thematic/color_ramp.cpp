#include "thematic/color_ramp.h"

#include "core/ascii_case.h"
#include "thematic/brewer_schemes.h"
#include "thematic/matplotlib_maps.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace bashu {

namespace {

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

std::vector<Rgba8> brewerColors(const BrewerScheme& scheme, int n) {
    std::vector<Rgba8> colors;
    colors.reserve(static_cast<size_t>(n));
    if (n >= 3 && n <= scheme.maxClasses) {
        // The published n-class table: its colours are chosen per class count, not sampled.
        const auto& table = scheme.classes[static_cast<size_t>(n - 3)];
        for (size_t i = 0; i < static_cast<size_t>(n); ++i) colors.push_back(rgbaFromHex(table[i]));
        return colors;
    }
    const auto& three = scheme.classes[0];
    if (n == 1) {
        colors.push_back(rgbaFromHex(three[1]));
        return colors;
    }
    if (n == 2) {
        colors.push_back(rgbaFromHex(three[0]));
        colors.push_back(rgbaFromHex(three[2]));
        return colors;
    }
    // More than the largest table: sample it evenly from its first colour to its last.
    const auto& largest = scheme.classes[static_cast<size_t>(scheme.maxClasses - 3)];
    const auto last = static_cast<size_t>(scheme.maxClasses - 1);
    const auto positionOf = [last](size_t i) { return static_cast<double>(i) / static_cast<double>(last); };
    const auto colorOf = [&largest](size_t i) { return linearFromHex(largest[i]); };
    for (int i = 0; i < n; ++i)
        colors.push_back(sampleAnchors(last + 1, positionOf, colorOf, double(i) / (n - 1)));
    return colors;
}

std::vector<Rgba8> qualitativeColors(const QualitativeScheme& scheme, int n) {
    std::vector<Rgba8> colors;
    colors.reserve(static_cast<size_t>(n));
    const auto count = static_cast<size_t>(scheme.maxClasses);
    for (size_t i = 0; i < static_cast<size_t>(n); ++i)
        colors.push_back(rgbaFromHex(scheme.colors[i % count]));
    return colors;
}

std::vector<Rgba8> matplotlibColors(const MatplotlibMap& map, int n) {
    const std::span<const ColormapAnchor> anchors = map.anchors;
    const auto positionOf = [anchors](size_t i) { return anchors[i].index / 255.0; };
    const auto colorOf = [anchors](size_t i) {
        return linearFromSrgb(anchors[i].r, anchors[i].g, anchors[i].b);
    };
    std::vector<Rgba8> colors;
    colors.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double t = n == 1 ? 0.5 : double(i) / (n - 1);
        colors.push_back(sampleAnchors(anchors.size(), positionOf, colorOf, t));
    }
    return colors;
}

std::optional<std::vector<Rgba8>> namedColors(std::string_view name, int n) {
    for (const BrewerScheme& scheme : sequentialSchemes())
        if (equalsIgnoreCase(name, scheme.name)) return brewerColors(scheme, n);
    for (const MatplotlibMap& map : matplotlibMaps())
        if (equalsIgnoreCase(name, map.name)) return matplotlibColors(map, n);
    for (const BrewerScheme& scheme : divergingSchemes())
        if (equalsIgnoreCase(name, scheme.name)) return brewerColors(scheme, n);
    for (const QualitativeScheme& scheme : qualitativeSchemes())
        if (equalsIgnoreCase(name, scheme.name)) return qualitativeColors(scheme, n);
    return std::nullopt;
}

}  // namespace

std::vector<std::string> rampNames() {
    std::vector<std::string> names;
    for (const BrewerScheme& scheme : sequentialSchemes()) names.emplace_back(scheme.name);
    for (const MatplotlibMap& map : matplotlibMaps()) names.emplace_back(map.name);
    for (const BrewerScheme& scheme : divergingSchemes()) names.emplace_back(scheme.name);
    for (const QualitativeScheme& scheme : qualitativeSchemes()) names.emplace_back(scheme.name);
    return names;
}

std::optional<std::vector<Rgba8>> rampColors(std::string_view name, int n, bool reversed) {
    // A known ramp asked for no colours gives none, rather than pretending the name is unknown.
    std::optional<std::vector<Rgba8>> colors = namedColors(name, std::max(n, 0));
    if (colors && reversed) std::reverse(colors->begin(), colors->end());
    return colors;
}

}  // namespace bashu
