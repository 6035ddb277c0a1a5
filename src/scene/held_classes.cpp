#include "scene/held_classes.h"

#include "scene/join_switch.h"

namespace bashu {

namespace {
// Whether the layer's fill shows the joined field of a table with a year to step through.
std::optional<std::string> heldOver(const SceneLayer& layer) {
    std::optional<std::string> year = yearField(layer);
    if (!year || !layer.spec.join || layer.spec.fill.field != layer.spec.join->as) return std::nullopt;
    return year;
}
}  // namespace

std::optional<std::string> yearField(const SceneLayer& layer) {
    if (!layer.spec.join) return std::nullopt;
    for (const auto& [field, value] : layer.spec.join->where)
        if (std::vector<std::string> choices = joinChoices(layer, field);
            choices.size() > 1 && choicesAreYears(choices))
            return field;
    return std::nullopt;
}

Status reclassify(SceneLayer& layer) {
    const bool hold = layer.spec.fill.holdOverYears;
    // Classes locked to a break set stay as they are through year and indicator switches.
    if (!layer.spec.fill.breakSet.empty()) return restyleLayer(layer);
    if (const std::optional<std::string> year = heldOver(layer); hold && year)
        return holdClassesOver(layer, *year);
    layer.spec.fill.breaks.clear();
    return restyleLayer(layer);
}

Status holdClassesOnArrival(SceneLayer& layer) {
    if (!layer.spec.fill.holdOverYears || !layer.spec.fill.breaks.empty() ||
        !layer.spec.fill.breakSet.empty())
        return Ok{};
    if (const std::optional<std::string> year = heldOver(layer)) return holdClassesOver(layer, *year);
    return Ok{};
}

}  // namespace bashu
