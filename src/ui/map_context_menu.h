#pragma once
// The map's right-click menu: zoom in or out about the point, centre on it, copy its coordinates
// (longitude/latitude and the map CRS's), and "What is here": every feature under the point,
// across the layers (the topmost alone answers a left click).
#include <string>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// Where the menu was opened.
struct ContextMenuState {
    double pixelX = 0.0, pixelY = 0.0;  // the camera's pixels
    double mapX = 0.0, mapY = 0.0;      // map CRS
    double lon = 0.0, lat = 0.0;        // NaN where the map CRS has none
    std::string mapText;                // the map coordinates as copied, worked out once on opening
};

/// Opens the menu on a right click over the map and acts on its items. Returns whether the
/// selection changed ("What is here" selects the topmost feature).
bool drawMapContextMenu(MapViewState& state);

/// The text "Copy coordinates" puts on the clipboard: "lon, lat" in degrees (6 decimals, about
/// 0.1 m), or the map CRS's "x, y" (2 decimals in metres; 6 in degrees).
std::string lonLatText(double lon, double lat);
std::string mapCoordinatesText(double x, double y, bool degrees);

}  // namespace bashu
