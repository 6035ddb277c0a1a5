#pragma once
// The registries of a fill's classification methods and colour ramps: their enums, document
// names, aliases and one-line descriptions. A map document is read into these enums once
// (core/map_document.cpp), and the command line, the Style panel, the README's method table and
// every error message take their names from here, so none keeps a list of its own.
//
// Why core: the document reader is in core and core knows no thematic, yet the reader must turn
// the names into enums and name the key on a mistake. So the names and enums live here, and what
// the names stand for stays where it is computed: classification in thematic/classification.h
// (keyed by ClassMethod), the colour tables in thematic/color_ramp.cpp (keyed by Ramp), unique
// values in thematic/category_colors.h.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bashu {

/// How a fill turns a field into classes. Every value but Categories classifies numbers into
/// ranges (thematic/classification.h); Categories colours each distinct value (unique values).
enum class ClassMethod {
    Quantile,
    EqualInterval,
    NaturalBreaks,
    StandardDeviation,
    Pretty,
    Percentile,
    BoxMap,   // hinge 1.5
    BoxMap3,  // hinge 3.0
    Categories,
};

struct ClassMethodInfo {
    ClassMethod method;
    std::string_view name;         // as documents, --method and the Style panel write it
    std::string_view alias;        // another accepted name ("natural" for jenks); empty: none
    std::string_view label;        // as the Style panel lists it ("Natural breaks (Jenks)")
    std::string_view description;  // one line, for --help and the Style panel's tooltip
    int fixedClasses = 0;          // the classes the method always makes (6), whatever is asked; 0: asked
};

/// Every method, in the order lists and messages give them.
std::span<const ClassMethodInfo> classMethods();
const ClassMethodInfo& classMethodInfo(ClassMethod method);
/// The name a document writes: "quantile", "equal", "jenks", "stddev", "pretty", "percentile",
/// "boxmap", "boxmap3", "categories".
std::string_view classMethodName(ClassMethod method);
/// A method by its name or alias, in any ASCII case; none for anything else.
std::optional<ClassMethod> parseClassMethod(std::string_view name);
/// Every method's name, comma-separated, for messages that list them.
std::string classMethodNames();

/// What a ramp is for: ordered data, data diverging from a middle, or categories.
enum class RampKind { Sequential, Diverging, Qualitative };

/// The named colour ramps: ColorBrewer's sequential, matplotlib's perceptually uniform ones
/// (sequential too), ColorBrewer's diverging and qualitative schemes.
enum class Ramp {
    YlOrRd,
    YlOrBr,
    OrRd,
    Reds,
    Blues,
    Greens,
    Purples,
    Oranges,
    Greys,
    BuGn,
    BuPu,
    GnBu,
    PuBu,
    PuBuGn,
    PuRd,
    RdPu,
    YlGn,
    YlGnBu,
    Viridis,
    Magma,
    Plasma,
    Cividis,
    RdBu,
    RdYlBu,
    RdYlGn,
    PuOr,
    BrBG,
    PiYG,
    Spectral,
    Set2,
    Dark2,
    Paired,
    Set3,
};

struct RampInfo {
    Ramp ramp;
    std::string_view name;  // as ColorBrewer and matplotlib write it ("YlOrRd", "viridis")
    RampKind kind;
    std::string_view description;  // one line
};

/// Every ramp, in the order lists give them.
std::span<const RampInfo> colorRamps();
const RampInfo& rampInfo(Ramp ramp);
std::string_view rampName(Ramp ramp);
/// A ramp by its name, in any ASCII case; none for anything else.
std::optional<Ramp> parseRamp(std::string_view name);
/// Every ramp's name, comma-separated.
std::string rampNames();

/// The candidate nearest `typed` (case-insensitive edit distance), when it is close enough to be
/// a slip: at most a third of the longer name's letters (and at least one) differ. Empty otherwise.
std::string_view nearestName(std::string_view typed, std::span<const std::string_view> candidates);

/// "unknown method 'jenk' (did you mean 'jenks'?)", or, with nothing close, the list of names:
/// "unknown method 'x' (quantile, equal, ...)". The same for ramps.
std::string unknownMethodMessage(std::string_view typed);
std::string unknownRampMessage(std::string_view typed);

}  // namespace bashu
