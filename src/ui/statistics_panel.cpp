#include "ui/statistics_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "carto/legend_model.h"
#include "scene/held_classes.h"
#include "scene/statistic_style.h"
#include "spatial/weights_request.h"
#include "thematic/bivariate_palettes.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/style_widgets.h"
#include "ui/window_report.h"

namespace bashu {

namespace {

// The methods offered, "none" first: the Style panel's own classes.
struct MethodChoice {
    std::optional<StatisticMethod> method;
    const char* label;
    const char* tooltip;
};
constexpr MethodChoice kMethods[] = {
    {std::nullopt, "None (the Style panel's classes)", "Colour the layer by the Style panel's classes"},
    {StatisticMethod::LisaClusters, "LISA clusters",
     "Local Moran: units in High-High or Low-Low clusters, and High-Low or Low-High outliers, where "
     "significant by conditional permutations"},
    {StatisticMethod::LisaSignificance, "LISA significance",
     "Local Moran's pseudo p-value of each unit, at three levels"},
    {StatisticMethod::GiStar, "Gi* hot and cold spots",
     "Getis-Ord Gi*: units whose neighbourhood (with themselves) is significantly high or low"},
    {StatisticMethod::LisaBivariate, "Bivariate LISA clusters",
     "Bivariate local Moran: units whose value of the field is high or low where their neighbours' "
     "value of the second field is high or low, where significant"},
    {StatisticMethod::Bivariate, "Bivariate choropleth",
     "Two fields at once, each in quantile classes, in the cells of a square palette"},
};

constexpr const char* kWeightsKinds[] = {"Queen contiguity", "Rook contiguity", "K nearest neighbours",
                                         "Distance band"};
constexpr double kAlphas[] = {0.05, 0.01, 0.001};
constexpr const char* kAlphaLabels[] = {"0.05", "0.01", "0.001"};
constexpr const char* kCorrections[] = {"none", "bonferroni", "fdr"};
constexpr const char* kCorrectionLabels[] = {"None", "Bonferroni", "False discovery rate"};

std::string number(double value, const char* format = "%.3g") {
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

// The method combo, each choice named for the window's report.
bool methodCombo(std::optional<StatisticMethod>& method) {
    const MethodChoice* shown = std::find_if(std::begin(kMethods), std::end(kMethods),
                                             [&](const MethodChoice& c) { return c.method == method; });
    bool changed = false;
    const bool open = ImGui::BeginCombo("Method##statistics", shown->label);
    nameControl("statistics/method");
    if (!open) return false;
    for (const MethodChoice& choice : kMethods) {
        if (ImGui::Selectable(choice.label, choice.method == method)) {
            changed = choice.method != method;
            method = choice.method;
        }
        nameControl("statistics/method/", choice.label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", choice.tooltip);
    }
    ImGui::EndCombo();
    return changed;
}

// The weights as `bashu stats` spells them, edited as a kind and its number.
bool weightsControls(StatisticSpec& spec) {
    Result<WeightsRequest> parsed = parseWeightsRequest(spec.weights);
    WeightsRequest request = parsed ? *parsed : WeightsRequest{};
    int kind = int(request.kind);
    bool changed = false;
    if (ImGui::Combo("Weights", &kind, kWeightsKinds, int(std::size(kWeightsKinds)))) {
        request.kind = WeightsRequest::Kind(kind);
        if (request.kind == WeightsRequest::Kind::Nearest && request.k <= 0) request.k = 6;
        changed = true;
    }
    if (request.kind == WeightsRequest::Kind::Nearest) {
        int k = request.k;
        if (ImGui::InputInt("Neighbours", &k, 1, 1, ImGuiInputTextFlags_EnterReturnsTrue) && k >= 1) {
            request.k = k;
            changed = true;
        }
    } else if (request.kind == WeightsRequest::Kind::Band) {
        double band = request.band;
        if (ImGui::InputDouble("Band", &band, 0.0, 0.0, "%.6g", ImGuiInputTextFlags_EnterReturnsTrue) &&
            band > 0) {
            request.band = band;
            changed = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("In the map's units (metres on projected maps)");
    } else {
        double tolerance = spec.tolerance;
        if (ImGui::InputDouble("Snap tolerance", &tolerance, 0.0, 0.0, "%.6g",
                               ImGuiInputTextFlags_EnterReturnsTrue) &&
            tolerance >= 0) {
            spec.tolerance = tolerance;
            changed = true;
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(
                "Borders whose vertices come this close count as shared (map units: metres on the "
                "built-in map), for simplified borders with slivers and gaps");
    }
    if (!changed) return false;
    switch (request.kind) {
        case WeightsRequest::Kind::Queen:
            spec.weights = "queen";
            break;
        case WeightsRequest::Kind::Rook:
            spec.weights = "rook";
            break;
        case WeightsRequest::Kind::Nearest:
            spec.weights = "knn:" + std::to_string(request.k);
            break;
        case WeightsRequest::Kind::Band:
            spec.weights = "band:" + number(request.band > 0 ? request.band : 50000.0, "%.10g");
            break;
    }
    return true;
}

// The permutation test's options.
bool testControls(StatisticSpec& spec) {
    bool changed = false;
    int permutations = spec.permutations;
    if (ImGui::InputInt("Permutations", &permutations, 100, 1000, ImGuiInputTextFlags_EnterReturnsTrue) &&
        permutations >= 99 && permutations <= 99999) {
        spec.permutations = permutations;
        changed = true;
    }
    int seed = spec.seed;
    if (ImGui::InputInt("Seed", &seed, 1, 1, ImGuiInputTextFlags_EnterReturnsTrue)) {
        spec.seed = seed;
        changed = true;
    }
    int alpha = int(std::find(std::begin(kAlphas), std::end(kAlphas), spec.alpha) - std::begin(kAlphas));
    if (alpha >= int(std::size(kAlphas))) alpha = 0;
    if (ImGui::Combo("Significance", &alpha, kAlphaLabels, int(std::size(kAlphaLabels)))) {
        spec.alpha = kAlphas[alpha];
        changed = true;
    }
    int correction = int(std::find(std::begin(kCorrections), std::end(kCorrections), spec.correction) -
                         std::begin(kCorrections));
    if (correction >= int(std::size(kCorrections))) correction = 0;
    if (ImGui::Combo("Correction", &correction, kCorrectionLabels, int(std::size(kCorrectionLabels)))) {
        spec.correction = kCorrections[correction];
        changed = true;
    }
    return changed;
}

// A bivariate choropleth's classes per field and palette.
bool bivariateControls(StatisticSpec& spec) {
    bool changed = ImGui::SliderInt("Classes per field", &spec.classes, 2, 4);
    spec.classes = std::clamp(spec.classes, 2, 4);
    std::vector<std::string> palettes;
    for (std::string_view name : bivariatePaletteNames()) palettes.emplace_back(name);
    changed |= comboOfStrings("Palette", spec.palette, palettes, "");
    return changed;
}

// Puts `spec` (or none) on the layer and restyles it; a statistic that cannot be computed keeps
// the layer as it was and says why. The layer's name follows: the statistic's title while it has
// one (the legend's heading), its own name back when it goes.
bool applyStatistic(MapViewState& state, SceneLayer& layer, const std::optional<StatisticSpec>& spec) {
    StatisticsPanelState& panel = state.statisticsPanel;
    const LayerSpec before = layer.spec;
    if (!before.statistic) panel.nameBefore = before.name;
    layer.spec.statistic = spec;
    if (spec && (!before.statistic || before.name == statisticTitle(*before.statistic)))
        layer.spec.name = statisticTitle(*spec);
    else if (!spec && !panel.nameBefore.empty() && before.statistic &&
             before.name == statisticTitle(*before.statistic))
        layer.spec.name = panel.nameBefore;
    if (Status styled = reclassify(layer); !styled) {
        panel.error = styled.error().message;
        layer.spec = before;
        (void)reclassify(layer);
        return false;
    }
    panel.error.clear();
    if (!spec) dropStatisticColumn(layer);
    if (!layer.statisticNote.empty()) state.messages.say(layer.statisticNote, true);
    ++state.layersGeneration;  // a new column (the classes) and perhaps a new name
    return true;
}

// Window coordinates of a point of the plot.
struct PlotFrame {
    ImVec2 at;
    float side = 0;
    // The axes run from -extent to extent, each its own (as GeoDa's): the neighbours' means
    // spread less than the values.
    double extentX = 0.25, extentY = 0.25;
    ImVec2 toScreen(double x, double y) const {
        return ImVec2(at.x + side * float(0.5 + x / (2 * extentX)),
                      at.y + side * float(0.5 - y / (2 * extentY)));
    }
};

// The unit whose point is nearest `mouse` within a few pixels, if any (its index in the results).
std::optional<size_t> pointAt(const PlotFrame& frame, const StatisticResults& r, ImVec2 mouse) {
    std::optional<size_t> nearest;
    float best = scaled(6) * scaled(6);
    for (size_t k = 0; k < r.z.size(); ++k) {
        if (r.binary.neighbours[k].empty()) continue;
        const ImVec2 p = frame.toScreen(r.z[k], r.lag[k]);
        const float d = (p.x - mouse.x) * (p.x - mouse.x) + (p.y - mouse.y) * (p.y - mouse.y);
        if (d <= best) {
            best = d;
            nearest = k;
        }
    }
    return nearest;
}

// The Moran scatter plot: each unit's standardised value across, its neighbours' mean down the
// side, in its class's colour; the line through them rises by Moran's I. A drag brushes the
// points in its box, a click selects one point's unit. Returns whether the selection changed.
bool drawScatterPlot(MapViewState& state, size_t layerIndex, const StatisticResults& r) {
    const SceneLayer& layer = state.scene.layers[layerIndex];
    SelectionState& selection = state.selection;
    StatisticsPanelState& panel = state.statisticsPanel;
    PlotFrame frame;
    frame.side = std::min(ImGui::GetContentRegionAvail().x, scaled(340));
    frame.at = ImGui::GetCursorScreenPos();
    for (size_t k = 0; k < r.z.size(); ++k) {
        frame.extentX = std::max(frame.extentX, std::abs(r.z[k]) * 1.08);
        frame.extentY = std::max(frame.extentY, std::abs(r.lag[k]) * 1.08);
    }
    ImGui::InvisibleButton("##moran scatter plot", ImVec2(frame.side, frame.side));
    nameControl("statistics/plot");
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(frame.at.x + frame.side, frame.at.y + frame.side);
    draw->AddRectFilled(frame.at, end, IM_COL32(255, 255, 255, 255));
    draw->AddRect(frame.at, end, IM_COL32(160, 160, 160, 255));
    draw->PushClipRect(frame.at, end, true);
    const ImU32 axis = IM_COL32(150, 150, 150, 255);
    draw->AddLine(frame.toScreen(-frame.extentX, 0), frame.toScreen(frame.extentX, 0), axis);
    draw->AddLine(frame.toScreen(0, -frame.extentY), frame.toScreen(0, frame.extentY), axis);
    // The least-squares line through the origin: its slope is Moran's I (row-standardised weights).
    const double slope = r.slope;
    draw->AddLine(frame.toScreen(-frame.extentX, -frame.extentX * slope),
                  frame.toScreen(frame.extentX, frame.extentX * slope), IM_COL32(120, 40, 140, 255), 2.0f);

    // The axes' reach, as numbers at their ends (the line's slope, I, is said above the plot).
    const ImVec2 origin = frame.toScreen(0, 0);
    const ImU32 ink = IM_COL32(90, 90, 90, 255);
    const std::string xEnd = number(frame.extentX, "%.2g"), yEnd = number(frame.extentY, "%.2g");
    draw->AddText(ImVec2(end.x - ImGui::CalcTextSize(xEnd.c_str()).x - 3, origin.y + 1), ink, xEnd.c_str());
    draw->AddText(ImVec2(origin.x + 3, frame.at.y + 1), ink, yEnd.c_str());
    const ImU32 ring = IM_COL32(0x00, 0xc8, 0xe0, 255);
    const bool brushedHere = selection.brushedLayer == layerIndex;
    for (size_t k = 0; k < r.z.size(); ++k) {
        if (r.binary.neighbours[k].empty()) continue;  // no neighbours' mean to draw it at
        const size_t feature = r.features[k];
        const Rgba8 c = feature < layer.featureColors.size() ? layer.featureColors[feature] : Rgba8{};
        const ImVec2 p = frame.toScreen(r.z[k], r.lag[k]);
        draw->AddCircleFilled(p, scaled(3.5f), IM_COL32(c.r, c.g, c.b, 255));
        draw->AddCircle(p, scaled(3.5f), IM_COL32(60, 60, 60, 255));
        const bool chosen = (brushedHere && std::binary_search(selection.brushed.begin(),
                                                               selection.brushed.end(), feature)) ||
                            selection.selected == FeatureRef{layerIndex, feature};
        if (chosen) draw->AddCircle(p, scaled(6.5f), ring, 0, 2.0f);
        if (selection.selected == FeatureRef{layerIndex, feature})
            nameRegion("statistics/plot/selected point", p.x - 3, p.y - 3, 6, 6);
    }
    // For a driver: the plot's top right corner and its origin.
    nameRegion("statistics/plot/origin", origin.x - 1, origin.y - 1, 2, 2);
    nameRegion("statistics/plot/upper right", end.x - 4, frame.at.y + 2, 2, 2);

    bool changed = false;
    const ImVec2 mouse = ImGui::GetMousePos();
    if (ImGui::IsItemActivated()) {
        panel.brushing = true;
        panel.brushX = mouse.x;
        panel.brushY = mouse.y;
    }
    const ImVec2 from(std::min(panel.brushX, mouse.x), std::min(panel.brushY, mouse.y));
    const ImVec2 to(std::max(panel.brushX, mouse.x), std::max(panel.brushY, mouse.y));
    const bool dragged = to.x - from.x > 3 || to.y - from.y > 3;
    if (panel.brushing && ImGui::IsItemActive() && dragged) {
        draw->AddRectFilled(from, to, IM_COL32(0x00, 0xc8, 0xe0, 40));
        draw->AddRect(from, to, ring);
    }
    if (panel.brushing && ImGui::IsItemDeactivated()) {
        panel.brushing = false;
        if (dragged) {
            // The points in the box: their units are the brushed ones.
            selection.brushed.clear();
            selection.brushedLayer = layerIndex;
            for (size_t k = 0; k < r.z.size(); ++k) {
                const ImVec2 p = frame.toScreen(r.z[k], r.lag[k]);
                if (!r.binary.neighbours[k].empty() && p.x >= from.x && p.x <= to.x && p.y >= from.y &&
                    p.y <= to.y)
                    selection.brushed.push_back(r.features[k]);
            }
            std::sort(selection.brushed.begin(), selection.brushed.end());
        } else {
            // A click: the point's unit is selected (its details open), or nothing.
            const std::optional<size_t> k = pointAt(frame, r, mouse);
            selection.selected =
                k ? std::optional<FeatureRef>(FeatureRef{layerIndex, r.features[*k]}) : std::nullopt;
            selection.brushed.clear();
            selection.here.clear();
        }
        changed = true;
    }
    draw->PopClipRect();
    if (hovered && !ImGui::IsItemActive())
        if (const std::optional<size_t> k = pointAt(frame, r, mouse)) {
            const size_t feature = r.features[*k];
            const Column* classes = layer.data.attributes.find(statisticColumnName(*layer.spec.statistic));
            ImGui::SetTooltip("%s\n%s: %s\nstandardised %.3f, neighbours' mean %.3f\n%s",
                              featureName(layer, feature).c_str(), layer.spec.statistic->field.c_str(),
                              number(r.values[*k], "%.6g").c_str(), r.z[*k], r.lag[*k],
                              classes ? classes->text(feature).c_str() : "");
        }
    const StatisticSpec& st = *layer.spec.statistic;
    const std::string up = isBivariate(st.method) ? "the neighbours' mean of " + st.with + ", standardised"
                                                  : "the neighbours' mean";
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("across: %s, standardised; up: %s", st.field.c_str(), up.c_str());
    ImGui::PopTextWrapPos();
    if (brushedHere && !selection.brushed.empty())
        ImGui::Text("%zu units selected (Esc clears)", selection.brushed.size());
    else
        ImGui::TextDisabled("drag a box to select units; Ctrl+click units on the map");
    if (const size_t islands = r.binary.islands().size(); islands > 0)
        ImGui::TextDisabled("%zu without a neighbour with a value are not plotted", islands);
    return changed;
}

// Moran's I of the field under the weights, with its tests, and the weights' own account.
void drawGlobalStatistic(const SceneLayer& layer, const StatisticResults& r) {
    const GlobalStatistic& m = r.moran;
    if (!r.valuesWith.empty()) {
        // Bivariate: the slope of the neighbours' second field on the first (no test of its own).
        ImGui::Text("Bivariate Moran's I %s", number(m.value, "%.4f").c_str());
        ImGui::TextDisabled("%zu of %zu units with both values; %s", r.values.size(),
                            layer.data.featureCount(), layer.statisticWeightsDescription.c_str());
        return;
    }
    ImGui::Text("Moran's I %s (expected %s)", number(m.value, "%.4f").c_str(),
                number(m.expected, "%.4f").c_str());
    std::string test = "z " + number(m.zRandomisation, "%.2f") + " (randomisation)";
    if (m.pseudoP)
        test += ", pseudo p " + number(*m.pseudoP, "%.4g") + " (" + std::to_string(m.permutations) +
                " permutations)";
    ImGui::TextDisabled("%s", test.c_str());
    const size_t islands = r.binary.islands().size();
    std::string units = std::to_string(r.values.size()) + " of " + std::to_string(layer.data.featureCount()) +
                        " units with a value; " + layer.statisticWeightsDescription;
    if (islands > 0) units += "; " + std::to_string(islands) + " without neighbours";
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", units.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace

StatisticsChange drawStatisticsPanel(MapViewState& state) {
    StatisticsChange change;
    if (state.scene.layers.empty()) return change;
    const size_t layerIndex = std::min(state.stylePanel.layer, state.scene.layers.size() - 1);
    SceneLayer& layer = state.scene.layers[layerIndex];
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Layer: %s (chosen under Style)", layerTitle(layer).c_str());
    ImGui::PopTextWrapPos();
    if (layer.data.geometry.kind != GeometryKind::Polygon || layer.spec.asPoints) {
        ImGui::TextDisabled("Spatial statistics map polygon layers drawn as areas");
        return change;
    }
    std::vector<std::string> fields;
    for (const Column& c : layer.data.attributes.columns)
        if (c.isNumeric()) fields.push_back(c.name);
    if (fields.empty()) {
        ImGui::TextDisabled("The layer has no numeric field");
        return change;
    }

    std::optional<StatisticMethod> method;
    if (layer.spec.statistic) method = layer.spec.statistic->method;
    StatisticSpec spec = layer.spec.statistic.value_or(StatisticSpec{});
    if (spec.field.empty() || !layer.data.attributes.find(spec.field))
        spec.field = layer.data.attributes.find(layer.spec.fill.field) &&
                             layer.data.attributes.find(layer.spec.fill.field)->isNumeric()
                         ? layer.spec.fill.field
                         : fields.front();
    bool changed = methodCombo(method);
    if (method) {
        changed |= comboOfStrings("Field##statistics", spec.field, fields, "");
        if (isBivariate(*method)) {
            if (spec.with.empty() || !layer.data.attributes.find(spec.with))
                spec.with = fields.size() > 1 && fields.front() == spec.field ? fields[1] : fields.front();
            changed |= comboOfStrings("With##statistics", spec.with, fields, "");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("The second field (up the legend's square)");
        }
        if (*method == StatisticMethod::Bivariate) {
            changed |= bivariateControls(spec);
        } else {
            changed |= weightsControls(spec);
            changed |= testControls(spec);
        }
    }
    if (changed) {
        if (method) spec.method = *method;
        change.style.colors = applyStatistic(state, layer, method ? std::optional(spec) : std::nullopt);
    }
    if (!state.statisticsPanel.error.empty()) drawErrorText(state.statisticsPanel.error);
    // A bivariate choropleth has no weights: no Moran's I and no scatter plot.
    if (!layer.spec.statistic || !layer.statisticResults || layer.statisticResults->z.empty()) return change;
    drawGlobalStatistic(layer, *layer.statisticResults);
    change.selection = drawScatterPlot(state, layerIndex, *layer.statisticResults);
    return change;
}

}  // namespace bashu
