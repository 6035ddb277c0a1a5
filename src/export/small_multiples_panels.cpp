#include "export/small_multiples_panels.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>

#include "core/ascii_case.h"
#include "scene/join_switch.h"
#include "scene/value_sources.h"
#include "thematic/classification.h"

namespace bashu {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

std::string layerName(const SceneLayer& layer) {
    return "layer '" + (layer.spec.name.empty() ? layer.spec.source : layer.spec.name) + "'";
}

// Whether `word` stands alone in `text` (ASCII letters and digits join words, as when a year is
// switched): "GDP 2021" and "2021年" hold the year 2021, "20215" does not.
bool holdsWord(const std::string& text, const std::string& word) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const size_t end = at + word.size();
        const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (starts && ends) return true;
    }
    return false;
}

// `text` with each whole-word `word` replaced by `by`.
std::string replacedWord(std::string text, const std::string& word, const std::string& by) {
    for (size_t at = text.find(word); at != std::string::npos;) {
        const size_t end = at + word.size();
        const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (starts && ends) {
            text.replace(at, word.size(), by);
            at = text.find(word, at + by.size());
        } else {
            at = text.find(word, at + 1);
        }
    }
    return text;
}

// The join condition of a layer that picks a year: one named "year", else one whose values are
// all years; empty when there is none.
std::string yearCondition(const SceneLayer& layer) {
    if (!layer.spec.join || !layer.joinTable) return "";
    for (const auto& [field, value] : layer.spec.join->where)
        if (equalsIgnoreCase(field, "year")) return field;
    for (const auto& [field, value] : layer.spec.join->where)
        if (choicesAreYears(joinChoices(layer, field))) return field;
    return "";
}

std::string conditionValue(const SceneLayer& layer, const std::string& condition) {
    for (const auto& [field, value] : layer.spec.join->where)
        if (field == condition) return value;
    return "";
}

// The numeric fields of a layer, for messages that say which would do.
std::string numericFields(const SceneLayer& layer) {
    std::vector<std::string> names;
    for (const Column& c : layer.data.attributes.columns)
        if (c.isNumeric()) names.push_back(c.name);
    return names.empty() ? "the layer has no numeric fields" : "numeric fields: " + joined(names);
}

Status planYears(const MapScene& scene, const SmallMultiplesRequest& request, const std::string& prefix,
                 PanelPlan& plan) {
    for (size_t i = 0; i < scene.layers.size(); ++i) {
        const std::string condition = yearCondition(scene.layers[i]);
        if (condition.empty() || (!plan.condition.empty() && condition != plan.condition)) continue;
        plan.condition = condition;
        plan.layers.push_back(i);
    }
    if (plan.layers.empty())
        return Error{prefix +
                     "--years needs a layer joined to a table by year (a join with a \"year\" condition); "
                     "no layer is (--fields compares columns of a layer)"};
    const SceneLayer& first = scene.layers[plan.layers.front()];
    plan.originalValue = conditionValue(first, plan.condition);
    plan.values = request.values;
    if (plan.values.size() == 1 && equalsIgnoreCase(plan.values.front(), "all"))
        plan.values = joinChoices(first, plan.condition);
    for (size_t index : plan.layers) {
        const SceneLayer& layer = scene.layers[index];
        const std::vector<std::string> years = joinChoices(layer, plan.condition);
        for (const std::string& year : plan.values)
            if (std::find(years.begin(), years.end(), year) == years.end())
                return Error{prefix + "no " + plan.condition + " " + year + " in " +
                             std::filesystem::path(layer.spec.join->table).filename().string() + " for " +
                             layerName(layer) + " (" + plan.condition + "s: " + joined(years) + ")"};
    }
    return Ok{};
}

Status planFields(const MapScene& scene, const SmallMultiplesRequest& request, const std::string& prefix,
                  PanelPlan& plan) {
    for (size_t i = 0; i < scene.layers.size(); ++i)
        if (!scene.layers[i].spec.fill.field.empty()) plan.layers.push_back(i);
    if (plan.layers.empty())
        return Error{prefix + "--fields needs a layer coloured by a field; no layer is (give --field too)"};
    plan.originalValue = scene.layers[plan.layers.front()].spec.fill.field;
    plan.values = request.values;
    for (size_t index : plan.layers) {
        const SceneLayer& layer = scene.layers[index];
        for (const std::string& field : plan.values) {
            const Column* column = layer.data.attributes.find(field);
            if (!column)
                return Error{prefix + layerName(layer) + " has no field '" + field + "' (" +
                             numericFields(layer) + ")"};
            if (!column->isNumeric())
                return Error{prefix + "field '" + field + "' of " + layerName(layer) +
                             " holds text; small multiples compare numbers (" + numericFields(layer) + ")"};
        }
    }
    return Ok{};
}

}  // namespace

Result<PanelPlan> planPanels(const MapScene& scene, const SmallMultiplesRequest& request,
                             const std::string& documentName) {
    const std::string prefix = documentName.empty() ? "" : documentName + ": ";
    const char* option = request.by == PanelsBy::Year ? "--years" : "--fields";
    if (request.values.empty()) return Error{prefix + option + " needs at least one value"};
    PanelPlan plan;
    plan.by = request.by;
    Status planned = request.by == PanelsBy::Year ? planYears(scene, request, prefix, plan)
                                                  : planFields(scene, request, prefix, plan);
    if (!planned) return planned.error();
    std::set<std::string> seen;
    for (const std::string& value : plan.values)
        if (!seen.insert(value).second) return Error{prefix + option + ": " + value + " is given twice"};
    if (plan.values.size() > kMaxPanels)
        return Error{prefix + std::to_string(plan.values.size()) + " panels; one image holds at most " +
                     std::to_string(kMaxPanels)};
    for (size_t index : plan.layers) {
        const SceneLayer& layer = scene.layers[index];
        // Unique values get their colours per panel: the same colour would not mean the same value.
        if (layer.spec.fill.method == ClassMethod::Categories)
            return Error{prefix + layerName(layer) +
                         " is coloured by categories; small multiples compare classes of numbers"};
        plan.layerNames.push_back(layer.spec.name);
    }
    plan.title = scene.document.title;
    plan.subtitle = scene.document.subtitle;
    return plan;
}

