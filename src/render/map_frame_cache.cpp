#include "render/map_frame_cache.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>

namespace bashu {

namespace {
bool sameView(const Camera& a, const Camera& b) {
    return a.centerX == b.centerX && a.centerY == b.centerY && a.unitsPerPixel == b.unitsPerPixel &&
           a.width == b.width && a.height == b.height;
}

// Clears the map's place in the destination and keeps what follows (the image copied in,
// moved while the map moves) inside it: the panels beside the map are not drawn over.
void clearDestination(const Camera& camera, Rgba8 background, unsigned destination, int originX,
                      int originY) {
    glBindFramebuffer(GL_FRAMEBUFFER, destination);
    glViewport(originX, originY, camera.width, camera.height);
    glEnable(GL_SCISSOR_TEST);
    glScissor(originX, originY, camera.width, camera.height);
    glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}
}  // namespace

Result<bool> MapFrameCache::present(MapRenderer& renderer, const Camera& camera,
                                    std::span<const LayerPaint> paints, Rgba8 background, bool moving,
                                    unsigned destination, int originX, int originY) {
    const bool resized = !target_ || target_->width() != camera.width || target_->height() != camera.height;
    if (resized) drawnWith_.reset();
    const bool contentsChanged = !drawnWith_ || renderer.version() != version_ || background != background_ ||
                                 !std::equal(paints.begin(), paints.end(), paints_.begin(), paints_.end());
    const bool viewChanged = drawnWith_ && !sameView(*drawnWith_, camera);
    if (contentsChanged || (viewChanged && !moving)) {
        // Multisampled only while some fill edge shows without an outline over it (zoomed out
        // until outlines fade, or a layer without them): on software OpenGL it costs a third of
        // a frame.
        const int samples = renderer.needsMultisampling(camera, paints, 1.0f) ? 4 : 0;
        if (resized || samplesAsked_ != samples) {
            Result<OffscreenTarget> target = OffscreenTarget::create(camera.width, camera.height, samples);
            if (!target) return target.error();
            target_ = std::move(*target);
            samplesAsked_ = samples;
        }
        target_->bind();
        renderer.draw(camera, paints, background);
        target_->resolve();
        drawnWith_ = camera;
        paints_.assign(paints.begin(), paints.end());
        background_ = background;
        version_ = renderer.version();
        clearDestination(camera, background, destination, originX, originY);
        target_->drawImageInto(originX, originY, originX + camera.width, originY + camera.height,
                               destination);
        glDisable(GL_SCISSOR_TEST);
        return true;
    }
    // The image's corners as they lie under the current camera (GL's y points up).
    double left = 0, top = 0, right = 0, bottom = 0, x = 0, y = 0;
    drawnWith_->pixelToMap(0, 0, x, y);
    camera.mapToPixel(x, y, left, top);
    drawnWith_->pixelToMap(drawnWith_->width, drawnWith_->height, x, y);
    camera.mapToPixel(x, y, right, bottom);
    clearDestination(camera, background, destination, originX, originY);
    target_->drawImageInto(
        originX + int(std::lround(left)), originY + int(std::lround(camera.height - bottom)),
        originX + int(std::lround(right)), originY + int(std::lround(camera.height - top)), destination);
    glDisable(GL_SCISSOR_TEST);
    return false;
}

}  // namespace bashu
