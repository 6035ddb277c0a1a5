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

    /// Makes this the target of drawing, with a viewport covering it.
    void bind() const;
    /// Resolves the samples and returns the pixels, top row first.
    Image read() const;

    int width() const { return width_; }
    int height() const { return height_; }
    int samples() const { return samples_; }

private:
    int width_ = 0, height_ = 0, samples_ = 0;
    GlFramebuffer multisampled_, resolved_;
    GlRenderbuffer multisampledColor_, resolvedColor_;
};

}  // namespace bashu
