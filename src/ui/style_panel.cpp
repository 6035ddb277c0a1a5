#include "ui/style_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "thematic/color_ramp.h"

namespace bashu {

namespace {

constexpr const char* kMethods[] = {"quantile", "equal", "jenks"};
constexpr const char* kMethodLabels[] = {"Quantile", "Equal interval", "Natural breaks (Jenks)"};

bool comboOfStrings(const char* label, std::string& value, const std::vector<std::string>& options) {
    bool changed = false;
    if (ImGui::BeginCombo(label, value.empty() ? "(single colour)" : value.c_str())) {
        for (const std::string& option : options) {
            const bool selected = option == value;
            if (ImGui::Selectable(option.empty() ? "(single colour)" : option.c_str(), selected)) {
                changed = option != value;
                value = option;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A histogram of the field's values with the class limits drawn over it as vertical lines.
void drawHistogram(const SceneLayer& layer) {
    const std::vector<double>& limits = layer.legend.classification.limits;
    const std::vector<float>& bins = layer.legend.histogram;
    if (limits.size() < 2 || bins.empty()) return;
    const double lo = limits.front(), hi = limits.back();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, 80);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PlotHistogram("##histogram", bins.data(), int(bins.size()), 0, nullptr, 0.0f, FLT_MAX, size);
    if (hi <= lo) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (size_t i = 1; i + 1 < limits.size(); ++i) {
        const float x = at.x + float((limits[i] - lo) / (hi - lo)) * size.x;
        draw->AddLine(ImVec2(x, at.y), ImVec2(x, at.y + size.y), IM_COL32(200, 30, 30, 255), 2.0f);
    }
}

}  // namespace

bool drawStylePanel(MapViewState& state, size_t& layerIndex) {
    if (state.scene.layers.empty()) return false;
    layerIndex = std::min(layerIndex, state.scene.layers.size() - 1);
    ImGui::SetNextWindowPos(ImVec2(10, 130), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(330, 0), ImGuiCond_FirstUseEver);
    ImGui::Begin("Style");
    if (ImGui::BeginCombo("Layer", state.scene.layers[layerIndex].spec.name.c_str())) {
        for (size_t i = state.scene.layers.size(); i-- > 0;)
            if (ImGui::Selectable(state.scene.layers[i].spec.name.c_str(), i == layerIndex)) layerIndex = i;
        ImGui::EndCombo();
    }
    SceneLayer& layer = state.scene.layers[layerIndex];
    FillStyle& fill = layer.spec.fill;
    const FillStyle before = fill;
    bool changed = false;

    std::vector<std::string> fields = {""};
    for (const Column& c : layer.data.attributes.columns)
        if (c.isNumeric()) fields.push_back(c.name);
    changed |= comboOfStrings("Field", fill.field, fields);

    if (!fill.field.empty()) {
        int method =
            int(std::find(std::begin(kMethods), std::end(kMethods), fill.method) - std::begin(kMethods));
        if (method > 2) method = 2;
        if (ImGui::Combo("Method", &method, kMethodLabels, 3)) {
            fill.method = kMethods[method];
            changed = true;
        }
        changed |= ImGui::SliderInt("Classes", &fill.classes, 2, 9);
        changed |= comboOfStrings("Ramp", fill.ramp, rampNames());
        changed |= ImGui::Checkbox("Reverse ramp", &fill.reverse);
        drawHistogram(layer);
    }
    if (changed) {
        // A style that cannot be applied keeps the last good one and says why.
        if (Status styled = restyleLayer(layer); !styled) {
            state.styleError = styled.error().message;
            fill = before;
            (void)restyleLayer(layer);
        } else {
            state.styleError.clear();
        }
    }
    if (!state.styleError.empty())
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", state.styleError.c_str());
    ImGui::End();
    return changed;
}

}  // namespace bashu
