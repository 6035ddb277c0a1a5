#include "ui/style_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>

#include "carto/legend_model.h"
#include "core/ascii_case.h"
#include "scene/held_classes.h"
#include "scene/join_switch.h"
#include "thematic/classification.h"
#include "thematic/color_ramp.h"
#include "ui/break_set_controls.h"
#include "ui/legend_label_controls.h"
#include "ui/line_style_controls.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/style_widgets.h"
#include "ui/symbol_style_controls.h"
#include "ui/window_report.h"

namespace bashu {

namespace {

// The methods and ramps offered are the registry's (core/style_registry.h), in its order.
bool methodCombo(ClassMethod& method) {
    bool changed = false;
    if (ImGui::BeginCombo("Method", std::string(classMethodInfo(method).label).c_str())) {
        for (const ClassMethodInfo& info : classMethods()) {
            if (ImGui::Selectable(std::string(info.label).c_str(), info.method == method)) {
                changed = info.method != method;
                method = info.method;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(info.description).c_str());
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool rampCombo(Ramp& ramp) {
    bool changed = false;
    if (ImGui::BeginCombo("Ramp", std::string(rampName(ramp)).c_str())) {
        for (const RampInfo& info : colorRamps()) {
            if (ImGui::Selectable(std::string(info.name).c_str(), info.ramp == ramp)) {
                changed = info.ramp != ramp;
                ramp = info.ramp;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", std::string(info.description).c_str());
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The quantile types the quantile method offers (FillStyle::quantileType), as users know them.
constexpr int kQuantileTypeNumbers[] = {1, 5, 7};
constexpr const char* kQuantileTypeLabels[] = {"Type 1: data values", "Type 5: GeoDa",
                                               "Type 7: R, classInt, QGIS"};
static_assert(std::size(kQuantileTypeLabels) == std::size(kQuantileTypeNumbers));

// A histogram of the field's values, each bar in the colour of its class (so it reads with the
// ramp shown on the map), with the class limits drawn over it as vertical lines.
void drawHistogram(const SceneLayer& layer) {
    const Classification& classes = layer.legend.classification;
    const std::vector<double>& limits = classes.limits;
    const std::vector<float>& bins = layer.legend.histogram;
    if (limits.size() < 2 || bins.empty()) return;
    const double lo = limits.front(), hi = limits.back();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, 80);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    nameControl("style/histogram");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg));
    const float most = *std::max_element(bins.begin(), bins.end());
    if (most <= 0.0f) return;
    const float width = size.x / float(bins.size());
    for (size_t b = 0; b < bins.size(); ++b) {
        // On halves: from -1e308 to 1e308 the span itself overflows.
        const double middle =
            lo * 0.5 + (hi * 0.5 - lo * 0.5) * (2.0 * double(b) + 1.0) / double(bins.size());
        const int k = hi > lo ? classes.classOf(middle) : 0;
        const Rgba8 c = k >= 0 && size_t(k) < layer.legend.classColors.size()
                            ? layer.legend.classColors[size_t(k)]
                            : Rgba8{0x99, 0x99, 0x99, 255};
        const float top = at.y + size.y * (1.0f - bins[b] / most);
        draw->AddRectFilled(ImVec2(at.x + width * float(b) + 0.5f, top),
                            ImVec2(at.x + width * float(b + 1) - 0.5f, at.y + size.y),
                            IM_COL32(c.r, c.g, c.b, 255));
    }
    if (hi <= lo) return;
    for (size_t i = 1; i + 1 < limits.size(); ++i) {
        const float x = at.x + float((limits[i] * 0.5 - lo * 0.5) / (hi * 0.5 - lo * 0.5)) * size.x;
        draw->AddLine(ImVec2(x, at.y), ImVec2(x, at.y + size.y), IM_COL32(40, 40, 40, 255), 1.5f);
    }
}

constexpr double kSecondsPerYear = 1.0;  // while playing

// After another indicator is chosen: where the year shown has clearly fewer values of it than
// another year (population outside the census year), that year is shown, and Messages says so.
void showBestCoveredYear(MapViewState& state, size_t layerIndex) {
    SceneLayer& layer = state.scene.layers[layerIndex];
    const auto where = layer.spec.join->where;  // a copy: a switch changes it
    for (const auto& [field, value] : where) {
        if (!choicesAreYears(joinChoices(layer, field))) continue;
        size_t most = 0;
        const std::string best = bestCoveredChoice(layer, field, &most);
        const size_t now = valuesForChoice(layer, field, value);
        if (best.empty() || best == value || now * 4 >= most * 3) continue;
        if (switchJoinCondition(state.scene, layerIndex, field, best))
            state.messages.say(layerTitle(layer) + ": " + best + " shown, the year with the most values (" +
                               std::to_string(most) + "; " + value + " has " + std::to_string(now) + ")");
    }
}

// The data shown by a joined layer: one control per join condition (indicator, year, ...);
// a year gets a slider that can play. Returns whether the layer was re-joined; `others` gets the
// layers moved to the same year with it.
bool drawDataControls(MapViewState& state, size_t layerIndex, std::vector<size_t>& others) {
    SceneLayer& layer = state.scene.layers[layerIndex];
    if (!layer.spec.join || !layer.joinTable) return false;
    ImGui::Separator();
    ImGui::TextDisabled("Data: %s", layer.spec.join->table.c_str());
    std::optional<std::pair<std::string, std::string>> switchTo;
    const auto where = layer.spec.join->where;  // a copy: a switch changes it
    for (const auto& [field, value] : where) {
        std::vector<std::string> choices = joinChoices(layer, field);
        const bool years = choicesAreYears(choices);
        if (!years) choices = joinChoicesAnyYear(layer, field);  // the same list whichever year
        if (choices.size() < 2) continue;
        ImGui::PushID(field.c_str());
        if (years) {
            int index = int(std::find(choices.begin(), choices.end(), value) - choices.begin());
            if (index >= int(choices.size())) index = 0;
            const float sliderWidth = ImGui::GetContentRegionAvail().x - 140;
            ImGui::SetNextItemWidth(sliderWidth);
            // The slider moves over the years' places, its text the year; typing in it (Ctrl+click)
            // would take a year for a place, so it is not offered, and whatever it holds is
            // brought back into range before it picks a year.
            if (ImGui::SliderInt(field.c_str(), &index, 0, int(choices.size()) - 1,
                                 choices[size_t(index)].c_str(), ImGuiSliderFlags_NoInput)) {
                index = std::clamp(index, 0, int(choices.size()) - 1);
                switchTo = std::make_pair(field, choices[size_t(index)]);
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(
                    "Drag, or click a place on the slider, to show a year (%s to %s); Play steps "
                    "through them",
                    choices.front().c_str(), choices.back().c_str());
            nameControl("style/slider/", field, sliderWidth);
            ImGui::SameLine();
            if (ImGui::Button(state.stylePanel.playing ? "Pause" : "Play")) {
                state.stylePanel.playing = !state.stylePanel.playing;
                state.stylePanel.playedAt = ImGui::GetTime();
            }
            if (state.stylePanel.playing && ImGui::GetTime() - state.stylePanel.playedAt >= kSecondsPerYear) {
                state.stylePanel.playedAt = ImGui::GetTime();
                switchTo = std::make_pair(field, choices[(size_t(index) + 1) % choices.size()]);
            }
            // The layer's own (saved with the map, as `bashu render` draws it).
            if (ImGui::Checkbox("Hold classes over all years", &layer.spec.fill.holdOverYears) && !switchTo)
                switchTo = std::make_pair(field, value);  // reclassify below
        } else {
            std::string chosen = value;
            if (comboOfStrings(field.c_str(), chosen, choices, "")) switchTo = std::make_pair(field, chosen);
        }
        ImGui::PopID();
    }
    if (!switchTo) return false;
    // Taken before the switch: the layers showing the year this one shows now.
    const std::vector<size_t> sameYear = layersShowingTheSameYear(state.scene, layerIndex, switchTo->first);
    if (Status switched = switchJoinCondition(state.scene, layerIndex, switchTo->first, switchTo->second);
        !switched) {
        state.stylePanel.error = switched.error().message;
        state.stylePanel.playing = false;
        return false;
    }
    if (!choicesAreYears(joinChoices(layer, switchTo->first))) showBestCoveredYear(state, layerIndex);
    if (Status styled = reclassify(layer); !styled) state.stylePanel.error = styled.error().message;
    for (size_t other : sameYear) {
        Status switched = switchJoinCondition(state.scene, other, switchTo->first, switchTo->second);
        if (switched) switched = reclassify(state.scene.layers[other]);
        if (!switched) state.messages.say(switched.error().message, true);
        others.push_back(other);
    }
    ++state.layersGeneration;  // the layer's name changed
    return true;
}

}  // namespace

StyleChange drawStylePanel(MapViewState& state) {
    size_t& layerIndex = state.stylePanel.layer;
    if (state.scene.layers.empty()) return {};
    layerIndex = std::min(layerIndex, state.scene.layers.size() - 1);
    if (ImGui::BeginCombo("Layer", layerTitle(state.scene.layers[layerIndex]).c_str())) {
        for (size_t i = state.scene.layers.size(); i-- > 0;) {
            ImGui::PushID(int(i));
            if (ImGui::Selectable(layerTitle(state.scene.layers[i]).c_str(), i == layerIndex)) layerIndex = i;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    SceneLayer& layer = state.scene.layers[layerIndex];
    FillStyle& fill = layer.spec.fill;
    const FillStyle before = fill;
    bool changed = false;

    // Numeric fields are classified; text fields (kinds, statuses) get a colour per value.
    std::vector<std::string> fields = {""};
    for (const Column& c : layer.data.attributes.columns) fields.push_back(c.name);
    changed |= comboOfStrings("Field", fill.field, fields, "(single colour)");
    const Column* column = layer.data.attributes.find(fill.field);

    bool locked = false;  // locked to a break set or unlocked: restyled already
    if (column && !column->isNumeric()) {
        ImGui::TextDisabled("Text field: one colour per value");
    } else if (!fill.field.empty()) {
        changed |= methodCombo(fill.method);
        // Where tools differ: which sample quantiles limit the classes.
        if (fill.method == ClassMethod::Quantile) {
            const int* type = std::find(std::begin(kQuantileTypeNumbers), std::end(kQuantileTypeNumbers),
                                        fill.quantileType);
            int chosen =
                type == std::end(kQuantileTypeNumbers) ? 0 : int(type - std::begin(kQuantileTypeNumbers));
            if (ImGui::Combo("Quantiles", &chosen, kQuantileTypeLabels,
                             int(std::size(kQuantileTypeLabels)))) {
                fill.quantileType = kQuantileTypeNumbers[chosen];
                changed = true;
            }
        }
        if (const int fixed = classMethodInfo(fill.method).fixedClasses; fixed > 0) {
            // The method makes its own classes: the slider shows them and takes no number.
            int shown = fixed;
            ImGui::BeginDisabled();
            ImGui::SliderInt("Classes", &shown, 2, 9);
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                ImGui::SetTooltip("%s always makes %d classes",
                                  std::string(classMethodInfo(fill.method).label).c_str(), fixed);
        } else {
            changed |= ImGui::SliderInt("Classes", &fill.classes, 2, 9);
        }
        nameControl("style/classes", {}, ImGui::CalcItemWidth());
        // Normalisation: per capita, per km², or a share of the whole, without editing the data.
        std::vector<std::string> divisors = {""};
        for (const Column& c : layer.data.attributes.columns)
            if (c.isNumeric() && c.name != fill.field) divisors.push_back(c.name);
        std::string divideBy = fill.divideBy;
        if (ImGui::BeginCombo("Divide by", divideBy.empty() ? "(nothing)" : divideBy.c_str())) {
            for (const std::string& d : divisors)
                if (ImGui::Selectable(d.empty() ? "(nothing)" : d.c_str(), d == divideBy)) divideBy = d;
            ImGui::EndCombo();
        }
        if (divideBy != fill.divideBy) {
            fill.divideBy = divideBy;
            changed = true;
        }
        changed |= ImGui::Checkbox("Share of total (%)", &fill.shareOfTotal);
        // A value the colours diverge from (0 % growth, an average), for diverging ramps.
        bool centred = fill.center.has_value();
        if (ImGui::Checkbox("Diverge from", &centred)) {
            fill.center = centred ? std::optional<double>(0.0) : std::nullopt;
            changed = true;
        }
        if (fill.center) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(scaled(110));
            double center = *fill.center;
            if (ImGui::InputDouble("##center", &center, 0.0, 0.0, "%.6g",
                                   ImGuiInputTextFlags_EnterReturnsTrue)) {
                fill.center = center;
                changed = true;
            }
        }
        drawHistogram(layer);
    }
    // The ramp only recolours the classes there are; the class limits stay as they are.
    bool recoloured = false;
    if (!fill.field.empty()) {
        recoloured |= rampCombo(fill.ramp);
        recoloured |= ImGui::Checkbox("Reverse ramp", &fill.reverse);
    }
    // A change of field, method or classes ends a lock to a break set: the classes are computed.
    if (changed) fill.breakSet.clear();
    if (changed || recoloured) {
        // A style that cannot be applied keeps the last good one and says why.
        if (Status styled = changed ? reclassify(layer) : restyleLayer(layer); !styled) {
            state.stylePanel.error = styled.error().message;
            fill = before;
            (void)restyleLayer(layer);
        } else {
            state.stylePanel.error.clear();
        }
    }
    changed |= recoloured;
    std::vector<size_t> others;
    const bool rejoined = drawDataControls(state, layerIndex, others);
    changed |= rejoined;
    // How the legend writes the limits: only the text changes, not the classes. Last, so the
    // controls above keep their places.
    // (The field is looked up again: switching the year or indicator re-joins the layer's columns.)
    if (const Column* shown = layer.data.attributes.find(fill.field); shown && shown->isNumeric()) {
        static const char* kNumberFormats[] = {"plain (19,917)", "in 万 (1.99万)", "in 亿 (8.2亿)",
                                               "auto (万/亿 on Chinese maps)"};
        int numberFormat = int(fill.numberFormat);
        if (ImGui::Combo("Numbers", &numberFormat, kNumberFormats, 4)) {
            fill.numberFormat = NumberFormat(numberFormat);
            changed = true;
        }
    }
    // Break sets and legend labels last, folded: the everyday controls above keep their places.
    if (const Column* shown = layer.data.attributes.find(fill.field);
        shown && shown->isNumeric() && ImGui::CollapsingHeader("Break sets"))
        if (drawBreakSetControls(state.scene.document, layer, state.stylePanel.error)) locked = true;
    drawLegendLabelControls(state.scene, layer);
    // Any layer's symbols (a single colour's fill, outlines, point sizes) and its labels.
    const bool symbolsOpen = ImGui::CollapsingHeader("Symbol and labels");
    nameControl("style/symbol and labels");
    if (symbolsOpen) {
        const SymbolChange symbol = drawSymbolControls(layer);
        changed |= symbol.colors;
        if (symbol.labels) {
            ++state.layersGeneration;  // the labels are placed again
            state.fontsStale = true;   // a field's text may need glyphs the font lacks
        }
    }
    bool resized = false;
    if (layer.data.geometry.kind == GeometryKind::Line)
        resized = drawLineStyleControls(layer, state.stylePanel.error);
    if (!state.stylePanel.error.empty()) drawErrorText(state.stylePanel.error);
    return StyleChange{changed || locked, resized || rejoined, std::move(others)};
}

}  // namespace bashu
