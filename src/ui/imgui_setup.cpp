#include "ui/imgui_setup.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "ui/key_trickle.h"

namespace bashu {

namespace {

// The light style draws fields white on near-white; fields, checkboxes and radio buttons get a
// visible grey and popups are opaque, so controls read as controls.
void useReadableLightStyle() {
    ImGui::StyleColorsLight();
    ImVec4* colors = ImGui::GetStyle().Colors;
    colors[ImGuiCol_FrameBg] = ImVec4(0.86f, 0.86f, 0.86f, 1.0f);
    colors[ImGuiCol_FrameBgHovered] = ImVec4(0.78f, 0.84f, 0.93f, 1.0f);
    colors[ImGuiCol_FrameBgActive] = ImVec4(0.70f, 0.79f, 0.92f, 1.0f);
    colors[ImGuiCol_PopupBg] = ImVec4(0.98f, 0.98f, 0.98f, 1.0f);
    ImGui::GetStyle().FrameBorderSize = 1.0f;
}

}  // namespace

void startImGui(GlfwWindow& window, const std::string& configFolder, ImGuiSession& session) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    session.iniPath = configFolder.empty() ? "" : configFolder + "/imgui.ini";
    if (!configFolder.empty()) std::filesystem::create_directories(configFolder);
    ImGui::GetIO().IniFilename = session.iniPath.empty() ? nullptr : session.iniPath.c_str();
    useReadableLightStyle();
    int fbWidth = 0, fbHeight = 0, winWidth = 0, winHeight = 0;
    window.framebufferSize(fbWidth, fbHeight);
    window.windowSize(winWidth, winHeight);
    session.pixelRatio = winWidth > 0 ? double(fbWidth) / double(winWidth) : 1.0;
    ImGui::GetIO().FontGlobalScale = float(1.0 / session.pixelRatio);
    // A 4K screen set to 192 dpi on X11 has window coordinates in device pixels (ratio 1) and a
    // content scale of 2: the interface is drawn twice as large. Where the framebuffer itself is
    // scaled (Wayland, macOS) the ratio already carries it.
    session.uiScale = std::clamp(window.contentScale() / float(session.pixelRatio), 1.0f, 4.0f);
    ImGui::GetStyle().ScaleAllSizes(session.uiScale);
    // Desktops take 400-500 ms for a double click (GNOME 400, Windows 500); ImGui's 300 ms, timed
    // by frames that a slow software-GL frame delays, missed clicks a person made 150 ms apart.
    ImGui::GetIO().MouseDoubleClickTime = 0.5f;
    ImGui_ImplGlfw_InitForOpenGL(window.handle(), true);
    startKeyTrickle(window.handle());
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

void stopImGui(const ImGuiSession& session) {
    if (!session.iniPath.empty()) ImGui::SaveIniSettingsToDisk(session.iniPath.c_str());
    ImGui_ImplOpenGL3_Shutdown();
    stopKeyTrickle();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

}  // namespace bashu
