#include "ui/document_saving.h"

#include <imgui.h>

#include <cstdio>

#include "ui/dialog_keys.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {
constexpr const char* kSavePopup = "Save map as";

std::string save(MapViewState& state, const std::string& path) {
    const MapDocument document = currentDocument(state);
    Status written = saveMapDocument(document, path);
    if (!written) return written.error().message;
    state.documentFile.path = path;
    state.documentFile.readOnly = false;
    state.documentFile.savedText = documentTextWithoutView(state);
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

std::string documentTextWithoutView(const MapViewState& state) {
    MapDocument document = currentDocument(state);
    document.view.reset();
    return serializeMapDocument(document,
                                state.documentFile.path.empty() ? "map.json" : state.documentFile.path);
}

bool hasUnsavedChanges(const MapViewState& state) {
    return documentTextWithoutView(state) != state.documentFile.savedText;
}

bool drawSaving(MapViewState& state) {
    bool saved = false;
    if (state.input.pressed(Key::S, true) || state.saving.requested || state.saving.asRequested) {
        const bool saveAs = state.saving.asRequested;
        state.saving.requested = state.saving.asRequested = false;
        if (!saveAs && !state.documentFile.path.empty() && !state.documentFile.readOnly) {
            const std::string error = save(state, state.documentFile.path);
            state.messages.say(error.empty() ? "saved " + state.documentFile.path : "not saved: " + error,
                               !error.empty());
            saved = error.empty();
            if (!saved) state.saving.closeAfterSave = false;  // the window stays so nothing is lost
        } else {
            std::snprintf(state.saving.path, sizeof state.saving.path, "%s",
                          state.documentFile.path.empty() || state.documentFile.readOnly
                              ? "map.json"
                              : state.documentFile.path.c_str());
            state.saving.error.clear();
            ImGui::OpenPopup(kSavePopup);
        }
    }
    if (ImGui::BeginPopupModal(kSavePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("File (relative paths are from the current folder):");
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool entered =
            ImGui::InputText("##path", state.saving.path, sizeof state.saving.path,
                             ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        if (!state.saving.error.empty())
            ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", state.saving.error.c_str());
        if (ImGui::Button("Save") || entered || dialogConfirmKey()) {
            state.saving.error = save(state, state.saving.path);
            if (state.saving.error.empty()) {
                state.messages.say("saved " + state.documentFile.path);
                saved = true;
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || dialogCancelKey()) {
            state.saving.closeAfterSave = false;  // the user chose to stay
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return saved;
}

}  // namespace bashu
