#include "ui/messages.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <iostream>

#include "ui/workspace_layout.h"

namespace bashu {

void MessageLog::say(std::string text, bool error) {
    if (error) std::cerr << "error: " << text << std::endl;
    entries.insert(entries.begin(), Message{std::move(text), error});
    reveal = reveal || error;
}

void drawMessages(MessageLog& log, const MapArea& area) {
    if (log.entries.empty()) return;
    // At the map's bottom left, where the legend (bottom right) and the feature details (top
    // right) are not; as wide as half the map at most, its lines wrapped.
    anchorNextWindow(area, 0.0f, 1.0f);
    ImGui::SetNextWindowSize(ImVec2(std::min(420.0f, 0.5f * area.width), 0), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, 0.4f * area.height));
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    // An error is never hidden in a collapsed window. (Opened, not focused: focusing it would
    // close a dialog that is showing the same error.)
    if (log.reveal) {
        ImGui::SetNextWindowCollapsed(false);
        log.reveal = false;
    }
    ImGui::Begin("Messages", nullptr, ImGuiWindowFlags_NoMove);
    // Wrapped, errors too: a long path and its reason must be read whole (they were cut off).
    for (const Message& m : log.entries) {
        if (m.error) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s", m.text.c_str());
        if (m.error) ImGui::PopStyleColor();
    }
    ImGui::End();
}

void drawErrorText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
    // At the panel's edge, or 36 letters wide in a dialog that grows to fit what it holds.
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() +
                           std::min(ImGui::GetContentRegionAvail().x, 36.0f * ImGui::GetFontSize()));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace bashu
