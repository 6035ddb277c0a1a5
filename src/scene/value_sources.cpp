#include "scene/value_sources.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "scene/statistical_join.h"
#include "tables/table_join.h"

namespace bashu {

namespace {

struct KindNames {
    std::string_view kind, one, many;
};
// The kinds geodata/README.md defines, most primary first: the order the note lists them in.
constexpr std::array<KindNames, 4> kKinds{{
    {"bulletin", "statistics bulletin or yearbook", "statistics bulletins and yearbooks"},
    {"census", "census bulletin", "census bulletins"},
    {"reported", "official figure as reported by others", "reports of official figures"},
    {"secondary", "secondary compilation", "secondary compilations"},
}};

const Column* tableColumn(const SceneLayer& layer, const char* name) {
    return layer.joinTable ? layer.joinTable->table().find(name) : nullptr;
}

// The value of a join's year condition ("2023"), empty without one.
std::string joinYear(const JoinSpec& join) {
    for (const auto& [field, value] : join.where)
        if (field == "year") return value;
    return "";
}

// `text` with every `placeholder` replaced by what `make` gives (asked once, only when needed).
template <typename Make>
std::string replaced(std::string text, std::string_view placeholder, const Make& make) {
    size_t at = text.find(placeholder);
    if (at == std::string::npos) return text;
    const std::string by = make();
    for (; at != std::string::npos; at = text.find(placeholder, at + by.size()))
        text.replace(at, placeholder.size(), by);
    return text;
}

std::string shownText(const MapScene& scene, std::string text) {
    text = replaced(std::move(text), kSourcesPlaceholder, [&] {
        return noteWithSources(std::string(kSourcesPlaceholder), sourceKindsSummary(scene));
    });
    return replaced(std::move(text), kCoveragePlaceholder, [&] {
        ValueCoverage coverage;
        coverage.add(scene);
        return textWithCoverage(std::string(kCoveragePlaceholder), coverage.summary());
    });
}

}  // namespace

std::string sourceKindLabel(std::string_view kind, bool plural) {
    for (const KindNames& k : kKinds)
        if (k.kind == kind) return std::string(plural ? k.many : k.one);
    return std::string(kind);
}

std::optional<size_t> joinedRow(const SceneLayer& layer, size_t feature) {
    if (!layer.spec.join || feature >= layer.joinedRows.size() || layer.joinedRows[feature] < 0)
        return std::nullopt;
    return size_t(layer.joinedRows[feature]);
}

std::optional<ValueSource> valueSource(const SceneLayer& layer, size_t feature) {
    const std::optional<size_t> row = joinedRow(layer, feature);
    if (!row) return std::nullopt;
    const Column* text = tableColumn(layer, kSourceColumn);
    const Column* kind = tableColumn(layer, kSourceKindColumn);
    if (!text && !kind) {
        // A table that gives no sources is the source: its row, by the key the table wrote. A
        // statistics table's keys were rewritten as the layer's: the key as written says which
        // row it was, and how it was matched where not by its own name or code ("paired by
        // hand": another row's number, which a reader must know).
        ValueSource source;
        source.text = tableName(*layer.spec.join);
        const Column* written = tableColumn(layer, kKeyInTableField);
        if (!written) written = tableColumn(layer, layer.spec.join->tableKey.c_str());
        if (written && !written->isNull(*row)) source.text += ", the row of " + written->text(*row);
        if (const Column* how = tableColumn(layer, kMatchedByField); how && !how->isNull(*row)) {
            const std::string by = how->text(*row);
            if (!by.empty() && by != "name" && by != "code") source.text += " (" + by + ")";
        }
        return source;
    }
    ValueSource source;
    if (kind && !kind->isNull(*row)) source.kind = kind->text(*row);
    if (text && !text->isNull(*row)) source.text = text->text(*row);
    if (source.kind.empty() && source.text.empty()) return std::nullopt;
    return source;
}

std::string missingJoinedValue(const SceneLayer& layer, size_t feature) {
    if (!layer.spec.join) return "";
    const Column* joined = layer.data.attributes.find(layer.spec.join->as);
    if (joined && feature < joined->size() && !joined->isNull(feature)) return "";
    return (joinedRow(layer, feature) ? "blank in " : "not in ") + tableName(*layer.spec.join);
}

void SourceKindCounts::add(const MapScene& scene) {
    for (const SceneLayer& layer : scene.layers) {
        if (!layer.paint.visible || !layer.spec.join || !tableColumn(layer, kSourceKindColumn)) continue;
        const Column* joined = layer.data.attributes.find(layer.spec.join->as);
        if (!joined) continue;
        // The window's note asks every frame: one look-up of the table per layer, not per feature.
        std::set<size_t>& counted = counted_[layer.spec.join->table + '\x1f' + layer.spec.join->sheet];
        for (size_t feature = 0; feature < joined->size(); ++feature) {
            if (joined->isNull(feature)) continue;
            const std::optional<ValueSource> source = valueSource(layer, feature);
            if (source && counted.insert(*joinedRow(layer, feature)).second)
                ++counts_[source->kind.empty() ? "unstated" : source->kind];
        }
    }
}

std::string SourceKindCounts::summary() const {
    std::map<std::string, size_t> counts = counts_;
    std::string summary;
    auto add = [&](const std::string& kind, size_t count) {
        summary += summary.empty() ? std::to_string(count) + (count == 1 ? " value from " : " values from ")
                                   : ", " + std::to_string(count) + " from ";
        summary += kind == "unstated" ? "sources of no stated kind" : sourceKindLabel(kind, true);
    };
    for (const KindNames& k : kKinds)
        if (auto at = counts.find(std::string(k.kind)); at != counts.end()) {
            add(at->first, at->second);
            counts.erase(at);
        }
    for (const auto& [kind, count] : counts) add(kind, count);  // kinds of the user's own tables
    return summary;
}

std::string sourceKindsSummary(const MapScene& scene) {
    SourceKindCounts counts;
    counts.add(scene);
    return counts.summary();
}

void ValueCoverage::add(const MapScene& scene) {
    for (const SceneLayer& layer : scene.layers) {
        const FillStyle& fill = layer.spec.fill;
        if (!layer.paint.visible || !layer.spec.join || fill.field.empty()) continue;
        const AttributeTable& attributes = layer.data.attributes;
        const Column* values = attributes.find(fill.field);
        if (!values) continue;
        const Column* divisor = fill.divideBy.empty() ? nullptr : attributes.find(fill.divideBy);
        size_t have = 0;
        for (size_t feature = 0; feature < values->size(); ++feature) {
            const std::optional<double> value = values->number(feature);
            const std::optional<double> by = divisor ? divisor->number(feature) : std::optional<double>(1.0);
            if (value && by && *by != 0) ++have;
        }
        units_ = std::max(units_, values->size());
        fewest_ = std::min(fewest_, have);
        most_ = std::max(most_, have);
        years_.insert(joinYear(*layer.spec.join));
        return;  // the first layer that colours joined values speaks for the map
    }
}

std::string ValueCoverage::summary() const {
    if (units_ == 0) return "";
    const std::string of = " of " + std::to_string(units_) + (units_ == 1 ? " unit" : " units");
    if (fewest_ != most_)
        return std::to_string(fewest_) + " to " + std::to_string(most_) + of + " have a value, by " +
               (years_.size() > 1 ? "year" : "panel");
    const std::string year = years_.size() == 1 ? *years_.begin() : "";
    return std::to_string(most_) + of + (most_ == 1 ? " has a " : " have a ") +
           (year.empty() ? "" : year + " ") + "value";
}

std::string noteWithSources(std::string note, const std::string& summary) {
    const size_t at = note.find(kSourcesPlaceholder);
    if (at == std::string::npos) return note;
    return note.replace(at, kSourcesPlaceholder.size(), summary.empty() ? "sources not given" : summary);
}

std::string textWithCoverage(std::string text, const std::string& summary) {
    const size_t at = text.find(kCoveragePlaceholder);
    if (at == std::string::npos) return text;
    return text.replace(at, kCoveragePlaceholder.size(),
                        summary.empty() ? "no joined values shown" : summary);
}

std::string shownNote(const MapScene& scene) { return shownText(scene, scene.document.note); }

std::string shownSubtitle(const MapScene& scene) { return shownText(scene, scene.document.subtitle); }

}  // namespace bashu