Status showPanel(MapScene& scene, const PanelPlan& plan, size_t index) {
    const std::string& value = plan.values.at(index);
    for (size_t layer : plan.layers) {
        if (plan.by == PanelsBy::Year) {
            if (Status switched = switchJoinCondition(scene, layer, plan.condition, value); !switched)
                return switched;
            // A year with too few values for its statistic is drawn as no data, and said.
            const std::string& note = scene.layers[layer].statisticNote;
            if (!note.empty() &&
                std::find(scene.warnings.begin(), scene.warnings.end(), note) == scene.warnings.end())
                scene.warnings.push_back(note);
        } else {
            scene.layers[layer].spec.fill.field = value;
            // A statistic's map is of the panel's field too.
            if (auto& statistic = scene.layers[layer].spec.statistic) statistic->field = value;
            if (Status restyled = restyleLayer(scene.layers[layer]); !restyled) return restyled;
        }
    }
    return Ok{};
}

Status poolClasses(MapScene& scene, const PanelPlan& plan) {
    std::vector<std::vector<double>> pooled(plan.layers.size());
    for (size_t panel = 0; panel < plan.values.size(); ++panel) {
        if (Status shown = showPanel(scene, plan, panel); !shown) return shown;
        for (size_t k = 0; k < plan.layers.size(); ++k)
            for (double v : scene.layers[plan.layers[k]].mapped.values)
                if (std::isfinite(v)) pooled[k].push_back(v);
    }
    for (size_t k = 0; k < plan.layers.size(); ++k) {
        SceneLayer& layer = scene.layers[plan.layers[k]];
        FillStyle& fill = layer.spec.fill;
        if (fill.field.empty() || pooled[k].empty()) continue;
        const auto [low, high] = std::minmax_element(pooled[k].begin(), pooled[k].end());
        if (!fill.breaks.empty()) {
            // Given limits stay; widened once for all panels, so no panel widens its own ends.
            fill.breaks.front() = std::min(fill.breaks.front(), *low);
            fill.breaks.back() = std::max(fill.breaks.back(), *high);
        } else {
            const std::optional<QuantileType> quantileType = quantileTypeOf(fill.quantileType);
            if (!quantileType)
                return Error{layer.spec.name + ": unknown quantile type " +
                             std::to_string(fill.quantileType) + " (" + kQuantileTypes + ")"};
            const Classification classes = classify(pooled[k], fill.method, fill.classes, *quantileType);
            if (classes.classCount() > 0) fill.breaks = classes.limits;
        }
        if (Status restyled = restyleLayer(layer); !restyled) return restyled;
    }
    return Ok{};
}

Result<PooledCounts> countOverPanels(MapScene& scene, const PanelPlan& plan) {
    PooledCounts counts;
    counts.perClass.resize(plan.layers.size());
    counts.noData.resize(plan.layers.size(), 0);
    ValueCoverage coverage;
    for (size_t panel = 0; panel < plan.values.size(); ++panel) {
        if (Status shown = showPanel(scene, plan, panel); !shown) return shown.error();
        coverage.add(scene);
        for (size_t k = 0; k < plan.layers.size(); ++k) {
            const FillLegend& legend = scene.layers[plan.layers[k]].legend;
            std::vector<size_t>& sum = counts.perClass[k];
            sum.resize(std::max(sum.size(), legend.classCounts.size()), 0);
            for (size_t c = 0; c < legend.classCounts.size(); ++c) sum[c] += legend.classCounts[c];
            counts.noData[k] += legend.noDataCount;
        }
    }
    counts.coverage = coverage.summary();
    return counts;
}

void showAllPanels(MapScene& scene, const PanelPlan& plan, const PooledCounts& counts) {
    MapDocument& document = scene.document;
    document.title = plan.title;
    document.subtitle = plan.subtitle;
    std::vector<std::string> names = plan.layerNames;
    if (plan.by == PanelsBy::Year && !plan.values.empty()) {
        // The span of the years shown: the title speaks of all panels.
        // Years are digits: the shorter is the earlier, then they compare as text.
        auto byNumber = [](const std::string& a, const std::string& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        };
        const auto [first, last] = std::minmax_element(plan.values.begin(), plan.values.end(), byNumber);
        const std::string span = *first == *last ? *first : *first + "–" + *last;
        document.title = replacedWord(plan.title, plan.originalValue, span);
        if (holdsWord(plan.subtitle, plan.originalValue)) document.subtitle.clear();
        for (std::string& name : names) name = replacedWord(name, plan.originalValue, span);
    }
    document.subtitle = textWithCoverage(document.subtitle, counts.coverage);
    for (size_t k = 0; k < plan.layers.size(); ++k) {
        SceneLayer& layer = scene.layers[plan.layers[k]];
        layer.spec.name = names[k];
        if (k < counts.perClass.size() && counts.perClass[k].size() == layer.legend.classCounts.size()) {
            layer.legend.classCounts = counts.perClass[k];
            layer.legend.noDataCount = counts.noData[k];
        }
    }
}

}  // namespace bashu
