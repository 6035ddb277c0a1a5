#include "ui/panel_placement.h"

#include <imgui.h>

#include <algorithm>

namespace bashu {

float statusBarHeight() { return ImGui::GetFrameHeight() + 6; }

void keepPanelOnScreen() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float top = viewport->Pos.y + ImGui::GetFrameHeight();  // below the menu bar
    const float bottom = viewport->Pos.y + viewport->Size.y - statusBarHeight();
    const float left = viewport->Pos.x, right = viewport->Pos.x + viewport->Size.x;
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImVec2 moved = pos;
    moved.x = std::max(left, std::min(pos.x, right - size.x));
    moved.y = std::max(top, std::min(pos.y, bottom - size.y));
    if (moved.x != pos.x || moved.y != pos.y) ImGui::SetWindowPos(moved);
}

}  // namespace bashu
