#include "ui/document_saving.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "ui/dialog_keys.h"
#include "ui/file_defaults.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr const char* kSavePopup = "Save map as";

std::string currentFolder() {
    std::error_code ec;
    const std::filesystem::path here = std::filesystem::current_path(ec);
    return ec ? std::string(".") : here.string();
}

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

std::string firstDataFile(const MapViewState& state) {
    return state.scene.layers.empty() ? std::string() : state.scene.layers.front().spec.source;
}

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

std::string documentText(const MapDocument& document, const MapViewState& state) {
    return serializeMapDocument(document,
                                state.documentFile.path.empty() ? "map.json" : state.documentFile.path);
}

std::string documentTextWithoutView(const MapViewState& state) {
    MapDocument document = currentDocument(state);
    document.view.reset();
    return documentText(document, state);
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
            const std::string proposed = proposedDocumentPath(
                state.documentFile.path, state.documentFile.readOnly, firstDataFile(state));
            std::snprintf(state.saving.path, sizeof state.saving.path, "%s", proposed.c_str());
            state.saving.error.clear();
            state.saving.replacing.clear();
            ImGui::OpenPopup(kSavePopup);
        }
    }
    if (ImGui::BeginPopupModal(kSavePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (state.documentFile.readOnly)
            ImGui::TextUnformatted("The built-in maps are not written over: save a copy of your own.");
        ImGui::Text("File (a relative path is from %s):", currentFolder().c_str());
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool entered =
            ImGui::InputText("##path", state.saving.path, sizeof state.saving.path,
                             ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        if (!state.saving.error.empty()) drawErrorText(state.saving.error);
        // A file already there that is not the map's own is named before it is replaced.
        const bool replacingShown =
            !state.saving.replacing.empty() && state.saving.replacing == state.saving.path;
        if (replacingShown)
            ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.0f, 1), "%s exists: Replace writes over it.",
                               state.saving.path);
        bool go = ImGui::Button(replacingShown ? "Replace" : "Save") || entered || dialogConfirmKey();
        nameControl("save/save");
        if (go && !replacingShown && replacingAsks(state.saving.path, state.documentFile.path)) {
            state.saving.replacing = state.saving.path;
            go = false;
        }
        if (go) {
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
