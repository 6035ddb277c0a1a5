#include "ui/map_title.h"

#include <imgui.h>

#include <algorithm>

#include "scene/value_sources.h"
#include "ui/map_view_state.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {
constexpr float kTitleScale = 1.35f;  // the title over the subtitle, as on the exported map
}  // namespace

std::string titleMismatch(const MapScene& scene) {
    if (scene.document.title.empty() && scene.document.subtitle.empty()) return "";
    for (const SceneLayer& layer : scene.layers) {
        const std::string& field = layer.spec.fill.field;
        if (layer.paint.visible && layer.spec.join && !field.empty() && field != layer.spec.join->as)
            return "The title and subtitle were written for " + layer.spec.join->as + "; the map now shows " +
                   field + ".";
    }
    return "";
}

float drawMapTitle(const MapViewState& state) {
    const MapDocument& document = state.scene.document;
    if (!state.layout.mapTitleShown) return 0.0f;
    if (document.title.empty() && document.subtitle.empty() && document.note.empty()) return 0.0f;
    const MapArea& area = state.mapArea;
    anchorNextWindow(area, 0.0f, 0.0f);
    // Half the map's width at most: the Feature details take the top right.
    ImGui::SetNextWindowSize(ImVec2(0, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(0.5f * area.width, 0.4f * area.height));
    ImGui::SetNextWindowBgAlpha(0.8f);
    ImGui::Begin("##map title", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_AlwaysAutoResize);
    const float wrap = 0.5f * area.width - 2.0f * ImGui::GetStyle().WindowPadding.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(wrap, 1.0f));
    if (!document.title.empty()) {
        ImGui::SetWindowFontScale(kTitleScale);
        ImGui::TextUnformatted(document.title.c_str());
        ImGui::SetWindowFontScale(1.0f);
    }
    // A small map keeps its room: the title alone (the subtitle and note stay in the export).
    const bool roomy =
        area.height >= 640.0f * state.layout.uiScale && area.width >= 760.0f * state.layout.uiScale;
    if (roomy && !document.subtitle.empty()) ImGui::TextUnformatted(shownSubtitle(state.scene).c_str());
    if (roomy && !document.note.empty()) ImGui::TextDisabled("%s", shownNote(state.scene).c_str());
    if (const std::string mismatch = titleMismatch(state.scene); !mismatch.empty())
        ImGui::TextColored(ImVec4(0.75f, 0.3f, 0.0f, 1), "%s", mismatch.c_str());
    ImGui::PopTextWrapPos();
    const float height = ImGui::GetWindowSize().y;
    ImGui::End();
    return height;
}

}  // namespace bashu
