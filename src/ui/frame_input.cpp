#include "ui/frame_input.h"

#include <imgui.h>

namespace bashu {

bool takeFrameInput(GlfwWindow& window, FrameInput& input, PointerPress& press) {
    press.happened = window.takeLeftPress(press.x, press.y, press.shift);
    input.keys = window.takeKeyPresses();
    const ImGuiIO& io = ImGui::GetIO();
    const bool any = press.happened || !input.keys.empty() || io.MouseWheel != 0.0f ||
                     io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f ||
                     ImGui::IsMouseReleased(ImGuiMouseButton_Left) || io.InputQueueCharacters.Size > 0;
    // Shortcuts go to the map only while no text field has the keyboard.
    if (io.WantTextInput) std::erase_if(input.keys, [](const KeyPress& k) { return !k.ctrl; });
    return any;
}

}  // namespace bashu
