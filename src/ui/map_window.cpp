#include "ui/map_window.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "carto/legend_model.h"
#include "platform/glfw_window.h"
#include "render/map_renderer.h"
#include "scene/document_inputs.h"
#include "scene/postgis_layer.h"
#include "ui/attribute_table_panel.h"
#include "ui/close_prompt.h"
#include "ui/dialog_keys.h"
#include "ui/document_saving.h"
#include "ui/frame_input.h"
#include "ui/imgui_setup.h"
#include "ui/inspection.h"
#include "ui/key_trickle.h"
#include "ui/layer_loading.h"
#include "ui/layers_panel.h"
#include "ui/legend_panel.h"
#include "ui/main_menu.h"
#include "ui/map_drawing.h"
#include "ui/map_export.h"
#include "ui/map_labels.h"
#include "ui/map_title.h"
#include "ui/map_view_state.h"
#include "ui/measure_tool.h"
#include "ui/messages.h"
#include "ui/navigation.h"
#include "ui/search_panel.h"
#include "ui/server_inspection.h"
#include "ui/settings.h"
#include "ui/statistics_panel.h"
#include "ui/status_bar.h"
#include "ui/style_panel.h"
#include "ui/window_font.h"
#include "ui/window_report.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {

// After the last wheel notch or key press the map counts as moving this long: the image is only
// moved and scaled, and drawn again once the movement has settled.
constexpr double kSettleSeconds = 0.15;

// Frames drawn with nothing under way before the window counts as idle and waits for input: ImGui
// lays out a window that appears (a message, a popup) over the frame after, and a new layer's row
// is sized in the next.
constexpr int kCalmFramesBeforeIdle = 2;

// The window loop: what it works with, and what it keeps between frames beside the panels' state.
struct MapWindow {
    MapWindow(GlfwWindow& glfwWindow, MapRenderer& mapRenderer, UiSettings& uiSettings,
              const MapOpener& opener, double ratio)
        : window(glfwWindow), renderer(mapRenderer), settings(uiSettings), open(opener), pixelRatio(ratio) {}

    GlfwWindow& window;
    MapRenderer& renderer;
    UiSettings& settings;
    const MapOpener& open;
    const double pixelRatio;
    MapViewState state;
    MapDrawing drawing;
    int fbWidth = 0, fbHeight = 0;
    int framesAfterInput = 0;   // frames still drawn at once after input
    int calmFrames = 0;         // frames in a row drawn with nothing under way
    bool popupWasOpen = false;  // a popup or dialog was open in the last frame
    double lastMove = -1.0;     // ImGui time of the last camera change
    std::string shownTitle = "Bashu Atlas";
};

// The map's area for the window's size now (the sidebar's width corrected to fit it); the camera
// takes its size.
void placeMap(MapWindow& w) {
    int width = 0, height = 0;
    w.window.windowSize(width, height);
    w.state.mapArea = placeMapArea(w.state.layout, float(width), float(height), w.pixelRatio);
    w.state.camera.resize(w.state.mapArea.pixelWidth(), w.state.mapArea.pixelHeight());
}

// Shows the map the window was opened with, and what loading the settings had to say.
void showFirstMap(MapWindow& w, OpenedMap map, const std::string& settingsWarning) {
    w.window.framebufferSize(w.fbWidth, w.fbHeight);
    placeMap(w);  // the first view fits the map's area, not the whole window
    const std::string openedPath = map.documentPath;
    showOpenedMap(w.state, w.renderer, std::move(map));
    if (!settingsWarning.empty()) w.state.messages.say(settingsWarning, true);
    // A sample opened by name is a recent map too (read-only: saving it asks for a new file).
    if (!openedPath.empty()) (void)recordRecentFile(w.settings, openedPath);
}

// What makes frames follow at once: a flight, play, a drag, loads or a join under way, or input just
// taken (ImGui shows some changes, a checkbox ticked on release, a popup opening, a frame after
// the input). Asked every frame, so it builds nothing.
bool busy(const MapWindow& w) {
    return w.state.navigation.flight || w.state.stylePanel.playing || w.framesAfterInput > 0 ||
           w.state.navigation.dragStart || layersLoading(w.state) || layersStreaming(w.state) ||
           serverLookupRunning(w.state) || serverSearchRunning(w.state) || joinUnderWay(w.state) ||
           postgisListing(w.state);
}

