#pragma once
// Dear ImGui on the map window: started once the window and its GL context exist, stopped
// before they go.
#include <string>

#include "platform/glfw_window.h"

namespace bashu {

/// What starting ImGui leaves for the window loop and for stopping it.
struct ImGuiSession {
    // The panel layout, kept beside the settings (empty: not kept). ImGui holds a pointer to
    // it, so the session outlives the context.
    std::string iniPath;
    double pixelRatio = 1.0;  // framebuffer pixels per window coordinate (high-DPI screens)
    float uiScale = 1.0f;  // the monitor's content scale beyond the pixel ratio: fonts and sizes grow by it
};

/// Creates ImGui's context, with a light style whose controls read as controls, and its GLFW and
/// OpenGL backends; the layout is kept in `configFolder` (none when empty).
void startImGui(GlfwWindow& window, const std::string& configFolder, ImGuiSession& session);

/// Saves the panel layout (where it is kept) and destroys the context and its backends.
void stopImGui(const ImGuiSession& session);

}  // namespace bashu
