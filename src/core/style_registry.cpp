#include "core/style_registry.h"

#include <algorithm>
#include <array>
#include <vector>

#include "core/ascii_case.h"
#include "core/edit_distance.h"

namespace bashu {

namespace {

constexpr std::array kMethods = {
    ClassMethodInfo{ClassMethod::Quantile, "quantile", "", "Quantile",
                    "about the same number of features in each class"},
    ClassMethodInfo{ClassMethod::EqualInterval, "equal", "", "Equal interval",
                    "equal-width classes from the minimum to the maximum"},
    ClassMethodInfo{ClassMethod::NaturalBreaks, "jenks", "natural", "Natural breaks (Jenks)",
                    "Jenks' natural breaks, the exact optimum"},
    ClassMethodInfo{ClassMethod::Pretty, "pretty", "", "Pretty (round) breaks",
                    "round limits (1, 2, 2.5 or 5 x 10^n) covering the values"},
    ClassMethodInfo{ClassMethod::StandardDeviation, "stddev", "", "Standard deviation",
                    "classes one standard deviation wide about the mean (GeoDa's)"},
    ClassMethodInfo{ClassMethod::Percentile, "percentile", "", "Percentile map",
                    "GeoDa's percentile map: < 1%, 1-10%, 10-50%, 50-90%, 90-99%, > 99%", 6},
    ClassMethodInfo{ClassMethod::BoxMap, "boxmap", "", "Box map (hinge 1.5)",
                    "GeoDa's box map, outliers beyond 1.5 IQR", 6},
    ClassMethodInfo{ClassMethod::BoxMap3, "boxmap3", "", "Box map (hinge 3.0)",
                    "GeoDa's box map, outliers beyond 3 IQR", 6},
    ClassMethodInfo{ClassMethod::Categories, "categories", "", "Unique values (categories)",
                    "one colour per distinct value (codes), at most 12"},
};

constexpr std::array kRamps = {
    RampInfo{Ramp::YlOrRd, "YlOrRd", RampKind::Sequential, "yellow, orange, red"},
    RampInfo{Ramp::YlOrBr, "YlOrBr", RampKind::Sequential, "yellow, orange, brown"},
    RampInfo{Ramp::OrRd, "OrRd", RampKind::Sequential, "orange to red"},
    RampInfo{Ramp::Reds, "Reds", RampKind::Sequential, "light to dark red"},
    RampInfo{Ramp::Blues, "Blues", RampKind::Sequential, "light to dark blue"},
    RampInfo{Ramp::Greens, "Greens", RampKind::Sequential, "light to dark green"},
    RampInfo{Ramp::Purples, "Purples", RampKind::Sequential, "light to dark purple"},
    RampInfo{Ramp::Oranges, "Oranges", RampKind::Sequential, "light to dark orange"},
    RampInfo{Ramp::Greys, "Greys", RampKind::Sequential, "light to dark grey"},
    RampInfo{Ramp::BuGn, "BuGn", RampKind::Sequential, "light blue to green"},
    RampInfo{Ramp::BuPu, "BuPu", RampKind::Sequential, "light blue to purple"},
    RampInfo{Ramp::GnBu, "GnBu", RampKind::Sequential, "light green to blue"},
    RampInfo{Ramp::PuBu, "PuBu", RampKind::Sequential, "light purple to blue"},
    RampInfo{Ramp::PuBuGn, "PuBuGn", RampKind::Sequential, "light purple, blue, green"},
    RampInfo{Ramp::PuRd, "PuRd", RampKind::Sequential, "light purple to red"},
    RampInfo{Ramp::RdPu, "RdPu", RampKind::Sequential, "light red to purple"},
    RampInfo{Ramp::YlGn, "YlGn", RampKind::Sequential, "yellow to green"},
    RampInfo{Ramp::YlGnBu, "YlGnBu", RampKind::Sequential, "yellow, green, blue"},
    RampInfo{Ramp::Viridis, "viridis", RampKind::Sequential, "matplotlib's: dark blue, green, yellow"},
    RampInfo{Ramp::Magma, "magma", RampKind::Sequential, "matplotlib's: black, purple, light yellow"},
    RampInfo{Ramp::Plasma, "plasma", RampKind::Sequential, "matplotlib's: dark blue, pink, yellow"},
    RampInfo{Ramp::Cividis, "cividis", RampKind::Sequential,
             "matplotlib's: dark blue to yellow, for colour vision deficiency"},
    RampInfo{Ramp::RdBu, "RdBu", RampKind::Diverging, "red, white, blue"},
    RampInfo{Ramp::RdYlBu, "RdYlBu", RampKind::Diverging, "red, yellow, blue"},
    RampInfo{Ramp::RdYlGn, "RdYlGn", RampKind::Diverging, "red, yellow, green"},
    RampInfo{Ramp::PuOr, "PuOr", RampKind::Diverging, "orange, white, purple"},
    RampInfo{Ramp::BrBG, "BrBG", RampKind::Diverging, "brown, white, blue-green"},
    RampInfo{Ramp::PiYG, "PiYG", RampKind::Diverging, "pink, white, green"},
    RampInfo{Ramp::Spectral, "Spectral", RampKind::Diverging, "red, yellow, blue through the spectrum"},
    RampInfo{Ramp::Set2, "Set2", RampKind::Qualitative, "8 muted hues"},
    RampInfo{Ramp::Dark2, "Dark2", RampKind::Qualitative, "8 dark hues"},
    RampInfo{Ramp::Paired, "Paired", RampKind::Qualitative, "12 hues in light and dark pairs"},
    RampInfo{Ramp::Set3, "Set3", RampKind::Qualitative, "12 light hues"},
};

std::string unknownMessage(std::string_view what, std::string_view typed,
                           const std::vector<std::string_view>& candidates, const std::string& names) {
    const std::string_view nearest = nearestName(typed, candidates);
    return "unknown " + std::string(what) + " '" + std::string(typed) + "' (" +
           (nearest.empty() ? names : "did you mean '" + std::string(nearest) + "'?") + ")";
}

}  // namespace

std::span<const ClassMethodInfo> classMethods() { return kMethods; }

const ClassMethodInfo& classMethodInfo(ClassMethod method) {
    for (const ClassMethodInfo& info : kMethods)
        if (info.method == method) return info;
    return kMethods.front();
}

std::string_view classMethodName(ClassMethod method) { return classMethodInfo(method).name; }

std::optional<ClassMethod> parseClassMethod(std::string_view name) {
    for (const ClassMethodInfo& info : kMethods)
        if (equalsIgnoreCase(name, info.name) || (!info.alias.empty() && equalsIgnoreCase(name, info.alias)))
            return info.method;
    return std::nullopt;
}

std::string classMethodNames() {
    std::string names;
    for (const ClassMethodInfo& info : kMethods)
        names += (names.empty() ? "" : ", ") + std::string(info.name);
    return names;
}

std::span<const RampInfo> colorRamps() { return kRamps; }

const RampInfo& rampInfo(Ramp ramp) {
    for (const RampInfo& info : kRamps)
        if (info.ramp == ramp) return info;
    return kRamps.front();
}

std::string_view rampName(Ramp ramp) { return rampInfo(ramp).name; }

std::optional<Ramp> parseRamp(std::string_view name) {
    for (const RampInfo& info : kRamps)
        if (equalsIgnoreCase(name, info.name)) return info.ramp;
    return std::nullopt;
}

std::string rampNames() {
    std::string names;
    for (const RampInfo& info : kRamps) names += (names.empty() ? "" : ", ") + std::string(info.name);
    return names;
}

std::string_view nearestName(std::string_view typed, std::span<const std::string_view> candidates) {
    std::string_view best;
    size_t bestDistance = 0;
    for (std::string_view candidate : candidates) {
        const size_t distance = editDistance(typed, candidate);
        const size_t allowed = std::max<size_t>(1, std::max(typed.size(), candidate.size()) / 3);
        if (distance <= allowed && (best.empty() || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (!best.empty() || typed.size() < 2) return best;
    // A name cut short ("Blu", "quant") is the one name it begins.
    std::string_view only;
    for (std::string_view candidate : candidates)
        if (candidate.size() > typed.size() && equalsIgnoreCase(candidate.substr(0, typed.size()), typed)) {
            if (!only.empty()) return {};
            only = candidate;
        }
    return only;
}

std::string unknownMethodMessage(std::string_view typed) {
    std::vector<std::string_view> candidates;
    for (const ClassMethodInfo& info : kMethods) {
        candidates.push_back(info.name);
        if (!info.alias.empty()) candidates.push_back(info.alias);
    }
    return unknownMessage("method", typed, candidates, classMethodNames());
}

std::string unknownRampMessage(std::string_view typed) {
    std::vector<std::string_view> candidates;
    for (const RampInfo& info : kRamps) candidates.push_back(info.name);
    return unknownMessage("ramp", typed, candidates, rampNames());
}

}  // namespace bashu
