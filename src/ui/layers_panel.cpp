#include "ui/layers_panel.h"

#include <imgui.h>

#include <string>

namespace bashu {

void drawLayersPanel(MapViewState& state) {
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_FirstUseEver);
    ImGui::Begin("Layers");
    // The topmost layer is listed first, as map users expect.
    for (size_t i = state.scene.layers.size(); i-- > 0;) {
        SceneLayer& layer = state.scene.layers[i];
        ImGui::PushID(int(i));
        ImGui::Checkbox(layer.spec.name.c_str(), &layer.paint.visible);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(80);
        ImGui::SliderFloat("##opacity", &layer.paint.opacity, 0.0f, 1.0f, "%.2f");
        ImGui::PopID();
    }
    ImGui::End();
}

}  // namespace bashu
