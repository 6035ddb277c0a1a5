#include "ui/imgui_setup.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <filesystem>

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
    ImGui_ImplGlfw_InitForOpenGL(window.handle(), true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

void stopImGui(const ImGuiSession& session) {
    if (!session.iniPath.empty()) ImGui::SaveIniSettingsToDisk(session.iniPath.c_str());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
}

}  // namespace bashu
