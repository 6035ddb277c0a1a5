#pragma once
// This frame's input as the window loop takes it before the panels draw: the left press that
// navigation reads, and the key presses the panels' shortcuts read.
#include <vector>

#include "platform/glfw_window.h"
#include "ui/navigation.h"

namespace bashu {

/// This frame's input that the panels act on.
struct FrameInput {
    bool clicked = false;        // a click (press and release without dragging) this frame
    std::vector<KeyPress> keys;  // key presses this frame (none while a text field has focus)

    /// Whether `key` (with Ctrl when asked) was pressed this frame.
    bool pressed(Key key, bool ctrl = false) const {
        for (const KeyPress& k : keys)
            if (k.key == key && k.ctrl == ctrl) return true;
        return false;
    }

    /// Whether `key` was pressed with exactly these modifiers (Ctrl+Z is not Ctrl+Shift+Z).
    bool pressedWith(Key key, bool ctrl, bool shift) const {
        for (const KeyPress& k : keys)
            if (k.key == key && k.ctrl == ctrl && k.shift == shift) return true;
        return false;
    }
};

/// Takes this frame's left press and key presses from the window, inside an ImGui frame. While a
/// text field has the keyboard only Ctrl shortcuts reach the map. Returns whether any input came
/// (a press, keys, the wheel, the mouse moving or released, typed characters), to keep drawing a
/// few frames after it.
bool takeFrameInput(GlfwWindow& window, FrameInput& input, PointerPress& press);

}  // namespace bashu