// The same, in words, for the window report.
std::vector<std::string> underWay(const MapWindow& w) {
    std::vector<std::string> reasons;
    if (w.state.navigation.flight) reasons.emplace_back("flight");
    if (w.state.stylePanel.playing) reasons.emplace_back("play");
    if (w.framesAfterInput > 0) reasons.emplace_back("input");
    if (w.state.navigation.dragStart) reasons.emplace_back("drag");
    if (layersLoading(w.state)) reasons.emplace_back("loading");
    if (layersStreaming(w.state)) reasons.emplace_back("streaming");
    if (joinUnderWay(w.state)) reasons.emplace_back("joining");
    return reasons;
}

// Whether the map moved a moment ago: it is drawn again, in full, once the movement settles.
bool settling(const MapWindow& w) {
    return ImGui::GetCurrentContext() && ImGui::GetTime() - w.lastMove < kSettleSeconds;
}

// Sleeps until input arrives, or as long as what is under way allows (animations, loads, a
// blinking text cursor, a status message to take down): an idle window draws nothing and uses no
// CPU. Returns false while the window is minimised (no frame to draw).
bool waitForFrame(MapWindow& w) {
    keysAfterFrame();
    std::optional<double> wait = secondsUntilStatusChanges(w.state);
    const auto atMost = [&wait](double seconds) { wait = std::min(wait.value_or(seconds), seconds); };
    if (busy(w) || w.calmFrames < kCalmFramesBeforeIdle || keysWaiting()) atMost(0.016);
    if (settling(w)) atMost(0.03);
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) atMost(0.5);  // the cursor blinks
    w.window.waitEvents(wait);
    if (w.framesAfterInput > 0) --w.framesAfterInput;
    w.window.framebufferSize(w.fbWidth, w.fbHeight);
    if (w.fbWidth <= 0 || w.fbHeight <= 0) return false;
    placeMap(w);
    return true;
}

// Files dropped on the window: a map document opens in place of the map, a table of statistics
// opens Join a table, data files are added.
void takeDroppedFiles(MapWindow& w) {
    for (const std::string& path : w.window.takeDroppedPaths()) {
        if (isMapDocument(path))
            openMapFile(w.state, w.renderer, w.settings, w.open, path);
        else if (isStatisticsTable(path))
            requestJoinDialog(w.state, path);  // statistics to join to the map, not a layer
        else
            startLoadingFile(w.state, path);
    }
}

// Sends what a style change touched to the renderer (the meshes stay as they are).
void sendStyleChange(MapViewState& state, MapRenderer& renderer, const StyleChange& style) {
    for (size_t other : style.others) {
        const SceneLayer& layer = state.scene.layers[other];
        renderer.setFeatureColors(other, layer.featureColors);
        renderer.setFeatureDashes(other, layer.featureDashes);
        renderer.setFeatureSizes(other, layer.featureSizes);
    }
    if (!style.colors && !style.sizes) return;
    const size_t index = state.stylePanel.layer;
    const SceneLayer& styled = state.scene.layers[index];
    if (style.colors) renderer.setFeatureColors(index, styled.featureColors);
    renderer.setFeatureDashes(index, styled.featureDashes);
    if (style.sizes) renderer.setFeatureSizes(index, styled.featureSizes);
}

// The sidebar: search on top, then the layers and the style of one, each folding away. Returns
// whether the selection changed (a search hit chosen).
bool drawSidebar(MapWindow& w) {
    MapViewState& state = w.state;
    beginSidebar(state.mapArea);
    const bool selectionChanged = drawSearchPanel(state);
    const auto section = [&state](const char* name) {
        if (state.layout.resetRequested) ImGui::SetNextItemOpen(true);
        const bool open = ImGui::CollapsingHeader(name, ImGuiTreeNodeFlags_DefaultOpen);
        nameControl("sidebar/", name);
        return open;
    };
    if (section("Layers")) drawLayersPanel(state, w.renderer);
    if (section("Style")) sendStyleChange(state, w.renderer, drawStylePanel(state));
    // Folded until asked for: the everyday sections above keep their room.
    const bool statisticsOpen = ImGui::CollapsingHeader("Statistics");
    nameControl("sidebar/Statistics");
    bool brushed = false;
    if (statisticsOpen) {
        const StatisticsChange statistics = drawStatisticsPanel(state);
        sendStyleChange(state, w.renderer, statistics.style);
        brushed = statistics.selection;
    }
    endSidebar(state.layout, state.mapArea);
    return selectionChanged || brushed;
}

