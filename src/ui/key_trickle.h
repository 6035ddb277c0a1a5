#pragma once
// Key events handed to ImGui one a frame. ImGui 1.86 (Debian 12's) reads each key as down or up
// when a frame begins, so a key pressed and released between two frames (a quick tap while the
// window is busy drawing or loading, a key a script sends) was never seen, and keys pressed in
// one frame were seen in the order the interface happens to ask for them. Events that come
// faster wait, in order, a frame each (text typed is not held: ImGui queues characters itself).
typedef struct GLFWwindow GLFWwindow;

namespace bashu {

/// Stands in front of the key callback ImGui's GLFW backend installed on `window`.
void startKeyTrickle(GLFWwindow* window);
/// Hands ImGui what waited for this frame, now drawn (call before waiting for input).
void keysAfterFrame();
/// Whether key events still wait: the window draws another frame for them.
bool keysWaiting();
/// Hands ImGui every event that waits, and stands aside.
void stopKeyTrickle();

}  // namespace bashu
