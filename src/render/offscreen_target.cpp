#include "render/offscreen_target.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace bashu {

namespace {
GlRenderbuffer colorBuffer(int width, int height, int samples) {
    GlRenderbuffer buffer = makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, buffer.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    return buffer;
}

bool attach(const GlFramebuffer& framebuffer, const GlRenderbuffer& color) {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
    return glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
}
}  // namespace

int OffscreenTarget::maxSide() {
    GLint renderbuffer = 0, viewport[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, viewport);
    return std::max(1, std::min({int(renderbuffer), int(viewport[0]), int(viewport[1])}));
}

Result<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples) {
    GLint maxSize = 0, maxSamples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    if (width < 1 || height < 1 || width > maxSize || height > maxSize)
        return Error{"image size " + std::to_string(width) + "x" + std::to_string(height) +
                     " is outside what the GPU can render (1 to " + std::to_string(maxSize) +
                     " pixels a side)"};
    OffscreenTarget target;
    target.width_ = width;
    target.height_ = height;
    target.samples_ = std::clamp(samples, 0, int(maxSamples));
    target.resolvedColor_ = colorBuffer(width, height, 0);
    target.resolved_ = makeFramebuffer();
    bool complete = attach(target.resolved_, target.resolvedColor_);
    if (target.samples_ > 0) {
        target.multisampledColor_ = colorBuffer(width, height, target.samples_);
        target.multisampled_ = makeFramebuffer();
        complete = complete && attach(target.multisampled_, target.multisampledColor_);
    }
    if (!complete)
        return Error{"the GPU cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                     " framebuffer (out of GPU memory?)"};
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return target;
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer());
    glViewport(0, 0, width_, height_);
}

void OffscreenTarget::resolve() const {
    if (samples_ == 0) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, multisampled_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

void OffscreenTarget::drawImageInto(int x0, int y0, int x1, int y1, unsigned destination) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, destination);
    glBlitFramebuffer(0, 0, width_, height_, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image OffscreenTarget::read() const {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_.get());
    Image image(width_, height_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // GL's first row is the bottom one; images start at the top.
    const size_t rowBytes = size_t(width_) * 4;
    std::vector<uint8_t> row(rowBytes);
    for (int y = 0; y < height_ / 2; ++y) {
        uint8_t* top = image.rgba.data() + size_t(y) * rowBytes;
        uint8_t* bottom = image.rgba.data() + size_t(height_ - 1 - y) * rowBytes;
        std::memcpy(row.data(), top, rowBytes);
        std::memcpy(top, bottom, rowBytes);
        std::memcpy(bottom, row.data(), rowBytes);
    }
    return image;
}

}  // namespace bashu
