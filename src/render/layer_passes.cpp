#include "render/layer_passes.h"

#include <epoxy/gl.h>

#include <cstddef>
#include <vector>

#include "render/feature_raster.h"
#include "tessellate/detail_levels.h"
#include "thematic/outline_visibility.h"

namespace bashu {

namespace {

float rgbaChannel(uint8_t v) { return float(v) / 255.0f; }

void setColor(GLint location, Rgba8 c) {
    glUniform4f(location, rgbaChannel(c.r), rgbaChannel(c.g), rgbaChannel(c.b), rgbaChannel(c.a));
}

void setTransform(GLint location, const ClipTransform& t) {
    glUniform4f(location, t.scaleX, t.scaleY, t.offsetX, t.offsetY);
}

// A per-feature table (texture buffer) on texture unit `unit`, for the sampler at `location`;
// unit 0 is left active.
void bindFeatureTable(GLint location, GLenum unit, const GlTexture& table) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindTexture(GL_TEXTURE_BUFFER, table.get());
    glUniform1i(location, GLint(unit));
    glActiveTexture(GL_TEXTURE0);
}

void countDraw(const FrameContext& frame, uint64_t elements) {
    ++frame.counters.drawCalls;
    frame.counters.drawnElements += elements;
}

// The runs of chunks that overlap `view` (relative to the mesh origin), neighbours merged so a
// view shows a few runs, not hundreds of chunks. Without chunks: one run of `total`.
struct Run {
    uint32_t first, count;
};
std::vector<Run> visibleRuns(const std::vector<MeshChunk>& chunks, const Extent& view, uint32_t total) {
    if (chunks.empty()) return {Run{0, total}};
    std::vector<Run> runs;
    for (const MeshChunk& c : chunks) {
        if (double(c.maxX) < view.minX || double(c.minX) > view.maxX || double(c.maxY) < view.minY ||
            double(c.minY) > view.maxY)
            continue;
        if (!runs.empty() && runs.back().first + runs.back().count == c.first)
            runs.back().count += c.count;
        else
            runs.push_back(Run{c.first, c.count});
    }
    return runs;
}

// What the camera shows, relative to a mesh origin, widened by `marginPixels` for what is drawn
// beyond the geometry (line widths, symbols).
Extent viewAround(const Camera& camera, double originX, double originY, double marginPixels) {
    const Extent e = camera.visibleExtent();
    const double m = marginPixels * camera.unitsPerPixel;
    Extent view;
    view.include(e.minX - originX - m, e.minY - originY - m);
    view.include(e.maxX - originX + m, e.maxY - originY + m);
    return view;
}

// The detail level to draw (tessellate/detail_levels.h), -1 for the full meshes.
int levelToDraw(const GpuLayer& layer, const Camera& camera) {
    const int level = chooseDetailLevel(layer.levelDotBelow, camera.unitsPerPixel);
    // A layer loaded for one export may have no full meshes (SceneBuildOptions): its finest
    // level is the closest there is.
    if (level < 0 && !layer.levels.empty() && layer.shapes.fillIndexCount == 0 &&
        layer.shapes.segmentCount == 0)
        return int(layer.levels.size()) - 1;
    return level;
}

void drawFills(const FrameContext& frame, const GpuShapes& shapes, const GpuLayer& layer, float opacity) {
    const auto& [program, at] = frame.programs.fill;
    glUseProgram(program.get());
    setTransform(at.clipTransform, frame.camera.clipTransform(shapes.fillOriginX, shapes.fillOriginY));
    bindFeatureTable(at.featureColors, 0, layer.colorTexture);
    glUniform1f(at.opacity, opacity);
    glBindVertexArray(shapes.fillVao.get());
    const Extent view = viewAround(frame.camera, shapes.fillOriginX, shapes.fillOriginY, 1.0);
    for (const Run& run : visibleRuns(shapes.fillChunks, view, uint32_t(shapes.fillIndexCount))) {
        glDrawElements(GL_TRIANGLES, GLsizei(run.count), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(size_t(run.first) * sizeof(uint32_t)));
        countDraw(frame, run.count);
    }
}

// A level of dots alone from its raster of feature numbers: one quad.
void drawDotRaster(const FrameContext& frame, const GpuLevel& level, const GpuLayer& layer, float opacity) {
    const GpuRaster& raster = level.raster;
    const auto& [program, at] = frame.programs.raster;
    glUseProgram(program.get());
    setTransform(at.clipTransform, frame.camera.clipTransform(level.dots.originX, level.dots.originY));
    bindFeatureTable(at.featureColors, 0, layer.colorTexture);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, raster.numbers.get());
    glUniform1i(at.featureNumbers, 1);
    glActiveTexture(GL_TEXTURE0);
    glUniform4f(at.rasterExtent, raster.minX, raster.minY, raster.maxX, raster.maxY);
    glUniform1f(at.opacity, opacity);
    glBindVertexArray(frame.quadVao);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    countDraw(frame, 4);
}

