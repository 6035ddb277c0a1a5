#include "ui/messages.h"

#include <imgui.h>

#include "ui/panel_placement.h"

namespace bashu {

void drawMessages(MessageLog& log) {
    if (log.entries.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - 10, 30), ImGuiCond_FirstUseEver, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    // An error is never hidden in a collapsed window. (Opened, not focused: focusing it would
    // close a dialog that is showing the same error.)
    if (log.reveal) {
        ImGui::SetNextWindowCollapsed(false);
        log.reveal = false;
    }
    ImGui::Begin("Messages");
    keepPanelOnScreen();
    // Wrapped, errors too: a long path and its reason must be read whole (they were cut off).
    for (const Message& m : log.entries) {
        if (m.error) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s", m.text.c_str());
        if (m.error) ImGui::PopStyleColor();
    }
    ImGui::End();
}

}  // namespace bashu
