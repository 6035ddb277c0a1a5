#include "ui/document_saving.h"

#include <imgui.h>

#include <cstdio>

#include "core/atomic_write.h"

namespace bashu {

namespace {
constexpr const char* kSavePopup = "Save map as";

std::string save(MapViewState& state, const std::string& path) {
    const MapDocument document = currentDocument(state);
    Status written = writeTextFileAtomically(path, serializeMapDocument(document, path));
    if (!written) return written.error().message;
    state.documentPath = path;
    state.documentReadOnly = false;
    return "";
}
}  // namespace

MapDocument currentDocument(const MapViewState& state) {
    MapDocument document = state.scene.document;
    document.view = state.currentView();
    document.layers.clear();
    for (const SceneLayer& layer : state.scene.layers) {
        LayerSpec spec = layer.spec;
        spec.visible = layer.paint.visible;
        spec.opacity = layer.paint.opacity;
        document.layers.push_back(std::move(spec));
    }
    return document;
}

void drawSaving(MapViewState& state, std::vector<std::string>& messages) {
    if (state.pressed(Key::S, true)) {
        if (!state.documentPath.empty() && !state.documentReadOnly) {
            const std::string error = save(state, state.documentPath);
            messages.insert(messages.begin(),
                            error.empty() ? "saved " + state.documentPath : "not saved: " + error);
        } else {
            std::snprintf(state.savePath, sizeof state.savePath, "%s", "map.json");
            state.saveError.clear();
            ImGui::OpenPopup(kSavePopup);
        }
    }
    if (ImGui::BeginPopupModal(kSavePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("File (relative paths are from the current folder):");
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool entered =
            ImGui::InputText("##path", state.savePath, sizeof state.savePath,
                             ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        if (!state.saveError.empty())
            ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", state.saveError.c_str());
        if (ImGui::Button("Save") || entered) {
            state.saveError = save(state, state.savePath);
            if (state.saveError.empty()) {
                messages.insert(messages.begin(), "saved " + state.documentPath);
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace bashu
