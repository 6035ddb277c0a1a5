#include "ui/style_widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace bashu {

namespace {
ImVec4 toImGui(Rgba8 c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f); }
Rgba8 fromImGui(const ImVec4& c) {
    auto channel = [](float v) { return uint8_t(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return Rgba8{channel(c.x), channel(c.y), channel(c.z), channel(c.w)};
}
}  // namespace

bool colorControl(const char* label, Rgba8& color) {
    ImVec4 value = toImGui(color);
    if (!ImGui::ColorEdit4(label, &value.x, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_AlphaBar))
        return false;
    color = fromImGui(value);
    return true;
}

bool comboOfStrings(const char* label, std::string& value, const std::vector<std::string>& options,
                    const char* emptyLabel) {
    bool changed = false;
    if (ImGui::BeginCombo(label, value.empty() ? emptyLabel : value.c_str())) {
        for (const std::string& option : options) {
            if (ImGui::Selectable(option.empty() ? emptyLabel : option.c_str(), option == value)) {
                changed = option != value;
                value = option;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool comboOfIndex(const char* label, int& chosen, const std::vector<std::string>& options) {
    bool changed = false;
    const bool valid = chosen >= 0 && size_t(chosen) < options.size();
    if (ImGui::BeginCombo(label, valid ? options[size_t(chosen)].c_str() : "")) {
        for (size_t i = 0; i < options.size(); ++i)
            if (ImGui::Selectable(options[i].c_str(), int(i) == chosen)) {
                changed = int(i) != chosen;
                chosen = int(i);
            }
        ImGui::EndCombo();
    }
    return changed;
}

bool sliderOfDouble(const char* label, double& value, float lo, float hi) {
    float v = float(value);
    if (!ImGui::SliderFloat(label, &v, lo, hi, "%.1f px")) return false;
    value = double(v);
    return true;
}

}  // namespace bashu
