#pragma once
// The map under the panels: the layers drawn through the frame cache (or straight into the
// window where it cannot be made), and the outline of the selected feature.
#include <vector>

#include "render/map_frame_cache.h"
#include "render/map_renderer.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h

/// What drawing the map keeps between frames.
struct MapDrawing {
    std::vector<LayerPaint> paints;  // the layers' paints, refilled each frame
    MapFrameCache frameCache;
    bool cacheFailed = false;  // the cache could not be made: said once, then drawn without it
};

/// Draws the layers into the map's area of the window's framebuffer (`fbHeight` pixels high).
/// `moving`: the view is changing, so the cached image may be moved and scaled rather than drawn
/// again (see MapFrameCache::present).
void drawMap(MapDrawing& drawing, MapViewState& state, MapRenderer& renderer, bool moving, int fbHeight);

/// Outlines the brushed features (with the selected one where it is of their layer), else the
/// selected feature, or clears the outline when nothing is selected.
void updateHighlight(const MapViewState& state, MapRenderer& renderer, double pixelRatio);

}  // namespace bashu
