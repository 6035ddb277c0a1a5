#include "ui/layer_operations.h"

#include <imgui.h>

#include <filesystem>

#include "core/move_element.h"
#include "proj/transform.h"
#include "ui/inspection.h"
#include "ui/map_view_state.h"
#include "ui/navigation.h"

namespace bashu {

// After any change to the list of layers: the picking indexes point at the layers' geometry
// where it lay, so they are all rebuilt (adding may move every layer in memory, reordering and
// removing move their contents), and the hover and selection (indexes into the list) dropped.
void layersChanged(MapViewState& state, MapRenderer& renderer) {
    ++state.layersGeneration;
    state.selection.hovered.reset();
    state.selection.selected.reset();
    state.selection.server.reset();
    state.selection.here.clear();
    state.selection.brushed.clear();
    renderer.clearHighlight();
    indexLayers(state);
}

void uploadScene(MapViewState& state, MapRenderer& renderer) {
    renderer.clearLayers();
    for (const SceneLayer& layer : state.scene.layers) uploadSceneLayer(renderer, layer);
    layersChanged(state, renderer);
    state.crsName = state.scene.mapCrsName.empty() ? state.scene.mapCrs : state.scene.mapCrsName;
    // The style panel starts on the topmost classified layer, or the top layer.
    state.stylePanel.layer = state.scene.layers.empty() ? 0 : state.scene.layers.size() - 1;
    for (size_t i = 0; i < state.scene.layers.size(); ++i)
        if (!state.scene.layers[i].spec.fill.field.empty()) state.stylePanel.layer = i;
    state.fontsStale = true;
}

bool addPreparedLayers(MapViewState& state, MapRenderer& renderer, PreparedLayers prepared,
                       const std::string& path) {
    const size_t before = state.scene.layers.size();
    const size_t warningsBefore = state.scene.warnings.size();
    if (Status added = commitSceneLayers(state.scene, std::move(prepared)); !added) {
        state.messages.say("not added: " + path + ": " + added.error().message, true);
        return false;
    }
    for (size_t i = warningsBefore; i < state.scene.warnings.size(); ++i)
        state.messages.say(state.scene.warnings[i]);
    Extent added;
    for (size_t i = before; i < state.scene.layers.size(); ++i) {
        SceneLayer& layer = state.scene.layers[i];
        uploadSceneLayer(renderer, layer);
        added.include(layer.extent);
    }
    layersChanged(state, renderer);
    state.messages.say("added " + path);
    state.fontsStale = true;
    // A layer outside the view would look like nothing happened: show it.
    const Extent visible = state.camera.visibleExtent();
    if (!added.empty() && !(added.minX < visible.maxX && added.maxX > visible.minX &&
                            added.minY < visible.maxY && added.maxY > visible.minY))
        flyTo(state, cameraFor(state, added));
    return true;
}

void removeLayer(MapViewState& state, MapRenderer& renderer, size_t layer) {
    if (layer >= state.scene.layers.size()) return;
    state.history.removed.push_back(std::move(state.scene.layers[layer]));
    state.scene.layers.erase(state.scene.layers.begin() + std::ptrdiff_t(layer));
    renderer.removeLayer(layer);
    layersChanged(state, renderer);
    if (state.stylePanel.layer >= layer && state.stylePanel.layer > 0) --state.stylePanel.layer;
}

void putLayerBack(MapViewState& state, MapRenderer& renderer, SceneLayer layer) {
    state.scene.layers.push_back(std::move(layer));
    uploadSceneLayer(renderer, state.scene.layers.back());
    layersChanged(state, renderer);
}

void moveLayer(MapViewState& state, MapRenderer& renderer, size_t from, size_t to) {
    if (from >= state.scene.layers.size() || to >= state.scene.layers.size() || from == to) return;
    moveElement(state.scene.layers, from, to);
    renderer.moveLayer(from, to);
    layersChanged(state, renderer);
    if (state.stylePanel.layer == from)
        state.stylePanel.layer = to;
    else if (from < state.stylePanel.layer && state.stylePanel.layer <= to)
        --state.stylePanel.layer;
    else if (to <= state.stylePanel.layer && state.stylePanel.layer < from)
        ++state.stylePanel.layer;
}

void flyTo(MapViewState& state, const Camera& target) {
    // To where a zoom may go (a tiny map's feature is shown with kilometres around it): the
    // flight ends there, not beyond and then back in one frame.
    Camera to = target;
    keepZoomInBounds(to, state.scene.layers, 0.5 * to.width, 0.5 * to.height);
    state.navigation.flight = Flight{state.camera, to, ImGui::GetTime()};
}

Camera cameraFor(const MapViewState& state, Extent extent) {
    if (extent.empty()) return state.camera;
    // A tiny unit: show at least a few kilometres (or hundredths of a degree) around it; a point,
    // forty (a park or a station among the places around it, not alone on a blank map).
    const bool point = extent.width() == 0.0 && extent.height() == 0.0;
    const double least = (isLonLatCrs(state.scene.mapCrs) ? 0.00001 : 1.0) * (point ? 40000.0 : 5000.0);
    if (extent.width() < least && extent.height() < least) {
        const double cx = extent.centerX(), cy = extent.centerY();
        extent.include(cx - least / 2, cy - least / 2);
        extent.include(cx + least / 2, cy + least / 2);
    }
    return fitUncovered(extent, state.camera.width, state.camera.height, 4.0 * state.navigation.margin,
                        state.mapCover);
}

}  // namespace bashu
