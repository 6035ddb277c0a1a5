#include "scene/join_switch.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/ascii_case.h"
#include "core/join.h"
#include "core/join_index.h"
#include "scene/field_unit.h"
#include "scene/proportional_symbols.h"
#include "thematic/classification.h"

namespace bashu {

namespace {

// Replaces whole-word occurrences of `from` (ASCII case ignored) in `text`; false when none.
bool replaceWord(std::string& text, const std::string& from, const std::string& to) {
    if (from.empty()) return false;
    const std::string haystack = asciiLower(text), needle = asciiLower(from);
    std::string out;
    bool replaced = false;
    size_t copied = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        const size_t end = at + needle.size();
        // Only ASCII letters and digits join words: a year next to Chinese text ("2021年") or an
        // underscore ("gdp_2021") is still a word of its own.
        const bool startsWord = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const bool endsWord = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (!startsWord || !endsWord || at < copied) continue;
        out += text.substr(copied, at - copied) + to;
        copied = end;
        replaced = true;
    }
    if (replaced) text = out + text.substr(copied);
    return replaced;
}

// Per choice of `field`, the features it would give a value (other conditions kept).
std::map<std::string, size_t> valuesPerChoice(const SceneLayer& layer, const std::string& field) {
    if (!layer.spec.join || !layer.joinTable) return {};
    const JoinSpec join = indexedJoin(layer);
    if (layer.joinIndex && layer.joinIndex->serves(join))
        return layer.joinIndex->valuesPerChoice(join, field);
    Result<JoinIndex> index =
        JoinIndex::build(layer.data.attributes, layer.joinTable->table(), join, join.table);
    return index ? index->valuesPerChoice(join, field) : std::map<std::string, size_t>{};
}

}  // namespace

std::string bestCoveredChoice(const SceneLayer& layer, const std::string& field, size_t* count) {
    std::string best;
    size_t most = 0;
    const std::vector<std::string> choices = joinChoices(layer, field);  // ascending: later wins ties
    const std::map<std::string, size_t> counts = valuesPerChoice(layer, field);
    for (const std::string& choice : choices)
        if (auto at = counts.find(choice); at != counts.end() && at->second > 0 && at->second >= most) {
            best = choice;
            most = at->second;
        }
    if (count) *count = most;
    return best;
}

size_t valuesForChoice(const SceneLayer& layer, const std::string& field, const std::string& value) {
    const std::map<std::string, size_t> counts = valuesPerChoice(layer, field);
    const auto at = counts.find(value);
    return at == counts.end() ? 0 : at->second;
}

std::vector<std::string> joinChoices(const SceneLayer& layer, const std::string& field) {
    if (!layer.spec.join || !layer.joinTable) return {};
    // The choices depend on the other conditions only (the field's own value is what changes).
    const std::string key = field + joinConditionsKey(*layer.spec.join, field);
    return layer.joinTable->texts(
        key, [&] { return joinConditionChoices(layer.joinTable->table(), *layer.spec.join, field); });
}

std::vector<std::string> joinChoicesAnyYear(const SceneLayer& layer, const std::string& field) {
    if (!layer.spec.join || !layer.joinTable) return {};
    JoinSpec anyYear = *layer.spec.join;
    std::erase_if(anyYear.where, [&](const auto& condition) {
        return condition.first != field && choicesAreYears(joinChoices(layer, condition.first));
    });
    const std::string key = "any year\x1f" + field + joinConditionsKey(anyYear, field);
    return layer.joinTable->texts(
        key, [&] { return joinConditionChoices(layer.joinTable->table(), anyYear, field); });
}

bool choicesAreYears(const std::vector<std::string>& choices) {
    return !choices.empty() && std::all_of(choices.begin(), choices.end(), [](const std::string& c) {
        return !c.empty() && c.size() <= 6 && std::all_of(c.begin(), c.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch));
        });
    });
}