// A level's dots one by one, sized in map units.
void drawDots(const FrameContext& frame, const GpuDots& dots, const GpuLayer& layer, float opacity) {
    const auto& [program, at] = frame.programs.dot;
    glUseProgram(program.get());
    glEnable(GL_PROGRAM_POINT_SIZE);
    setTransform(at.clipTransform, frame.camera.clipTransform(dots.originX, dots.originY));
    bindFeatureTable(at.featureColors, 0, layer.colorTexture);
    glUniform1f(at.opacity, opacity);
    glUniform1f(at.pixelsPerUnit, float(1.0 / frame.camera.unitsPerPixel));
    glBindVertexArray(dots.vao.get());
    const Extent view = viewAround(frame.camera, dots.originX, dots.originY, 4.0);
    for (const Run& run : visibleRuns(dots.chunks, view, uint32_t(dots.count))) {
        glDrawArrays(GL_POINTS, GLint(run.first), GLsizei(run.count));
        countDraw(frame, run.count);
    }
}

// The features a detail level shows as dots: from the level's raster where it is made of dots
// alone (made here the first time), else dot by dot.
void drawLevelDots(const FrameContext& frame, GpuLayer& layer, size_t index, float opacity) {
    GpuLevel& level = layer.levels[index];
    const bool onlyDots = level.shapes.fillIndexCount == 0;
    if (onlyDots && !level.raster.tried)
        makeFeatureRaster(level, layer.levelDotBelow[index], frame.programs.featureNumber, frame.counters);
    if (onlyDots && level.raster.numbers)
        drawDotRaster(frame, level, layer, opacity);
    else if (level.dots.count > 0)
        drawDots(frame, level.dots, layer, opacity);
}

// How one pass of lines is drawn: `layer` gives feature colours (byFeature) and widths (its
// sizes, when it has them); the highlight has none.
struct LinePass {
    const GpuLayer* layer = nullptr;
    Rgba8 color;
    float width = 0;  // pixels, scaled
    float extra = 0;  // pixels added to every width (casings)
    float opacity = 1;
    bool byFeature = false;
    LineDash dash;               // pixels, scaled
    bool dashByFeature = false;  // the layer's dashes by feature, where it has them
};

void drawLines(const FrameContext& frame, const GpuShapes& shapes, const LinePass& pass) {
    const auto& [program, at] = frame.programs.line;
    glUseProgram(program.get());
    setTransform(at.clipTransform, frame.camera.clipTransform(shapes.lineOriginX, shapes.lineOriginY));
    const bool byFeature = pass.byFeature && pass.layer;
    const bool widthByFeature = pass.layer && pass.layer->sizesByFeature;
    if (byFeature) bindFeatureTable(at.featureColors, 0, pass.layer->colorTexture);
    if (widthByFeature) bindFeatureTable(at.featureWidths, 1, pass.layer->sizeTexture);
    glUniform2f(at.viewportSize, float(frame.camera.width), float(frame.camera.height));
    glUniform1f(at.lineWidth, pass.width);
    glUniform1i(at.widthByFeature, widthByFeature ? 1 : 0);
    glUniform1f(at.widthScale, frame.pixelScale);
    glUniform1f(at.widthExtra, pass.extra);
    glUniform1f(at.opacity, pass.opacity);
    glUniform1i(at.perFeatureColor, byFeature ? 1 : 0);
    setColor(at.lineColor, pass.color);
    const bool dashed = !pass.dash.solid() && shapes.lineAlong.get();
    glUniform2f(at.dash, dashed ? float(pass.dash.on) : 0.0f, dashed ? float(pass.dash.off) : 0.0f);
    // Dashes by feature (lines by category), for the line itself, not its casing.
    const bool dashByFeature =
        pass.dashByFeature && pass.layer && pass.layer->dashesByFeature && shapes.lineAlong.get();
    glUniform1i(at.dashByFeature, dashByFeature ? 1 : 0);
    if (dashByFeature) bindFeatureTable(at.featureDashes, 2, pass.layer->dashTexture);
    glBindVertexArray(shapes.lineVao.get());
    // The widest line of the layer decides how far beyond the view a segment may still show.
    const float reach = (widthByFeature ? 100.0f * frame.pixelScale : pass.width) + pass.extra + 2.0f;
    const Extent view = viewAround(frame.camera, shapes.lineOriginX, shapes.lineOriginY, reach);
    for (const Run& run : visibleRuns(shapes.lineChunks, view, uint32_t(shapes.segmentCount))) {
        // Instances from `first` on: the per-segment attributes start there (OpenGL 3.3 has no
        // base instance).
        glBindBuffer(GL_ARRAY_BUFFER, shapes.lineSegments.get());
        glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, 0,
                              reinterpret_cast<const void*>(size_t(run.first) * 4 * sizeof(float)));
        glBindBuffer(GL_ARRAY_BUFFER, shapes.lineIds.get());
        glVertexAttribIPointer(2, 1, GL_UNSIGNED_INT, 0,
                               reinterpret_cast<const void*>(size_t(run.first) * sizeof(uint32_t)));
        if (shapes.lineAlong.get()) {
            glBindBuffer(GL_ARRAY_BUFFER, shapes.lineAlong.get());
            glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, 0,
                                  reinterpret_cast<const void*>(size_t(run.first) * sizeof(float)));
        }
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(run.count));
        countDraw(frame, run.count);
    }
}

