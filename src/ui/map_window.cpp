#include "ui/map_window.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <iostream>

#include "platform/glfw_window.h"
#include "render/map_renderer.h"
#include "render/window_target.h"
#include "tessellate/line_mesh.h"
#include "ui/document_saving.h"
#include "ui/inspection.h"
#include "ui/layers_panel.h"
#include "ui/legend_panel.h"
#include "ui/map_export.h"
#include "ui/map_view_state.h"
#include "ui/navigation.h"
#include "ui/status_bar.h"
#include "ui/style_panel.h"
#include "ui/ui_fonts.h"

namespace bashu {

namespace {

std::vector<std::string> stringsShown(const MapScene& scene) {
    std::vector<std::string> strings = {scene.document.title, "无数据 ° – "};
    // Every string attribute can show up in a tooltip or the feature panel.
    for (const SceneLayer& layer : scene.layers) {
        strings.push_back(layer.spec.name);
        for (const Column& column : layer.data.attributes.columns)
            for (size_t i = 0; i < column.strings.size(); ++i) strings.push_back(column.strings[i]);
    }
    for (const std::string& w : scene.warnings) strings.push_back(w);
    return strings;
}

void drawMessages(const std::vector<std::string>& messages) {
    if (messages.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - 10, 10), ImGuiCond_FirstUseEver, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowCollapsed(true, ImGuiCond_FirstUseEver);
    ImGui::Begin("Messages");
    for (const std::string& m : messages) ImGui::TextWrapped("%s", m.c_str());
    ImGui::End();
}

}  // namespace

int runMapWindow(MapScene scene, const std::string& documentPath, bool readOnly) {
    const std::string title =
        scene.document.title.empty() ? "Bashu Atlas" : "Bashu Atlas — " + scene.document.title;
    Result<GlfwWindow> window = GlfwWindow::create(title, 1280, 860);
    if (!window) {
        std::cerr << "error: " << window.error().message << "\n";
        return 3;
    }
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) {
        std::cerr << "error: " << renderer.error().message << "\n";
        return 3;
    }

    MapViewState state;
    std::vector<std::string> messages = scene.warnings;
    state.scene = std::move(scene);
    state.crsName = state.scene.mapCrs;
    state.documentPath = documentPath;
    state.documentReadOnly = readOnly;
    for (const SceneLayer& layer : state.scene.layers) {
        const size_t index = renderer->addLayer(layer.meshes);
        renderer->setFeatureColors(index, layer.featureColors);
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout persistence comes with the settings file
    ImGui::StyleColorsLight();
    int fbWidth = 0, fbHeight = 0, winWidth = 0, winHeight = 0;
    window->framebufferSize(fbWidth, fbHeight);
    window->windowSize(winWidth, winHeight);
    const double pixelRatio = winWidth > 0 ? double(fbWidth) / double(winWidth) : 1.0;
    const std::string fontWarning = buildUiFont(stringsShown(state.scene), float(16.0 * pixelRatio));
    if (!fontWarning.empty()) messages.insert(messages.begin(), fontWarning);
    ImGui::GetIO().FontGlobalScale = float(1.0 / pixelRatio);
    ImGui_ImplGlfw_InitForOpenGL(window->handle(), true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    state.camera.resize(fbWidth, fbHeight);
    state.fitAll();
    if (state.scene.document.view) state.showView(*state.scene.document.view);
    indexLayers(state);
    const Rgba8 highlight{0x00, 0xe5, 0xff, 255};
    // The style panel starts on the topmost classified layer, or the top layer.
    size_t styledLayer = state.scene.layers.empty() ? 0 : state.scene.layers.size() - 1;
    for (size_t i = 0; i < state.scene.layers.size(); ++i)
        if (!state.scene.layers[i].spec.fill.field.empty()) styledLayer = i;
    std::vector<LayerPaint> paints;
    while (!window->shouldClose()) {
        // Sleep until input arrives (or a short timeout for ImGui's animations): idle costs nothing.
        window->waitEvents(0.25);
        window->framebufferSize(fbWidth, fbHeight);
        if (fbWidth <= 0 || fbHeight <= 0) continue;  // minimised
        state.camera.resize(fbWidth, fbHeight);

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        PointerPress press;
        press.happened = window->takeLeftPress(press.x, press.y);
        // Shortcuts go to the map only while no text field has the keyboard.
        state.keys = window->takeKeyPresses();
        if (ImGui::GetIO().WantTextInput) state.keys.clear();
        applyNavigation(state, press, pixelRatio);
        if (state.cursorOverMap) {
            state.camera.pixelToMap(state.cursorX, state.cursorY, state.cursorLon, state.cursorLat);
            if (state.scene.toLonLat) state.scene.toLonLat(state.cursorLon, state.cursorLat);
        }
        if (updateInspection(state)) {
            if (state.selected) {
                const SceneLayer& layer = state.scene.layers[state.selected->layer];
                const GeometryColumn one = extractFeature(layer.data.geometry, state.selected->feature);
                renderer->setHighlight(
                    buildLineMesh(one, layer.meshes.lines.originX, layer.meshes.lines.originY), highlight,
                    3.0f * float(pixelRatio));
            } else {
                renderer->clearHighlight();
            }
        }
        drawInspection(state);
        drawLayersPanel(state);
        if (drawStylePanel(state, styledLayer))
            renderer->setFeatureColors(styledLayer, state.scene.layers[styledLayer].featureColors);
        drawLegendPanel(state);
        drawSaving(state, messages);
        if (state.pressed(Key::E, true)) exportView(state, messages);
        drawMessages(messages);
        drawStatusBar(state);
        ImGui::Render();

        paints.clear();
        for (const SceneLayer& layer : state.scene.layers) paints.push_back(layer.paint);
        bindWindowFramebuffer(fbWidth, fbHeight);
        renderer->draw(state.camera, paints, state.scene.document.background);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        window->swapBuffers();
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    return 0;
}

}  // namespace bashu
