#include "render/feature_raster.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>

namespace bashu {

namespace {

// The largest raster of feature numbers made, a side: 64 MiB at most.
constexpr int kMaxRasterSide = 4096;

// Dots drawn into a raster between flushes: a software rasteriser bins a whole draw before
// rasterising it, and 10^6 dots in one draw held ~100 MB of bins at the peak of an export.
constexpr GLint kDotsPerFlush = 1 << 16;

}  // namespace

void makeFeatureRaster(GpuLevel& level, double dotBelow, const MapProgram<FeatureNumberUniforms>& program,
                       RendererCounters& counters) {
    GpuRaster& raster = level.raster;
    raster.tried = true;
    const GpuDots& dots = level.dots;
    if (dots.count == 0 || dots.chunks.empty()) return;
    float minX = dots.chunks.front().minX, minY = dots.chunks.front().minY;
    float maxX = dots.chunks.front().maxX, maxY = dots.chunks.front().maxY;
    for (const MeshChunk& c : dots.chunks) {
        minX = std::min(minX, c.minX);
        minY = std::min(minY, c.minY);
        maxX = std::max(maxX, c.maxX);
        maxY = std::max(maxY, c.maxY);
    }
    // A dot reaches half its size beyond its centre: at most half the level's dot size.
    const float reach = float(0.5 * dotBelow);
    minX -= reach;
    minY -= reach;
    maxX += reach;
    maxY += reach;
    const double texel = dotBelow / 4.0;
    const double width = std::ceil(double(maxX - minX) / texel),
                 height = std::ceil(double(maxY - minY) / texel);
    if (!(width >= 1 && height >= 1 && width <= kMaxRasterSide && height <= kMaxRasterSide)) return;

    GLint previousFramebuffer = 0, previousViewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previousFramebuffer);
    glGetIntegerv(GL_VIEWPORT, previousViewport);
    raster.numbers = makeTexture();
    glBindTexture(GL_TEXTURE_2D, raster.numbers.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32UI, GLsizei(width), GLsizei(height), 0, GL_RED_INTEGER,
                 GL_UNSIGNED_INT, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    GlFramebuffer framebuffer = makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, raster.numbers.get(), 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
        raster.numbers.reset();
    } else {
        glViewport(0, 0, GLsizei(width), GLsizei(height));
        const GLuint none[4] = {0, 0, 0, 0};
        glClearBufferuiv(GL_COLOR, 0, none);
        glUseProgram(program.id());
        // The raster's extent fills clip space: texel columns run from minX, rows from minY.
        const float spanX = float(width * texel), spanY = float(height * texel);
        glUniform4f(program.uniforms.clipTransform, 2.0f / spanX, 2.0f / spanY, -1.0f - 2.0f * minX / spanX,
                    -1.0f - 2.0f * minY / spanY);
        glUniform1f(program.uniforms.pixelsPerUnit, float(1.0 / texel));
        glEnable(GL_PROGRAM_POINT_SIZE);
        glBindVertexArray(dots.vao.get());
        for (GLint first = 0; first < dots.count; first += kDotsPerFlush) {
            const GLsizei count = std::min<GLint>(kDotsPerFlush, dots.count - first);
            glDrawArrays(GL_POINTS, first, count);
            ++counters.drawCalls;
            counters.drawnElements += uint64_t(count);
            glFlush();
        }
        raster.minX = minX;
        raster.minY = minY;
        raster.maxX = minX + spanX;
        raster.maxY = minY + spanY;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFramebuffer));
    glViewport(previousViewport[0], previousViewport[1], previousViewport[2], previousViewport[3]);
}

}  // namespace bashu
