#include "ui/map_drawing.h"

#include <cmath>
#include <vector>

#include "render/window_target.h"
#include "tessellate/line_mesh.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {

const Rgba8 kHighlight{0x00, 0xe5, 0xff, 255};

}  // namespace

void drawMap(MapDrawing& drawing, MapViewState& state, MapRenderer& renderer, bool moving, int fbHeight) {
    drawing.paints.clear();
    for (size_t i = 0; i < state.scene.layers.size(); ++i) {
        SceneLayer& layer = state.scene.layers[i];
        // A PostGIS view read while its outlines had no width, widened since: built once, here.
        if (layer.paint.visible && buildLeftOutOutlines(layer)) renderer.replaceMeshes(i, layer.meshes);
        drawing.paints.push_back(layer.paint);
    }
    // The area's lower left corner in GL's coordinates (y up from the window's bottom).
    const MapArea& area = state.mapArea;
    const int originX = int(std::lround(area.x * area.pixelRatio));
    const int originY = fbHeight - int(std::lround(area.y * area.pixelRatio)) - state.camera.height;
    if (Result<bool> shown =
            drawing.frameCache.present(renderer, state.camera, drawing.paints,
                                       state.scene.document.background, moving, 0, originX, originY);
        !shown) {
        // No offscreen image (GPU limits at this size): draw straight into the window.
        if (!drawing.cacheFailed)
            state.messages.say("drawing without the frame cache: " + shown.error().message, true);
        drawing.cacheFailed = true;
        bindWindowFramebuffer(originX, originY, state.camera.width, state.camera.height);
        renderer.draw(state.camera, drawing.paints, state.scene.document.background);
    }
}

void updateHighlight(const MapViewState& state, MapRenderer& renderer, double pixelRatio) {
    const SelectionState& selection = state.selection;
    // The brushed units, with the selected one where it is of their layer; else the selected one.
    std::vector<size_t> outlined;
    size_t layerIndex = selection.brushedLayer;
    if (!selection.brushed.empty() && layerIndex < state.scene.layers.size()) {
        outlined = selection.brushed;
        if (selection.selected && selection.selected->layer == layerIndex)
            outlined.push_back(selection.selected->feature);
    } else if (selection.selected) {
        layerIndex = selection.selected->layer;
        outlined.push_back(selection.selected->feature);
    }
    if (outlined.empty()) {
        renderer.clearHighlight();
        return;
    }
    const SceneLayer& layer = state.scene.layers[layerIndex];
    const GeometryColumn some = extractFeatures(layer.data.geometry, outlined);
    // Near the features, as their meshes are: a polygon view's outlines may be left out (no width).
    const bool noLines = layer.meshes.lines.segments.empty();
    const double ox = noLines ? layer.meshes.fill.originX : layer.meshes.lines.originX;
    const double oy = noLines ? layer.meshes.fill.originY : layer.meshes.lines.originY;
    renderer.setHighlight(buildLineMesh(some, ox, oy), kHighlight, 3.0f * float(pixelRatio));
}

}  // namespace bashu
