#include "ui/map_window.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <filesystem>
#include <iostream>

#include "platform/glfw_window.h"
#include "render/map_frame_cache.h"
#include "render/map_renderer.h"
#include "render/window_target.h"
#include "scene/document_inputs.h"
#include "tessellate/line_mesh.h"
#include "ui/close_prompt.h"
#include "ui/document_saving.h"
#include "ui/inspection.h"
#include "ui/layer_loading.h"
#include "ui/layer_operations.h"
#include "ui/layers_panel.h"
#include "ui/legend_panel.h"
#include "ui/main_menu.h"
#include "ui/map_export.h"
#include "ui/map_labels.h"
#include "ui/map_view_state.h"
#include "ui/navigation.h"
#include "ui/panel_placement.h"
#include "ui/search_panel.h"
#include "ui/settings.h"
#include "ui/status_bar.h"
#include "ui/style_panel.h"
#include "ui/ui_fonts.h"

namespace bashu {

namespace {

const Rgba8 kHighlight{0x00, 0xe5, 0xff, 255};
// After the last wheel notch or key press the map counts as moving this long: the image is only
// moved and scaled, and drawn again once the movement has settled.
constexpr double kSettleSeconds = 0.15;

std::vector<std::string> stringsShown(const MapViewState& state) {
    std::vector<std::string> strings = {state.scene.document.title, state.scene.document.subtitle,
                                        "无数据 ° – · 中文 万亿"};
    // Every string attribute can show up in a tooltip, the feature panel or a search result;
    // a joined table's values (indicators, units) can become layer names.
    for (const SceneLayer& layer : state.scene.layers) {
        strings.push_back(layer.spec.name);
        strings.push_back(layer.spec.fill.unit);  // the legend heading says it
        for (const Column& column : layer.data.attributes.columns)
            for (const std::string& s : column.strings) strings.push_back(s);
        if (layer.joinTable)
            for (const Column& column : layer.joinTable->columns)
                for (const std::string& s : column.strings) strings.push_back(s);
    }
    for (const Message& m : state.messages) strings.push_back(m.text);
    return strings;
}

void drawMessages(MapViewState& state) {
    if (state.messages.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - 10, 30), ImGuiCond_FirstUseEver, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    // An error is never hidden in a collapsed window. (Opened, not focused: focusing it would
    // close a dialog that is showing the same error.)
    if (state.revealMessages) {
        ImGui::SetNextWindowCollapsed(false);
        state.revealMessages = false;
    }
    ImGui::Begin("Messages");
    keepPanelOnScreen();
    for (const Message& m : state.messages) {
        if (m.error)
            ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", m.text.c_str());
        else
            ImGui::TextWrapped("%s", m.text.c_str());
    }
    ImGui::End();
}

// Files dropped on the window: a map document opens in place of the map, data files are added.
void takeDroppedFiles(const GlfwWindow& window, MapViewState& state, MapRenderer& renderer,
                      UiSettings& settings, const MapOpener& open) {
    for (const std::string& path : window.takeDroppedPaths()) {
        if (isMapDocument(path))
            openMapFile(state, renderer, settings, open, path);
        else
            startLoadingFile(state, path);
    }
}

std::string windowTitle(const MapViewState& state) {
    std::string title = "Bashu Atlas";
    if (!state.scene.document.title.empty()) title += " — " + state.scene.document.title;
    if (!state.documentPath.empty() && !state.documentReadOnly)
        title += " (" + std::filesystem::path(state.documentPath).filename().string() + ")";
    return title;
}

void updateHighlight(const MapViewState& state, MapRenderer& renderer, double pixelRatio) {
    if (!state.selected) {
        renderer.clearHighlight();
        return;
    }
    const SceneLayer& layer = state.scene.layers[state.selected->layer];
    const GeometryColumn one = extractFeature(layer.data.geometry, state.selected->feature);
    renderer.setHighlight(buildLineMesh(one, layer.meshes.lines.originX, layer.meshes.lines.originY),
                          kHighlight, 3.0f * float(pixelRatio));
}

}  // namespace

int runMapWindow(OpenedMap map, const MapOpener& open) {
    const std::string configFolder = settingsFolder();
    std::string settingsWarning;
    UiSettings settings = loadSettings(configFolder, &settingsWarning);
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

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    // The panel layout persists beside the settings (none when there is no config folder).
    const std::string iniPath = configFolder.empty() ? "" : configFolder + "/imgui.ini";
    if (!configFolder.empty()) std::filesystem::create_directories(configFolder);
    ImGui::GetIO().IniFilename = iniPath.empty() ? nullptr : iniPath.c_str();
    ImGui::StyleColorsLight();
    // The light style draws fields white on near-white; fields, checkboxes and radio buttons get
    // a visible grey and popups are opaque, so controls read as controls.
    ImVec4* colors = ImGui::GetStyle().Colors;
    colors[ImGuiCol_FrameBg] = ImVec4(0.86f, 0.86f, 0.86f, 1.0f);
    colors[ImGuiCol_FrameBgHovered] = ImVec4(0.78f, 0.84f, 0.93f, 1.0f);
    colors[ImGuiCol_FrameBgActive] = ImVec4(0.70f, 0.79f, 0.92f, 1.0f);
    colors[ImGuiCol_PopupBg] = ImVec4(0.98f, 0.98f, 0.98f, 1.0f);
    ImGui::GetStyle().FrameBorderSize = 1.0f;
    int fbWidth = 0, fbHeight = 0, winWidth = 0, winHeight = 0;
    window->framebufferSize(fbWidth, fbHeight);
    window->windowSize(winWidth, winHeight);
    const double pixelRatio = winWidth > 0 ? double(fbWidth) / double(winWidth) : 1.0;
    ImGui::GetIO().FontGlobalScale = float(1.0 / pixelRatio);
    ImGui_ImplGlfw_InitForOpenGL(window->handle(), true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    MapViewState state;
    state.camera.resize(fbWidth, fbHeight);
    const std::string openedPath = map.documentPath;
    showOpenedMap(state, *renderer, std::move(map));
    if (!settingsWarning.empty()) state.say(settingsWarning, true);
    if (!openedPath.empty() && !state.documentReadOnly) (void)recordRecentFile(settings, openedPath);
    ExportDialog exportDialog;
    std::string fontWarning;

    std::vector<LayerPaint> paints;
    MapFrameCache frameCache;
    bool cacheFailed = false;
    int framesAfterInput = 0;
    double lastMove = -1.0;  // ImGui time of the last camera change
    std::string shownTitle = "Bashu Atlas";
    bool closing = false;
    while (!closing) {
        // Sleep until input arrives (or a short timeout for animations and play): idle costs nothing.
        const bool settling = ImGui::GetCurrentContext() && ImGui::GetTime() - lastMove < kSettleSeconds;
        // After input, a few frames follow at once: ImGui shows some changes (a checkbox ticked on
        // release, a popup opening) a frame after the input that caused them.
        const bool busy = state.flight || state.playing || framesAfterInput > 0 || layersLoading(state);
        window->waitEvents(busy ? 0.016 : settling ? 0.03 : 0.25);
        if (framesAfterInput > 0) --framesAfterInput;
        window->framebufferSize(fbWidth, fbHeight);
        if (fbWidth <= 0 || fbHeight <= 0) continue;  // minimised
        state.camera.resize(fbWidth, fbHeight);
        if (state.fontsStale) {
            // Outside a frame: the atlas is rebuilt with the glyphs of the new text.
            fontWarning = buildUiFont(stringsShown(state), float(16.0 * pixelRatio));
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            state.fontsStale = false;
            if (!fontWarning.empty()) state.say(fontWarning, true);
        }

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        PointerPress press;
        press.happened = window->takeLeftPress(press.x, press.y, press.shift);
        // Shortcuts go to the map only while no text field has the keyboard.
        state.keys = window->takeKeyPresses();
        {
            const ImGuiIO& io = ImGui::GetIO();
            if (press.happened || !state.keys.empty() || io.MouseWheel != 0.0f || io.MouseDelta.x != 0.0f ||
                io.MouseDelta.y != 0.0f || ImGui::IsMouseReleased(ImGuiMouseButton_Left) ||
                io.InputQueueCharacters.Size > 0)
                framesAfterInput = 3;
        }
        if (ImGui::GetIO().WantTextInput) {
            std::erase_if(state.keys, [](const KeyPress& k) { return !k.ctrl; });
        }
        takeDroppedFiles(*window, state, *renderer, settings, open);
        pollLayerLoads(state, *renderer);
        bool quit = drawMainMenu(state, *renderer, settings, open) || state.pressed(Key::Q, true);
        if (applyNavigation(state, press, pixelRatio)) lastMove = ImGui::GetTime();
        if (state.cursorOverMap) {
            state.camera.pixelToMap(state.cursorX, state.cursorY, state.cursorLon, state.cursorLat);
            if (state.scene.toLonLat) state.scene.toLonLat(state.cursorLon, state.cursorLat);
        }
        bool selectionChanged = updateInspection(state);
        drawInspection(state);
        drawLayersPanel(state, *renderer);
        selectionChanged |= drawSearchPanel(state);
        if (selectionChanged) updateHighlight(state, *renderer, pixelRatio);
        if (const StyleChange style = drawStylePanel(state); style.colors || style.sizes) {
            const SceneLayer& styled = state.scene.layers[state.styledLayer];
            if (style.colors) renderer->setFeatureColors(state.styledLayer, styled.featureColors);
            if (style.colors || style.sizes)
                renderer->setFeatureDashes(state.styledLayer, styled.featureDashes);
            if (style.sizes) renderer->setFeatureSizes(state.styledLayer, styled.featureSizes);
        }
        drawLegendPanel(state);
        drawOpenDialog(state, *renderer, settings, open);
        const bool saved = drawSaving(state);
        if (saved) (void)recordRecentFile(settings, state.documentPath);
        drawExportDialog(state, exportDialog);
        drawMessages(state);
        drawStatusBar(state);
        drawZoomBox(state, pixelRatio);
        drawMapLabels(state, pixelRatio);
        // Closing asks first when there are unsaved changes.
        const bool closeRequested = window->shouldClose() || quit;
        if (window->shouldClose()) window->cancelClose();
        closing = confirmClose(state, closeRequested, saved);
        ImGui::Render();
        // The window's title names the map (the tests and window managers find it by "Bashu Atlas").
        if (std::string title = windowTitle(state); title != shownTitle) {
            window->setTitle(title);
            shownTitle = std::move(title);
        }

        paints.clear();
        for (const SceneLayer& layer : state.scene.layers) paints.push_back(layer.paint);
        const bool moving = state.dragStart || state.flight || ImGui::GetTime() - lastMove < kSettleSeconds;
        if (Result<bool> shown =
                frameCache.present(*renderer, state.camera, paints, state.scene.document.background, moving);
            !shown) {
            // No offscreen image (GPU limits at this size): draw straight into the window.
            if (!cacheFailed) state.say("drawing without the frame cache: " + shown.error().message, true);
            cacheFailed = true;
            bindWindowFramebuffer(fbWidth, fbHeight);
            renderer->draw(state.camera, paints, state.scene.document.background);
        }
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        window->swapBuffers();
    }

    window->windowSize(settings.windowWidth, settings.windowHeight);
    if (!configFolder.empty()) {
        ImGui::SaveIniSettingsToDisk(iniPath.c_str());
        if (Status written = saveSettings(settings); !written)
            std::cerr << "warning: settings not saved: " << written.error().message << "\n";
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return 0;
}

}  // namespace bashu