// Records what the title box and the legend cover of the map (with the gap between them and the
// area's edge). In a map's first frames, which draw them (an auto-sized panel takes two), the
// first view is placed again clear of them; later the view stays where the user has it.
void keepMapClearOfPanels(MapViewState& state, float titleHeight, float legendWidth, float legendHeight) {
    const double ratio = state.mapArea.pixelRatio, inset = 2.0 * kAnchorInset;  // anchorNextWindow's
    MapCover cover;
    if (titleHeight > 0) cover.top = (titleHeight + inset) * ratio;
    if (legendWidth > 0 && legendHeight > 0) {
        cover.legendWidth = (legendWidth + inset) * ratio;
        cover.legendHeight = (legendHeight + inset) * ratio;
    }
    const bool changed = !(cover == state.mapCover);
    state.mapCover = cover;
    if (state.placingFrames > 0) {
        --state.placingFrames;
        if (changed && !state.navigation.flight) state.placeFirstView();
    }
}

// The panels and dialogs, in this order (later ones draw on top). Returns whether the map was
// saved this frame.
bool drawPanels(MapWindow& w) {
    MapViewState& state = w.state;
    takeMeasureInput(state);  // first: a click while measuring adds a point, it selects nothing
    bool selectionChanged = updateInspection(state);
    selectionChanged |= drawMapContextMenu(state);
    selectionChanged |= drawInspection(state);
    const float titleHeight = drawMapTitle(state);  // first: any panel that meets it goes over it
    selectionChanged |= drawSidebar(w);
    selectionChanged |= drawAttributeTable(state);
    if (selectionChanged) updateHighlight(state, w.renderer, w.pixelRatio);
    if (state.layout.resetRequested) ImGui::SetNextWindowCollapsed(false);
    const auto [legendWidth, legendHeight] = drawLegendPanel(state);
    keepMapClearOfPanels(state, titleHeight, legendWidth, legendHeight);
    drawOpenDialog(state, w.renderer, w.settings, w.open);
    const bool saved = drawSaving(state);
    if (saved) (void)recordRecentFile(w.settings, state.documentFile.path);
    drawExportDialog(state);
    drawJoinDialog(state, w.renderer);
    drawPostgisDialog(state);
    drawHelp(state);
    drawMessages(state.messages, state.mapArea);
    drawStatusBar(state);
    drawZoomBox(state);
    drawMeasure(state);
    drawMapLabels(state, w.pixelRatio);
    return saved;
}

// Closing (the window's close button, Quit) asks first when there are unsaved changes. Returns
// whether the window may close now.
bool mayClose(MapWindow& w, bool quit, bool savedThisFrame) {
    const bool closeRequested = w.window.shouldClose() || quit;
    if (w.window.shouldClose()) w.window.cancelClose();
    return confirmClose(w.state, closeRequested, savedThisFrame);
}

std::string windowTitle(const MapViewState& state) {
    // "*" first marks unsaved changes, as desktop programs do.
    std::string title = documentEdited(state) ? "* Bashu Atlas" : "Bashu Atlas";
    if (!state.scene.document.title.empty()) title += " — " + state.scene.document.title;
    if (!state.documentFile.path.empty() && !state.documentFile.readOnly)
        title += " (" + std::filesystem::path(state.documentFile.path).filename().string() + ")";
    return title;
}

// The window's title names the map (the tests and window managers find it by "Bashu Atlas").
void showTitle(MapWindow& w) {
    if (std::string title = windowTitle(w.state); title != w.shownTitle) {
        w.window.setTitle(title);
        w.shownTitle = std::move(title);
    }
}

