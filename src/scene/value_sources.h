#pragma once
// Where the numbers on a map come from. A joined table may give each row its source (a `source`
// column) and the kind of that source (a `source_kind` column, as geodata/indicators.csv does):
// a statistics bureau's bulletin or yearbook, a census bulletin, an official figure as others
// reported it, or a secondary compilation. The Feature panel and the tooltip show a value's
// source; a map's note can name the mix of kinds behind the values it shows ("{sources}"), and its
// subtitle how many units have a value ("{coverage}"), counted as shown, so neither goes stale
// when the year changes or the table gains rows.
#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "scene/map_scene.h"

namespace bashu {

/// The table columns a source is read from.
inline constexpr const char* kSourceColumn = "source";
inline constexpr const char* kSourceKindColumn = "source_kind";

/// What the note's "{sources}" is replaced by: sourceKindsSummary.
inline constexpr std::string_view kSourcesPlaceholder = "{sources}";

/// What "{coverage}" is replaced by: ValueCoverage's summary.
inline constexpr std::string_view kCoveragePlaceholder = "{coverage}";

/// The source of one joined value: its kind as the table writes it (may be empty) and its text.
struct ValueSource {
    std::string kind;
    std::string text;
};

/// The kind for people: "bulletin" -> "statistics bulletin or yearbook"; a kind not known is
/// given as written. `plural`: "statistics bulletins and yearbooks".
std::string sourceKindLabel(std::string_view kind, bool plural = false);

/// The table row a feature's joined value came from, if it was matched with one.
std::optional<size_t> joinedRow(const SceneLayer& layer, size_t feature);

/// The source of a feature's joined value: the row's source and kind where the joined table gives
/// them, else the table itself and the row's key ("gdp.xlsx:2-5, the row of 万州区"); none
/// for a feature without a row.
std::optional<ValueSource> valueSource(const SceneLayer& layer, size_t feature);

/// Why a feature of a joined layer has no value: "not in indicators.csv" (no row for its key) or
/// "blank in indicators.csv" (a row without a number); empty when it has one or the layer joins
/// nothing.
std::string missingJoinedValue(const SceneLayer& layer, size_t feature);

/// The kinds of source behind the joined values the visible layers show, counted per value (a
/// table row, however many layers draw it), over one scene or several states of one (the
/// panels of small multiples).
class SourceKindCounts {
public:
    void add(const MapScene& scene);
    /// "12 values from statistics bulletins and yearbooks, 30 from secondary compilations" (kinds
    /// in the plural whatever the count: a kind, not a document); empty when no joined table
    /// gives kinds.
    std::string summary() const;

private:
    std::map<std::string, size_t> counts_;
    std::map<std::string, std::set<size_t>> counted_;  // rows counted, by table (path and sheet)
};

/// SourceKindCounts of one scene as shown.
std::string sourceKindsSummary(const MapScene& scene);

/// How many of the units a map colours have a value: those of the first visible layer whose fill
/// shows a joined field (a unit has a value when its fill has a number: the field, and the
/// divisor where it divides), over one scene or several states of one (the panels of small
/// multiples).
class ValueCoverage {
public:
    void add(const MapScene& scene);
    /// "24 of 59 units have a 2023 value" (the year of the join's year condition); over panels
    /// that differ, "22 to 49 of 59 units have a value, by year"; empty when no layer colours
    /// joined values.
    std::string summary() const;

private:
    size_t units_ = 0, fewest_ = std::numeric_limits<size_t>::max(), most_ = 0;
    std::set<std::string> years_;
};

/// `note` with "{sources}" replaced by `summary` (or by "sources not given" when it is empty).
std::string noteWithSources(std::string note, const std::string& summary);

/// `text` with "{coverage}" replaced by `summary` (or by "no joined values shown" when it is empty).
std::string textWithCoverage(std::string text, const std::string& summary);

/// The document's note and subtitle as the map shows them: "{sources}" and "{coverage}" replaced
/// by what the scene shows.
std::string shownNote(const MapScene& scene);
std::string shownSubtitle(const MapScene& scene);

}  // namespace bashu
