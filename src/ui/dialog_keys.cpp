#include "ui/dialog_keys.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClosePopupsExceptModals: 1.86 has no public way to close a menu

namespace bashu {

bool dialogConfirmKey() {
    return !ImGui::GetIO().WantTextInput &&
           (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

bool dialogCancelKey() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

void closeMenusOnEscape() {
    if (dialogCancelKey() && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        ImGui::ClosePopupsExceptModals();
}

bool popupClosedThisFrame(bool& popupWasOpen) {
    const bool open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    const bool closed = popupWasOpen && !open;
    popupWasOpen = open;
    return closed;
}

}  // namespace bashu