// The map, the panels over it, and the frame on screen.
void present(MapWindow& w) {
    const bool moving = w.state.navigation.dragStart || w.state.navigation.flight ||
                        ImGui::GetTime() - w.lastMove < kSettleSeconds;
    drawMap(w.drawing, w.state, w.renderer, moving, w.fbHeight);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    w.window.swapBuffers();
}

// The window's report of the frame just drawn (ui/window_report.h), once it is on the screen.
void reportFrame(MapWindow& w) {
    w.window.finishDrawing();
    WindowFacts facts;
    facts.idle = w.calmFrames >= kCalmFramesBeforeIdle;
    facts.underWay = underWay(w);
    if (settling(w)) facts.underWay.emplace_back("settling");
    w.window.windowPosition(facts.windowX, facts.windowY);
    for (const SceneLayer& layer : w.state.scene.layers) {
        facts.layers.push_back(layer.spec.name);
        if (layer.postgis) {
            facts.streamedFeatures.emplace_back(layer.spec.name, layer.data.featureCount());
            facts.viewFeatures.emplace_back(layer.spec.name, layer.viewFeatures);
            facts.streamedFromCache += layer.postgis->cachedViewHits();
        }
    }
    facts.streamedReads = w.state.streams.reads;
    facts.streamedCancelled = w.state.streams.cancelledReads;
    facts.serverFeature = serverFeatureText(w.state);
    facts.searchHits = w.state.search.shownHits;
    for (const Message& message : w.state.messages.entries)
        if (message.error) facts.errors.push_back(message.text);
    if (!w.state.messages.entries.empty()) facts.newestMessage = w.state.messages.entries.front().text;
    facts.title = w.shownTitle;
    facts.unitsPerPixel = w.state.camera.unitsPerPixel;
    facts.measure = measureText(w.state);
    const auto named = [&w](const FeatureRef& ref) {
        const SceneLayer& layer = w.state.scene.layers[ref.layer];
        return layerTitle(layer) + ": " + featureName(layer, ref.feature);
    };
    if (w.state.selection.selected) facts.selected = named(*w.state.selection.selected);
    for (const FeatureRef& ref : w.state.selection.here) facts.here.push_back(named(ref));
    for (size_t feature : w.state.selection.brushed)
        facts.brushed.push_back(featureName(w.state.scene.layers[w.state.selection.brushedLayer], feature));
    writeWindowReport(facts);
}

// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, unless a text field has the keyboard (its own
// text is undone there).
void takeUndoShortcuts(MapWindow& w) {
    if (ImGui::GetIO().WantTextInput) return;
    const FrameInput& input = w.state.input;
    if (input.pressedWith(Key::Z, true, false)) (void)undoEdit(w.state, w.renderer);
    if (input.pressedWith(Key::Z, true, true) || input.pressedWith(Key::Y, true, false))
        (void)redoEdit(w.state, w.renderer);
}

// One frame: input, loads, the menu, navigation, the panels, then the map. Returns whether the
// window is to close after it.
bool runFrame(MapWindow& w) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    PointerPress press;
    if (takeFrameInput(w.window, w.state.input, press)) w.framesAfterInput = 3;
    takeDroppedFiles(w);
    pollLayerLoads(w.state, w.renderer);
    pollLayerStreams(w.state, w.renderer);
    closeMenusOnEscape();
    const bool quit =
        drawMainMenu(w.state, w.renderer, w.settings, w.open) || w.state.input.pressed(Key::Q, true);
    const bool wasDragging = w.state.navigation.dragStart.has_value();
    if (applyNavigation(w.state, press)) w.lastMove = ImGui::GetTime();
    // A drag let go has settled: the map is drawn in full at once, not its moved image (blank
    // where the map came in) for the settling time a burst of wheel notches needs.
    if (wasDragging && !w.state.navigation.dragStart) w.lastMove = -1.0;
    updateCursorLonLat(w.state);
    takeUndoShortcuts(w);
    const bool saved = drawPanels(w);
    // An edit is taken once its control is let go (a slider's drag, a field typed in) and Play
    // has stopped: one undo step each. Not during a flight: the view is no edit, and each frame
    // of one is drawn in time.
    if (!ImGui::IsAnyItemActive() && !ImGui::IsAnyMouseDown() && !w.state.stylePanel.playing &&
        !w.state.navigation.flight)
        takeEdits(w.state);
    const bool closing = mayClose(w, quit, saved);
    if (popupClosedThisFrame(w.popupWasOpen))
        w.state.navigation.pressesIgnoredUntil = ImGui::GetTime() + ImGui::GetIO().MouseDoubleClickTime;
    w.state.layout.resetRequested = false;  // every panel has taken it
    ImGui::Render();
    showTitle(w);
    present(w);
    w.calmFrames = busy(w) || settling(w) ? 0 : w.calmFrames + 1;
    if (windowReportWanted()) {
        const MapArea& area = w.state.mapArea;
        nameRegion("map", area.x, area.y, area.width, area.height);
        reportFrame(w);
    }
    return closing;
}

