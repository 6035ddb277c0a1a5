#include "ui/main_menu.h"

#include <imgui.h>

namespace bashu {

bool drawMainMenu(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open) {
    bool quit = false;
    if (!ImGui::BeginMainMenuBar()) return false;
    if (ImGui::BeginMenu("File")) {
        state.openRequested |= ImGui::MenuItem("Open...", "Ctrl+O");
        if (ImGui::BeginMenu("Open recent", !settings.recentFiles.empty())) {
            std::string chosen;
            for (const std::string& recent : settings.recentFiles)
                if (ImGui::MenuItem(recent.c_str())) chosen = recent;
            ImGui::EndMenu();
            if (!chosen.empty()) openMapFile(state, renderer, settings, open, chosen);
        }
        ImGui::Separator();
        state.saveRequested |= ImGui::MenuItem("Save", "Ctrl+S");
        state.saveAsRequested |= ImGui::MenuItem("Save as...");
        state.exportRequested |= ImGui::MenuItem("Export image...", "Ctrl+E");
        ImGui::Separator();
        quit = ImGui::MenuItem("Quit", "Ctrl+Q");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Show all layers", "Home")) state.fitAll();
        state.focusSearch |= ImGui::MenuItem("Search", "Ctrl+F");
        if (ImGui::MenuItem("Messages")) state.revealMessages = true;
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
    return quit;
}

}  // namespace bashu
