#pragma once
// The window's map drawn once into an offscreen image and shown from there. A frame that only
// changes the panels (a tooltip, a slider being dragged) costs a copy instead of a redraw; while
// the map moves (a drag, the wheel, a flight) the last image is shown moved and scaled, and the
// map is drawn again once the movement settles. On software OpenGL a full draw of a detailed
// map takes a tenth of a second, the copy a few milliseconds.
#include <optional>
#include <span>
#include <vector>

#include "core/camera.h"
#include "core/result.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

namespace bashu {

class MapFrameCache {
public:
    /// Shows the map in the framebuffer `destination` (0: the window's; single-sampled), in the
    /// camera.width x camera.height pixels whose lower left corner is (originX, originY) in GL's
    /// coordinates; nothing outside them is touched. While `moving`, a changed camera shows the
    /// last image transformed; otherwise anything changed since the last image (camera, paints,
    /// background, the renderer's contents) draws it again. Returns whether it drew.
    Result<bool> present(MapRenderer& renderer, const Camera& camera, std::span<const LayerPaint> paints,
                         Rgba8 background, bool moving, unsigned destination = 0, int originX = 0,
                         int originY = 0);

    /// Forgets the image: the next present draws.
    void invalidate() { drawnWith_.reset(); }

private:
    std::optional<OffscreenTarget> target_;
    int samplesAsked_ = 0;             // what the target was made with (the GPU may give fewer)
    std::optional<Camera> drawnWith_;  // the camera of the image; none: no valid image
    std::vector<LayerPaint> paints_;
    Rgba8 background_;
    uint64_t version_ = 0;
};

}  // namespace bashu