// Keeps the window's size for next time, with the rest of the settings.
void saveWindowSettings(const GlfwWindow& window, const WorkspaceLayout& layout, UiSettings& settings,
                        const std::string& configFolder) {
    window.windowSize(settings.windowWidth, settings.windowHeight);
    settings.sidebarWidth = layout.sidebarWidth;
    settings.mapTitleShown = layout.mapTitleShown;
    if (configFolder.empty()) return;
    if (Status written = saveSettings(settings); !written)
        std::cerr << "warning: settings not saved: " << written.error().message << "\n";
}

}  // namespace

int runMapWindow(OpenedMap map, const MapOpener& open) {
    const std::string configFolder = settingsFolder();
    std::string settingsWarning;
    UiSettings settings = loadSettings(configFolder, &settingsWarning);
    if (!map.layersToLoad.empty() && map.scene.layers.empty()) {
        // Read while the window opens, for the map area the settings' window size leaves (the
        // bars as high as the interface's font and ImGui's default padding make them).
        const float padding = ImGuiStyle().FramePadding.y;
        const float menuBar = menuBarHeightFor(1.0f, padding), statusBar = statusBarHeightFor(1.0f, padding);
        const MapArea area =
            mapAreaOf(fittedSidebarWidth(settings.sidebarWidth, float(settings.windowWidth), 1.0f),
                      float(settings.windowWidth), float(settings.windowHeight), menuBar, statusBar, 1.0);
        LayerLoad load;
        load.path = map.loadingLabel;
        load.specs = std::move(map.layersToLoad);
        load.leftOut = std::move(map.leftOut);
        load.opensTheMap = true;
        startBeforeWindow(load, map.scene.document.crs, area.pixelWidth(), area.pixelHeight(),
                          NavigationState{}.margin);
        map.firstLoad = std::move(load);
    }
    // Told to stop when the window cannot open (its rows stop coming; the future waits for it).
    struct CancelUnlessShown {
        LayerLoad* load;
        ~CancelUnlessShown() {
            if (load) load->progress->cancelled = true;
        }
    } cancelUnlessShown{map.firstLoad ? &*map.firstLoad : nullptr};
    Result<GlfwWindow> window =
        GlfwWindow::create("Bashu Atlas", settings.windowWidth, settings.windowHeight);
    if (!window) {
        std::cerr << "error: " << window.error().message << "\n";
        return 3;
    }
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) {
        std::cerr << "error: " << renderer.error().message << "\n";
        return 3;
    }
    ImGuiSession imgui;
    startImGui(*window, configFolder, imgui);

    MapWindow loop(*window, *renderer, settings, open, imgui.pixelRatio);
    loop.state.layout.uiScale = imgui.uiScale;
    loop.state.layout.sidebarWidth = settings.sidebarWidth;
    loop.state.layout.mapTitleShown = settings.mapTitleShown;
    cancelUnlessShown.load = nullptr;  // the window's now: cancelled as any load is
    showFirstMap(loop, std::move(map), settingsWarning);
    for (bool closing = false; !closing;) {
        if (!waitForFrame(loop)) continue;
        // Outside a frame: the atlas is rebuilt with the glyphs of the new text.
        refreshWindowFont(loop.state, loop.pixelRatio);
        closing = runFrame(loop);
    }

    saveWindowSettings(*window, loop.state.layout, settings, configFolder);
    stopImGui(imgui);
    return 0;
}

}  // namespace bashu
