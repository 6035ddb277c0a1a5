#include "ui/main_menu.h"

#include <imgui.h>

#include "ui/map_view_state.h"
#include "ui/window_report.h"

namespace bashu {

bool drawMainMenu(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open) {
    bool quit = false;
    if (!ImGui::BeginMainMenuBar()) return false;
    if (ImGui::BeginMenu("File")) {
        state.opening.requested |= ImGui::MenuItem("Open...", "Ctrl+O");
        if (ImGui::BeginMenu("Open recent", !settings.recentFiles.empty())) {
            std::string chosen;
            for (const std::string& recent : settings.recentFiles)
                if (ImGui::MenuItem(recent.c_str())) chosen = recent;
            ImGui::EndMenu();
            if (!chosen.empty()) openMapFile(state, renderer, settings, open, chosen);
        }
        ImGui::Separator();
        state.saving.requested |= ImGui::MenuItem("Save", "Ctrl+S");
        state.saving.asRequested |= ImGui::MenuItem("Save as...");
        state.exportDialog.requested |= ImGui::MenuItem("Export image...", "Ctrl+E");
        ImGui::Separator();
        quit = ImGui::MenuItem("Quit", "Ctrl+Q");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        if (ImGui::MenuItem("Undo", "Ctrl+Z", false, !state.history.undo.empty()))
            (void)undoEdit(state, renderer);
        if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, !state.history.redo.empty()))
            (void)redoEdit(state, renderer);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Data")) {
        if (ImGui::MenuItem("Join a table...")) requestJoinDialog(state);
        nameControl("menu/data/join");
        if (ImGui::MenuItem("Add from PostGIS...")) requestPostgisDialog(state);
        nameControl("menu/data/postgis");
        ImGui::EndMenu();
    }
    nameControl("menu/data");
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Show all layers", "Home")) state.fitAll();
        state.search.focus |= ImGui::MenuItem("Search", "Ctrl+F");
        if (ImGui::MenuItem("Messages")) state.messages.reveal = true;
        ImGui::MenuItem("Map title and note", nullptr, &state.layout.mapTitleShown);
        ImGui::MenuItem("Attribute table", "Ctrl+T", &state.layout.tableShown);
        ImGui::Separator();
        if (ImGui::MenuItem("Measure distance", "M")) startMeasure(state, MeasureState::Mode::Distance);
        if (ImGui::MenuItem("Measure area", "Shift+M")) startMeasure(state, MeasureState::Mode::Area);
        ImGui::Separator();
        if (ImGui::MenuItem("Reset layout")) resetLayout(state.layout);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        ImGui::MenuItem("Shortcuts and mouse", "F1", &state.help.shortcutsShown);
        ImGui::MenuItem("About Bashu Atlas", nullptr, &state.help.aboutShown);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
    return quit;
}

}  // namespace bashu