// A layer's outlines (polygons) or lines, over its casing where it has one; outlines fade out as
// features shrink on screen (thematic/outline_visibility.h).
void drawStrokes(const FrameContext& frame, const GpuShapes& shapes, const GpuLayer& layer,
                 const LayerPaint& paint) {
    const float outlines = outlineVisibility(paint, frame.camera, frame.pixelScale);
    // Something to stroke, a width to stroke it with (the paint's, or each feature's), not faded out.
    const bool stroked =
        shapes.segmentCount > 0 && (paint.strokeWidth > 0.0f || layer.sizesByFeature) && outlines > 0.0f;
    if (!stroked) return;
    const float scale = frame.pixelScale;
    const LinePass pass{&layer,
                        paint.strokeColor,
                        paint.strokeWidth * scale,
                        0.0f,
                        paint.opacity * outlines,
                        paint.strokeByFeature,
                        paint.dash.scaled(scale),
                        true};
    // The casing first, solid and wider, so the line (dashed or not) lies on it.
    if (paint.casingWidth > 0.0f) {
        LinePass casing = pass;
        casing.color = paint.casingColor;
        casing.byFeature = false;
        casing.extra = 2.0f * paint.casingWidth * scale;
        casing.dash = LineDash{};
        casing.dashByFeature = false;
        drawLines(frame, shapes, casing);
    }
    drawLines(frame, shapes, pass);
}

// Point symbols: one instanced quad each, proportional sizes filled translucent.
void drawPoints(const FrameContext& frame, const GpuLayer& layer, const LayerPaint& paint) {
    const auto& [program, at] = frame.programs.point;
    glUseProgram(program.get());
    setTransform(at.clipTransform, frame.camera.clipTransform(layer.pointOriginX, layer.pointOriginY));
    bindFeatureTable(at.featureColors, 0, layer.colorTexture);
    glUniform2f(at.viewportSize, float(frame.camera.width), float(frame.camera.height));
    glUniform1f(at.pointSize, paint.pointSize * frame.pixelScale);
    glUniform1i(at.sizeByFeature, layer.sizesByFeature ? 1 : 0);
    glUniform1f(at.sizeScale, frame.pixelScale);
    glUniform1f(at.fillOpacity, layer.sizesByFeature ? 0.75f : 1.0f);
    if (layer.sizesByFeature) bindFeatureTable(at.featureSizes, 1, layer.sizeTexture);
    glUniform1f(at.opacity, paint.opacity);
    setColor(at.outlineColor, paint.pointOutline);
    glBindVertexArray(layer.pointVao.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, layer.pointCount);
    countDraw(frame, uint64_t(layer.pointCount));
}

}  // namespace

void drawLayer(const FrameContext& frame, GpuLayer& layer, const LayerPaint& paint) {
    const int level = levelToDraw(layer, frame.camera);
    const GpuShapes& shapes = level < 0 ? layer.shapes : layer.levels[size_t(level)].shapes;
    if (paint.drawFill && shapes.fillIndexCount > 0) drawFills(frame, shapes, layer, paint.opacity);
    if (paint.drawFill && level >= 0) drawLevelDots(frame, layer, size_t(level), paint.opacity);
    drawStrokes(frame, shapes, layer, paint);
    if (layer.pointCount > 0) drawPoints(frame, layer, paint);
}

void drawHighlight(const FrameContext& frame, const GpuShapes& outline, Rgba8 color, float width) {
    drawLines(frame, outline,
              LinePass{nullptr, color, width * frame.pixelScale, 0.0f, 1.0f, false, LineDash{}, false});
}

}  // namespace bashu
