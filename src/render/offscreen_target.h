#pragma once
// A multisampled framebuffer to render into without a window, and reading it back as an image.
#include "core/image.h"
#include "core/result.h"
#include "render/gl_handles.h"

namespace bashu {

class OffscreenTarget {
public:
    /// A w x h target with up to `samples` samples per pixel (fewer where the GPU has fewer).
    /// Fails with a message when the size exceeds the GPU's framebuffer limit.
    static Result<OffscreenTarget> create(int width, int height, int samples);

    /// The largest side a target (and a viewport) may have on this GPU: larger images are drawn
    /// in tiles. Needs a current context.
    static int maxSide();

    /// Makes this the target of drawing, with a viewport covering it.
    void bind() const;
    /// Resolves the samples and returns the pixels, top row first.
    Image read() const;
    /// Resolves the samples into the target's single-sampled image (kept for drawImageInto).
    void resolve() const;
    /// Copies the resolved image into the rectangle (x0, y0)-(x1, y1) of the single-sampled
    /// framebuffer `destination` (0: the window's; GL coordinates: y up), scaled with linear
    /// filtering.
    void drawImageInto(int x0, int y0, int x1, int y1, unsigned destination = 0) const;
    /// The framebuffer drawing goes to (for a single-sampled target, a destination above).
    unsigned framebuffer() const { return samples_ > 0 ? multisampled_.get() : resolved_.get(); }

    int width() const { return width_; }
    int height() const { return height_; }
    int samples() const { return samples_; }

private:
    int width_ = 0, height_ = 0, samples_ = 0;
    // Without samples, drawing goes straight to the resolved buffer: no second image to fill and
    // copy (12 MB apiece at 2048 x 1536).
    GlFramebuffer multisampled_, resolved_;
    GlRenderbuffer multisampledColor_, resolvedColor_;
};

}  // namespace bashu