Status switchJoinCondition(MapScene& scene, size_t layerIndex, const std::string& field,
                           const std::string& value) {
    SceneLayer& layer = scene.layers.at(layerIndex);
    if (!layer.spec.join || !layer.joinTable)
        return Error{layer.spec.name + ": the layer has no joined table"};
    JoinSpec& join = *layer.spec.join;
    auto condition =
        std::find_if(join.where.begin(), join.where.end(), [&](const auto& c) { return c.first == field; });
    if (condition == join.where.end())
        return Error{join.table + ": the join has no condition on '" + field + "'"};
    const std::string old = condition->second;
    if (old == value) return Ok{};
    const bool year = choicesAreYears(joinChoices(layer, field));
    const JoinSpec before = join;
    const std::string conditionsBefore = joinConditionsKey(join);
    condition->second = value;

    // The joined column is renamed, not added: the old name would show stale values.
    std::string as = join.as;
    if (!replaceWord(as, old, value)) as += "_" + value;
    std::vector<std::string> warnings;
    Column* column = layer.data.attributes.find(join.as);
    const std::string oldAs = join.as;
    join.as = as;
    if (column) column->name = as;
    Status joined = applyJoin(layer, warnings);
    if (!joined) {
        if (column) column->name = oldAs;
        join = before;
        return joined.error();
    }
    // Whatever showed the joined field shows it under its new name: colours, circles, widths.
    for (std::string* shows : {&layer.spec.fill.field, &layer.spec.point.sizeField,
                               &layer.spec.stroke.widthField, &layer.spec.label.priority})
        if (*shows == oldAs) *shows = as;
    if (layer.spec.statistic && layer.spec.statistic->field == oldAs) layer.spec.statistic->field = as;
    layer.mapped.key.clear();  // the column's values are new, whatever its name

    std::string name = layer.spec.name;
    if (year && replaceWord(name, old, value)) {
        // the year renamed in place
    } else if (const auto shown = layer.namesShown.find(joinConditionsKey(join));
               !year && shown != layer.namesShown.end()) {
        layer.namesShown[conditionsBefore] = layer.spec.name;
        name = shown->second;
        layer.spec.fill.unit.clear();
    } else {
        if (!year) layer.namesShown[conditionsBefore] = layer.spec.name;
        name.clear();
        // Codes read as words in the name: "gdp_growth" becomes "gdp growth".
        for (const auto& [f, v] : join.where) {
            std::string word = v;
            std::replace(word.begin(), word.end(), '_', ' ');
            name += (name.empty() ? "" : " ") + word;
        }
        // The unit as a legend writes it: "(万人)", not "(10 thousand persons (万人))".
        const std::string unit = shortUnit(uniqueKeptValue(layer.joinTable->table(), join, "unit"));
        if (!unit.empty()) name += " (" + unit + ")";
        // A unit the document gave was the old indicator's; the table's (in the name) says now.
        layer.spec.fill.unit.clear();
    }
    layer.spec.name = name;
    if (year) {
        replaceWord(scene.document.title, old, value);
        replaceWord(scene.document.subtitle, old, value);
    } else {
        // The old indicator's title is kept for a switch back; a new one is titled after its
        // name (the subtitle described the old indicator, its unit and sources: it would mislead).
        scene.titlesShown[conditionsBefore] = {scene.document.title, scene.document.subtitle};
        if (const auto shown = scene.titlesShown.find(joinConditionsKey(join));
            shown != scene.titlesShown.end()) {
            scene.document.title = shown->second.first;
            scene.document.subtitle = shown->second.second;
        } else {
            scene.document.title = name;
            scene.document.subtitle.clear();
        }
    }
    if (Status restyled = restyleLayer(layer); !restyled) return restyled;
    return sizeSymbols(layer);  // circles of the values shown
}

std::vector<size_t> layersShowingTheSameYear(const MapScene& scene, size_t layerIndex,
                                             const std::string& field) {
    std::vector<size_t> linked;
    const SceneLayer& chosen = scene.layers.at(layerIndex);
    if (!chosen.spec.join || !chosen.joinTable || !choicesAreYears(joinChoices(chosen, field))) return linked;
    const JoinSpec& join = *chosen.spec.join;
    auto yearOf = [&](const JoinSpec& j) -> const std::string* {
        for (const auto& [f, v] : j.where)
            if (f == field) return &v;
        return nullptr;
    };
    const std::string* year = yearOf(join);
    if (!year) return linked;
    for (size_t i = 0; i < scene.layers.size(); ++i) {
        const SceneLayer& other = scene.layers[i];
        if (i == layerIndex || !other.spec.join || !other.joinTable) continue;
        const JoinSpec& j = *other.spec.join;
        if (j.table != join.table || j.sheet != join.sheet) continue;
        if (const std::string* otherYear = yearOf(j); otherYear && *otherYear == *year) linked.push_back(i);
    }
    return linked;
}

Status holdClassesOver(SceneLayer& layer, const std::string& field) {
    if (!layer.spec.join || !layer.joinTable)
        return Error{layer.spec.name + ": the layer has no joined table"};
    FillStyle& fill = layer.spec.fill;
    // Pooled values would be the raw ones; a normalised map keeps classes of its own values.
    if (!fill.divideBy.empty() || fill.shareOfTotal) {
        fill.breaks.clear();
        return restyleLayer(layer);
    }
    const ClassMethod method = fill.method;
    const std::optional<QuantileType> quantileType = quantileTypeOf(fill.quantileType);
    if (!quantileType)
        return Error{layer.spec.name + ": unknown quantile type " + std::to_string(fill.quantileType) + " (" +
                     kQuantileTypes + ")"};
    const JoinSpec join = indexedJoin(layer);
    const std::string key = field + joinConditionsKey(join, field) + '\x1f' + join.value + '\x1f' +
                            std::string(classMethodName(method)) + '\x1f' + std::to_string(fill.classes) +
                            '\x1f' + std::to_string(fill.quantileType);
    // Pooled over the layer's own features: its key field is part of what the limits depend on.
    fill.breaks = layer.joinTable->numbers(join.layerKey + '\x1f' + join.tableKey + '\x1f' + key, [&] {
        const std::vector<double> values =
            layer.joinIndex && layer.joinIndex->serves(join)
                ? layer.joinIndex->valuesOverAll(join, field)
                : joinValuesOverAll(layer.data.attributes, layer.joinTable->table(), join, field);
        const Classification classes = classify(values, method, fill.classes, *quantileType);
        return classes.classCount() > 0 ? classes.limits : std::vector<double>{};
    });
    return restyleLayer(layer);
}

}  // namespace bashu
