#include "ui/close_prompt.h"

#include <imgui.h>

#include <filesystem>

#include "ui/dialog_keys.h"
#include "ui/document_saving.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {
constexpr const char* kClosePopup = "Unsaved changes";
}  // namespace

bool confirmClose(MapViewState& state, bool closeRequested, bool savedThisFrame) {
    if (savedThisFrame && state.saving.closeAfterSave) return true;
    if (closeRequested) {
        if (!hasUnsavedChanges(state)) return true;
        ImGui::OpenPopup(kClosePopup);
    }
    bool close = false;
    if (ImGui::BeginPopupModal(kClosePopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const std::string name = state.documentFile.path.empty() || state.documentFile.readOnly
                                     ? std::string("this map")
                                     : std::filesystem::path(state.documentFile.path).filename().string();
        ImGui::Text("Save the changes to %s before closing?", name.c_str());
        if (ImGui::Button("Save") || dialogConfirmKey()) {  // Enter saves: nothing is lost by it
            // Saving may need a file name first; the window closes once the save went through.
            state.saving.requested = true;
            state.saving.closeAfterSave = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Close without saving")) close = true;
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || dialogCancelKey()) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    return close;
}

}  // namespace bashu
