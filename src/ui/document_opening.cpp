#include "ui/document_opening.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>

#include "ui/dialog_keys.h"
#include "ui/document_saving.h"
#include "ui/file_browser.h"
#include "ui/layer_loading.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr const char* kOpenPopup = "Open map";
}  // namespace

void showOpenedMap(MapViewState& state, MapRenderer& renderer, OpenedMap map) {
    cancelLayerLoads(state);  // they were for the map being replaced
    state.scene = std::move(map.scene);
    state.documentFile.path = std::move(map.documentPath);
    state.documentFile.readOnly = map.readOnly;
    // Open and Add layer browse from the map's folder next, not from where the program started.
    if (!state.documentFile.path.empty())
        state.browsing.folder = std::filesystem::absolute(state.documentFile.path).parent_path().string();
    state.navigation.flight.reset();
    state.stylePanel.playing = false;
    state.stylePanel.error.clear();
    uploadScene(state, renderer);
    state.placeFirstView();
    state.placingFrames = 3;  // placed again once the title box and the legend are drawn
    state.documentFile.savedText = documentTextWithoutView(state);
    startHistory(state);
    for (const std::string& w : state.scene.warnings) state.messages.say(w);
    // What each statistics table matched, so a saved join's coverage is seen again on opening.
    // (The newest message is listed first: the report is said from its end.)
    for (const SceneLayer& layer : state.scene.layers)
        for (size_t i = layer.joinReport.size(); i-- > 0;) state.messages.say(layer.joinReport[i]);
    if (map.firstLoad)
        state.loading.queue.push_back(std::move(*map.firstLoad));
    else if (!map.layersToLoad.empty())  // what could not be read is said once the rest has loaded
        startLoadingLayers(state, map.loadingLabel, std::move(map.layersToLoad), /*opensTheMap=*/true,
                           std::move(map.leftOut));
    else
        for (const std::string& problem : map.leftOut) state.messages.say("not opened: " + problem, true);
}

bool openMapFile(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open,
                 const std::string& path) {
    Result<OpenedMap> map = open(path);
    if (!map) {
        state.messages.say("not opened: " + map.error().message, true);
        return false;
    }
    showOpenedMap(state, renderer, std::move(*map));
    if (Status saved = recordRecentFile(settings, path); !saved)
        state.messages.say("recent maps not saved: " + saved.error().message);
    state.messages.say("opened " + path);
    return true;
}

void drawOpenDialog(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open) {
    if (state.input.pressed(Key::O, true) || state.opening.requested) {
        state.opening.requested = false;
        state.opening.error.clear();
        ImGui::OpenPopup(kOpenPopup);
    }
    if (!ImGui::BeginPopupModal(kOpenPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(
        "Map document (.json), data file, folder (.gdb, Shapefiles) or .zip (relative paths are from the "
        "current folder):");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(scaled(520));
    const bool entered =
        ImGui::InputText("##path", state.opening.path, sizeof state.opening.path,
                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    std::string chosen;
    const bool openPressed = ImGui::Button("Open");
    nameControl("open/open");
    if ((openPressed || entered || dialogConfirmKey()) && state.opening.path[0] != '\0')
        chosen = state.opening.path;
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || dialogCancelKey()) ImGui::CloseCurrentPopup();
    if (std::optional<std::string> browsed =
            drawFileBrowser(state.browsing.folder, 220, state.browsing.allFiles))
        chosen = *browsed;
    if (!settings.recentFiles.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("Recent maps");
        for (const std::string& recent : settings.recentFiles)
            if (ImGui::Selectable(recent.c_str())) chosen = recent;
    }
    if (hasUnsavedChanges(state))
        ImGui::TextColored(ImVec4(0.7f, 0.35f, 0.0f, 1),
                           "The current map has unsaved changes (Ctrl+S saves them).");
    if (!state.opening.error.empty()) drawErrorText(state.opening.error);
    if (!chosen.empty()) {
        if (openMapFile(state, renderer, settings, open, chosen))
            ImGui::CloseCurrentPopup();
        else
            state.opening.error = state.messages.entries.front().text;
    }
    ImGui::EndPopup();
}

}  // namespace bashu
