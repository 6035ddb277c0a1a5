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
    state.savedText = documentTextWithoutView(state);
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
    return serializeMapDocument(document, state.documentPath.empty() ? "map.json" : state.documentPath);
}

bool hasUnsavedChanges(const MapViewState& state) {
    return documentTextWithoutView(state) != state.savedText;
}

bool drawSaving(MapViewState& state) {
    bool saved = false;
    if (state.pressed(Key::S, true) || state.saveRequested || state.saveAsRequested) {
        const bool saveAs = state.saveAsRequested;
        state.saveRequested = state.saveAsRequested = false;
        if (!saveAs && !state.documentPath.empty() && !state.documentReadOnly) {
            const std::string error = save(state, state.documentPath);
            state.say(error.empty() ? "saved " + state.documentPath : "not saved: " + error, !error.empty());
            saved = error.empty();
            if (!saved) state.closeAfterSave = false;  // the window stays so nothing is lost
        } else {
            std::snprintf(state.savePath, sizeof state.savePath, "%s",
                          state.documentPath.empty() || state.documentReadOnly ? "map.json"
                                                                               : state.documentPath.c_str());
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
                state.say("saved " + state.documentPath);
                saved = true;
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            state.closeAfterSave = false;  // the user chose to stay
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return saved;
}

}  // namespace bashu
