#include "ui/key_trickle.h"

#include <GLFW/glfw3.h>

#include <deque>

namespace bashu {

namespace {

struct KeyEvent {
    int key, scancode, action, mods;
};

struct KeyTrickle {
    GLFWwindow* window = nullptr;
    GLFWkeyfun imgui = nullptr;  // the backend's callback
    bool changed = false;        // a key went down or up since the last frame
    std::deque<KeyEvent> waiting;
};

KeyTrickle& trickle() {
    static KeyTrickle state;
    return state;
}

// Hands over the next event if no key has changed since the last frame: one change a frame, so
// Ctrl goes down a frame before S, and Backspace is seen before the Enter typed after it.
void deliver() {
    KeyTrickle& t = trickle();
    if (t.changed || t.waiting.empty()) return;
    const KeyEvent e = t.waiting.front();
    t.waiting.pop_front();
    t.changed = true;
    if (t.imgui) t.imgui(t.window, e.key, e.scancode, e.action, e.mods);
}

void onKey(GLFWwindow*, int key, int scancode, int action, int mods) {
    trickle().waiting.push_back({key, scancode, action, mods});
    deliver();
}

}  // namespace

void startKeyTrickle(GLFWwindow* window) {
    trickle() = KeyTrickle{};
    trickle().window = window;
    trickle().imgui = glfwSetKeyCallback(window, onKey);
}

void keysAfterFrame() {
    trickle().changed = false;
    deliver();
}

bool keysWaiting() { return !trickle().waiting.empty(); }

void stopKeyTrickle() {
    KeyTrickle& t = trickle();
    for (const KeyEvent& e : t.waiting)
        if (t.imgui) t.imgui(t.window, e.key, e.scancode, e.action, e.mods);
    trickle() = KeyTrickle{};  // the backend's shutdown puts back the callback it stood in front of
}

}  // namespace bashu
