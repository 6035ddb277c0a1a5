#pragma once
// What the window's panels share: the scene being shown and the camera, and one struct of state
// for each panel or concern, declared in the header of the code that owns it. Those headers
// only forward-declare MapViewState, so each can be included here without a cycle.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "core/camera.h"
#include "scene/map_scene.h"
#include "ui/attribute_table_panel.h"
#include "ui/document_opening.h"
#include "ui/document_saving.h"
#include "ui/edit_history.h"
#include "ui/file_browser.h"
#include "ui/frame_input.h"
#include "ui/help_window.h"
#include "ui/inspection.h"
#include "ui/join_dialog.h"
#include "ui/layer_loading.h"
#include "ui/layer_streaming.h"
#include "ui/layers_panel.h"
#include "ui/map_context_menu.h"
#include "ui/map_export.h"
#include "ui/measure_tool.h"
#include "ui/messages.h"
#include "ui/navigation.h"
#include "ui/postgis_dialog.h"
#include "ui/search_panel.h"
#include "ui/statistics_panel.h"
#include "ui/style_panel.h"
#include "ui/workspace_layout.h"

namespace bashu {

struct MapViewState {
    MapScene scene;
    Camera camera;
    std::string crsName;            // shown in the status bar
    unsigned layersGeneration = 0;  // counts changes to the list of layers (caches key on it)
    bool fontsStale = false;        // new text to show (a map opened, a layer added): rebuild the font
    unsigned fontGeneration = 0;    // counts font rebuilds (text measured with the old one is measured again)

    WorkspaceLayout layout;
    MapArea mapArea;    // where the map is drawn; the camera's size is the area's
    MapCover mapCover;  // what the title box and the legend cover of it, as last drawn

    FrameInput input;
    NavigationState navigation;
    SelectionState selection;
    MessageLog messages;
    LayerLoads loading;
    LayerStreams streams;
    DocumentFile documentFile;
    EditHistory history;
    OpenDialog opening;
    SaveDialog saving;
    ExportDialog exportDialog;
    JoinDialog joinDialog;
    PostgisDialog postgisDialog;
    FileBrowsing browsing;  // shared by "Open map" and the layers panel's "Add layer"
    LayersPanelState layersPanel;
    StylePanelState stylePanel;
    StatisticsPanelState statisticsPanel;
    SearchPanelState search;
    ContextMenuState contextMenu;
    HelpState help;
    MeasureState measure;
    AttributeTableState attributeTable;

    /// Shows all visible layers, none of them under the title box or the legend.
    void fitAll() {
        camera =
            fitUncovered(shownExtent(scene.layers), camera.width, camera.height, navigation.margin, mapCover);
    }
    // Frames left in which a change of what the panels cover places the map's first view again
    // (a map just opened: its first frames draw the title box and the legend).
    int placingFrames = 0;

    /// The part of the map a view is saved of and shown in: below the title box, which an
    /// export draws as a band above the map (saved with it, the export had an empty band and a
    /// half-size map), but under the legend too, which an export places anew (left out, an
    /// export cut off all the window showed beside and above the legend).
    FreePart viewedPart() const {
        return freePartOf(camera.width, camera.height, MapCover{mapCover.top, 0.0, 0.0});
    }

    /// The view the camera shows below the title box, as a document stores it (viewedPart).
    std::optional<MapView> currentView() const {
        if (!scene.toLonLat) return std::nullopt;
        const FreePart free = viewedPart();
        MapView view;
        camera.pixelToMap(0.5 * (free.left + free.right), 0.5 * (free.top + free.bottom), view.centerLon,
                          view.centerLat);
        scene.toLonLat(view.centerLon, view.centerLat);
        view.width = camera.unitsPerPixel * free.width();
        view.height = camera.unitsPerPixel * free.height();
        if (!std::isfinite(view.centerLon) || !std::isfinite(view.centerLat)) return std::nullopt;
        return view;
    }

    /// Shows a stored view (centre and width) where it was saved from (viewedPart).
    void showView(const MapView& view) {
        double x = view.centerLon, y = view.centerLat;
        if (!scene.fromLonLat) return;
        scene.fromLonLat(x, y);
        if (!std::isfinite(x) || !std::isfinite(y) || !(view.width > 0)) return;
        const FreePart free = viewedPart();
        camera.unitsPerPixel = view.width / std::max(free.width(), 1.0);
        if (view.height > 0)
            camera.unitsPerPixel = std::max(camera.unitsPerPixel, view.height / std::max(free.height(), 1.0));
        camera.centerX = x - (0.5 * (free.left + free.right) - 0.5 * camera.width) * camera.unitsPerPixel;
        camera.centerY = y + (0.5 * (free.top + free.bottom) - 0.5 * camera.height) * camera.unitsPerPixel;
    }

    /// A map's first view: its saved view, else all its layers.
    void placeFirstView() {
        fitAll();
        if (scene.document.view) showView(*scene.document.view);
    }
};

}  // namespace bashu
