#include "ui/layers_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>

#include "carto/legend_model.h"
#include "scene/load_report.h"
#include "ui/file_browser.h"
#include "ui/layer_loading.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr const char* kDragPayload = "BASHU_LAYER";

// A pending change to the list, applied after the loop so indexes stay valid while drawing.
struct LayerChange {
    enum class Kind { Move, Remove, Zoom } kind;
    size_t layer = 0, to = 0;
};
}  // namespace

void drawLayersPanel(MapViewState& state, MapRenderer& renderer) {
    std::optional<LayerChange> change;
    // The topmost layer is listed first, as map users expect.
    for (size_t i = state.scene.layers.size(); i-- > 0;) {
        SceneLayer& layer = state.scene.layers[i];
        ImGui::PushID(int(i));
        // The handle drags the row onto another to take its place in the drawing order.
        // A dragged layer can be dropped on another row's handle or name: it takes that place.
        auto acceptDrop = [&] {
            if (ImGui::BeginDragDropTarget()) {
                if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kDragPayload))
                    change =
                        LayerChange{LayerChange::Kind::Move, *static_cast<const size_t*>(payload->Data), i};
                ImGui::EndDragDropTarget();
            }
        };
        ImGui::Button("=");
        nameControl("layers/handle/", layer.spec.name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drag to reorder");
        if (ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(kDragPayload, &i, sizeof i);
            ImGui::TextUnformatted(layerTitle(layer).c_str());
            ImGui::EndDragDropSource();
        }
        acceptDrop();
        ImGui::SameLine();
        ImGui::Checkbox("##visible", &layer.paint.visible);
        nameControl("layers/visible/", layer.spec.name);
        ImGui::SameLine();
        // Opacity in percent, as image editors write it; wide enough to set in steps of 5.
        ImGui::SetNextItemWidth(scaled(96));
        float percent = layer.paint.opacity * 100.0f;
        if (ImGui::SliderFloat("##opacity", &percent, 0.0f, 100.0f, "%.0f%%"))
            layer.paint.opacity = std::clamp(percent / 100.0f, 0.0f, 1.0f);
        nameControl("layers/opacity/", layer.spec.name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Opacity (Ctrl+click to type a value)");
        ImGui::SameLine();
        if (ImGui::SmallButton("Zoom")) change = LayerChange{LayerChange::Kind::Zoom, i};
        ImGui::SameLine();
        if (ImGui::SmallButton("X")) change = LayerChange{LayerChange::Kind::Remove, i};
        nameControl("layers/remove/", layer.spec.name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove from the map");
        ImGui::SameLine();
        // A layer whose load needed repairs or skipped features says so, and its report shows on hover.
        const bool attention = loadReportNeedsAttention(layer.data);
        if (attention) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.45f, 0.0f, 1.0f));
        const std::string title = layerTitle(layer);
        ImGui::Selectable(attention ? (title + "  (!)").c_str() : title.c_str(), state.stylePanel.layer == i);
        if (attention) ImGui::PopStyleColor();
        if (ImGui::IsItemClicked()) state.stylePanel.layer = i;
        if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
            ImGui::TextUnformatted(title.c_str());  // whole: the row may cut it off
            if (title != layer.spec.name && !layer.spec.name.empty())
                ImGui::TextDisabled("layer \"%s\", shown by %s", layer.spec.name.c_str(), title.c_str());
            for (const std::string& line : loadReportLines(layer.data))
                ImGui::TextDisabled("%s", line.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        acceptDrop();
        ImGui::PopID();
    }
    drawLayerLoads(state);
    if (state.scene.layers.empty() && !layersLoading(state))
        ImGui::TextDisabled("No layers: add a file below or drop one on the window");

    ImGui::Separator();
    ImGui::SetNextItemWidth(scaled(220));
    const bool entered =
        ImGui::InputTextWithHint("##add", "data file, folder or .zip", state.layersPanel.addPath,
                                 sizeof state.layersPanel.addPath, ImGuiInputTextFlags_EnterReturnsTrue);
    nameControl("layers/add");
    ImGui::SameLine();
    if ((ImGui::Button("Add layer") || entered) && state.layersPanel.addPath[0] != '\0') {
        if (startLoadingFile(state, state.layersPanel.addPath)) state.layersPanel.addPath[0] = '\0';
    }
    if (ImGui::SmallButton("Browse...")) ImGui::OpenPopup("Add a layer");
    ImGui::SameLine();
    ImGui::TextDisabled("or drop files on the window");
    if (ImGui::BeginPopup("Add a layer")) {
        if (std::optional<std::string> chosen =
                drawFileBrowser(state.browsing.folder, 260, state.browsing.allFiles)) {
            startLoadingFile(state, *chosen);
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }

    if (!change) return;
    switch (change->kind) {
        case LayerChange::Kind::Move:
            moveLayer(state, renderer, change->layer, change->to);
            break;
        case LayerChange::Kind::Remove:
            removeLayer(state, renderer, change->layer);
            break;
        case LayerChange::Kind::Zoom:
            flyTo(state, cameraFor(state, state.scene.layers[change->layer].extent));
            break;
    }
}

}  // namespace bashu
