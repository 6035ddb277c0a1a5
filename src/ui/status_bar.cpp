#include "ui/status_bar.h"

#include <imgui.h>

#include <cmath>

namespace bashu {

void drawStatusBar(const MapViewState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = ImGui::GetFrameHeight() + 6;
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (state.cursorOverMap && std::isfinite(state.cursorLon))
        ImGui::Text("%.5f° E  %.5f° N", state.cursorLon, state.cursorLat);
    else
        ImGui::TextUnformatted("-");
    ImGui::SameLine(ImGui::GetFontSize() * 14);
    // Map units per pixel at 96 dpi (0.254 mm per pixel) as a 1:N scale.
    ImGui::Text("1:%.0f", state.camera.unitsPerPixel / 0.000254);
    ImGui::SameLine(ImGui::GetFontSize() * 22);
    ImGui::TextUnformatted(state.crsName.c_str());
    ImGui::End();
}

}  // namespace bashu
