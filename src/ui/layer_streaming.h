#pragma once
// PostGIS layers follow the view: once the user stops moving the map, a layer whose features do
// not cover the view (or are coarser than its pixels) is read again for it off the UI thread
// (scene/map_scene.h: readStreamedView): the view alone first, to draw it as soon as it can be,
// then the view with up to half a view around it (less around a view of many features), so that
// a pan within that draws at once from what was read; a view kept from before is drawn at once.
// What is drawn stays until the read arrives; a read for a view the user has left is cancelled
// on the server; a failed read says why in Messages once and is tried again at the next view
// (the session reconnects when the server is back).
#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/camera.h"
#include "render/map_renderer.h"
#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h

struct StreamedRead {
    uint64_t layerId = 0;
    Extent box;  // the view it was started for (map CRS)
    double unitsPerPixel = 0;
    bool around = false;  // the read of the view with the margin around it, after the view's own
    double margin = 0;    // that margin, in views each side
    std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<size_t>> rows = std::make_shared<std::atomic<size_t>>(0);
    std::future<Result<SceneLayer>> result;
};

struct LayerStreams {
    std::vector<StreamedRead> running;
    std::vector<std::future<Result<SceneLayer>>> abandoned;  // cancelled, finishing on the server
    // Layers whose view was read alone, and the margin to read around it next (in views).
    std::vector<std::pair<uint64_t, double>> aroundWanted;
    Camera lastCamera;
    double stillSince = 0;                 // ImGui time the camera last moved
    bool movedByDrag = false;              // a mouse button was down when it last moved
    std::string lastError;                 // said once until a read succeeds
    double lastErrorAt = 0;                // when it came: the view is not read again until the user moves
    size_t reads = 0, cancelledReads = 0;  // done and cancelled, for the window report
};

/// Starts, cancels and takes in the reads of PostGIS layers for the current view. Every frame.
void pollLayerStreams(MapViewState& state, MapRenderer& renderer);

/// Whether a read started for `read`'s view still serves the camera (else it is cancelled): the
/// view within half a view of the view read (a view's read), or inside the view with the margin
/// read (a margin's read), at about its detail.
bool readStillWanted(const StreamedRead& read, const Camera& camera);

/// Stops the reads running (their statements too) so that the layers' sessions are free at once
/// (an export reads its own part); the view and its margin are read again once the view settles.
void cancelLayerStreams(MapViewState& state);

/// Whether a read runs or waits for the view to settle (the window keeps drawing frames).
bool layersStreaming(const MapViewState& state);

/// "reading Hexagons for this view: 12,345 features" while a read runs, for the status bar.
std::optional<std::string> streamingText(const MapViewState& state);

}  // namespace bashu
