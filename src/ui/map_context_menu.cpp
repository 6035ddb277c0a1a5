#include "ui/map_context_menu.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "proj/transform.h"
#include "ui/inspection.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"
#include "ui/navigation.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
constexpr const char* kPopup = "##map menu";

std::string formatted(const char* format, double a, double b) {
    char text[96];
    std::snprintf(text, sizeof text, format, a, b);
    return text;
}

// The camera after zooming by `factor` about the menu's point (its pixel stays put), or centred on it.
Camera zoomedAbout(const MapViewState& state, double factor) {
    Camera camera = state.camera;
    camera.zoomAbout(state.contextMenu.pixelX, state.contextMenu.pixelY, factor);
    keepZoomInBounds(camera, state.scene.layers, state.contextMenu.pixelX, state.contextMenu.pixelY);
    return camera;
}
}  // namespace

std::string lonLatText(double lon, double lat) { return formatted("%.6f, %.6f", lon, lat); }

std::string mapCoordinatesText(double x, double y, bool degrees) {
    return formatted(degrees ? "%.6f, %.6f" : "%.2f, %.2f", x, y);
}

bool drawMapContextMenu(MapViewState& state) {
    ContextMenuState& menu = state.contextMenu;
    if (state.navigation.cursorOverMap && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        menu.pixelX = state.navigation.cursorX;
        menu.pixelY = state.navigation.cursorY;
        state.camera.pixelToMap(menu.pixelX, menu.pixelY, menu.mapX, menu.mapY);
        menu.lon = menu.mapX;
        menu.lat = menu.mapY;
        if (state.scene.toLonLat)
            state.scene.toLonLat(menu.lon, menu.lat);
        else
            menu.lon = menu.lat = std::nan("");
        menu.mapText = mapCoordinatesText(menu.mapX, menu.mapY, isLonLatCrs(state.scene.mapCrs));
        ImGui::OpenPopup(kPopup);
    }
    if (!ImGui::BeginPopup(kPopup)) return false;
    bool selectionChanged = false;
    const bool whatIsHere = ImGui::MenuItem("What is here");
    nameControl("map menu/what is here");
    if (whatIsHere) {
        state.selection.here = featuresAt(state, menu.mapX, menu.mapY);
        const std::optional<FeatureRef> before = state.selection.selected;
        // Opened on the feature a click there would have chosen (the district, not the region).
        state.selection.selected = featureUnder(state, menu.mapX, menu.mapY);
        if (state.selection.here.empty())
            state.messages.say("nothing here: no feature of a shown layer under the point");
        selectionChanged = before != state.selection.selected;
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Zoom in here")) flyTo(state, zoomedAbout(state, 2.0));
    nameControl("map menu/zoom in here");
    if (ImGui::MenuItem("Zoom out here")) flyTo(state, zoomedAbout(state, 0.5));
    if (ImGui::MenuItem("Centre here")) {
        Camera camera = state.camera;
        camera.centerX = menu.mapX;
        camera.centerY = menu.mapY;
        flyTo(state, camera);
    }
    ImGui::Separator();
    if (std::isfinite(menu.lon) && std::isfinite(menu.lat)) {
        const std::string text = lonLatText(menu.lon, menu.lat);
        if (ImGui::MenuItem(("Copy longitude, latitude  " + text).c_str())) {
            ImGui::SetClipboardText(text.c_str());
            state.messages.say("copied " + text + " (longitude, latitude in degrees)");
        }
    }
    const std::string& mapText = menu.mapText;
    if (ImGui::MenuItem(("Copy map coordinates  " + mapText).c_str())) {
        ImGui::SetClipboardText(mapText.c_str());
        state.messages.say("copied " + mapText + " (" + state.crsName + ")");
    }
    ImGui::EndPopup();
    return selectionChanged;
}

}  // namespace bashu
