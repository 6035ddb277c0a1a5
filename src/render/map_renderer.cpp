#include "render/map_renderer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/move_element.h"
#include "render/gl_handles.h"
#include "render/shader_program.h"
#include "render/shader_sources.h"
#include "thematic/outline_visibility.h"

namespace bashu {

namespace {

// A polygon layer's fills and outlines on the GPU, or any layer's lines: the full meshes, or a
// detail level's. Counts are what draw calls need.
struct GpuShapes {
    double fillOriginX = 0, fillOriginY = 0, lineOriginX = 0, lineOriginY = 0;
    GlVertexArray fillVao, lineVao;
    GlBuffer fillPositions, fillIds, fillIndices, lineSegments, lineIds, lineAlong;
    GLsizei fillIndexCount = 0, segmentCount = 0;
    // Runs of indices and segments by grid cell (tessellate/spatial_order.h): cells out of view
    // are not drawn. Empty: drawn whole.
    std::vector<MeshChunk> fillChunks, lineChunks;
};

// A detail level's dots: features too small on screen to draw as shapes.
struct GpuDots {
    double originX = 0, originY = 0;
    GlVertexArray vao;
    GlBuffer positions, sizes, ids;
    GLsizei count = 0;
    std::vector<MeshChunk> chunks;
};

// A level whose every feature is a dot can be drawn as one quad showing a raster of feature
// numbers, made from the dots the first time it is needed (see drawRaster).
struct GpuRaster {
    bool tried = false;                            // made, or found too large to make
    GlTexture numbers;                             // R32UI: feature number + 1 per texel, 0 where none
    float minX = 0, minY = 0, maxX = 0, maxY = 0;  // relative to the dots' origin
};

struct GpuLevel {
    GpuShapes shapes;
    GpuDots dots;
    GpuRaster raster;
};

// GPU resources of one layer.
struct GpuLayer {
    GpuShapes shapes;                   // full detail
    std::vector<GpuLevel> levels;       // coarser ones, coarsest first (tessellate/detail_levels.h)
    std::vector<double> levelDotBelow;  // each level's DetailLevel::dotBelow, for chooseDetailLevel
    double pointOriginX = 0, pointOriginY = 0;
    GlVertexArray pointVao;
    GlBuffer pointPositions, pointIds;
    GLsizei pointCount = 0;
    GlBuffer colorBuffer;  // RGBA8 per feature
    GlTexture colorTexture;
    size_t colorCount = 0;
    GlBuffer sizeBuffer;  // R32F per feature: point diameters (proportional symbols)
    GlTexture sizeTexture;
    bool sizesByFeature = false;
    GlBuffer dashBuffer;  // RG32F per feature: dash and gap of lines by category
    GlTexture dashTexture;
    bool dashesByFeature = false;
};

template <class T>
GlBuffer uploadArray(GLenum target, const std::vector<T>& data) {
    GlBuffer buffer = makeBuffer();
    glBindBuffer(target, buffer.get());
    glBufferData(target, GLsizeiptr(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(),
                 GL_STATIC_DRAW);
    return buffer;
}

void floatAttribute(GLuint location, const GlBuffer& buffer, GLint components, GLuint divisor) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, components, GL_FLOAT, GL_FALSE, 0, nullptr);
    glVertexAttribDivisor(location, divisor);
}

void idAttribute(GLuint location, const GlBuffer& buffer, GLuint divisor) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glEnableVertexAttribArray(location);
    glVertexAttribIPointer(location, 1, GL_UNSIGNED_INT, 0, nullptr);
    glVertexAttribDivisor(location, divisor);
}

float rgbaChannel(uint8_t v) { return float(v) / 255.0f; }

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

// Line segments as instances of the shared quad.
void uploadLines(GpuShapes& shapes, const LineMesh& lines, const GlBuffer& quadCorners) {
    shapes.lineOriginX = lines.originX;
    shapes.lineOriginY = lines.originY;
    shapes.segmentCount = GLsizei(lines.segmentCount());
    shapes.lineChunks = lines.chunks;
    if (lines.segmentCount() == 0) return;
    shapes.lineVao = makeVertexArray();
    glBindVertexArray(shapes.lineVao.get());
    floatAttribute(0, quadCorners, 2, 0);
    shapes.lineSegments = uploadArray(GL_ARRAY_BUFFER, lines.segments);
    floatAttribute(1, shapes.lineSegments, 4, 1);
    shapes.lineIds = uploadArray(GL_ARRAY_BUFFER, lines.featureIds);
    idAttribute(2, shapes.lineIds, 1);
    // Without distances along (polygon outlines) the attribute reads 0: dashes need them.
    if (lines.along.size() == lines.segmentCount()) {
        shapes.lineAlong = uploadArray(GL_ARRAY_BUFFER, lines.along);
        floatAttribute(3, shapes.lineAlong, 1, 1);
    }
    glBindVertexArray(0);
}

void uploadFill(GpuShapes& shapes, const PolygonMesh& fill) {
    shapes.fillOriginX = fill.originX;
    shapes.fillOriginY = fill.originY;
    if (fill.indices.empty()) return;
    shapes.fillVao = makeVertexArray();
    glBindVertexArray(shapes.fillVao.get());
    shapes.fillPositions = uploadArray(GL_ARRAY_BUFFER, fill.positions);
    floatAttribute(0, shapes.fillPositions, 2, 0);
    shapes.fillIds = uploadArray(GL_ARRAY_BUFFER, fill.featureIds);
    idAttribute(1, shapes.fillIds, 0);
    shapes.fillIndices = uploadArray(GL_ELEMENT_ARRAY_BUFFER, fill.indices);
    shapes.fillIndexCount = GLsizei(fill.indices.size());
    shapes.fillChunks = fill.chunks;
    glBindVertexArray(0);
}

void uploadDots(GpuDots& gpu, const DotMesh& dots) {
    gpu.originX = dots.originX;
    gpu.originY = dots.originY;
    gpu.count = GLsizei(dots.dotCount());
    gpu.chunks = dots.chunks;
    if (gpu.count == 0) return;
    gpu.vao = makeVertexArray();
    glBindVertexArray(gpu.vao.get());
    gpu.positions = uploadArray(GL_ARRAY_BUFFER, dots.positions);
    floatAttribute(0, gpu.positions, 2, 0);
    gpu.sizes = uploadArray(GL_ARRAY_BUFFER, dots.sizes);
    floatAttribute(1, gpu.sizes, 1, 0);
    gpu.ids = uploadArray(GL_ARRAY_BUFFER, dots.featureIds);
    idAttribute(2, gpu.ids, 0);
    glBindVertexArray(0);
}

}  // namespace

struct MapRenderer::State {
    GlProgram fillProgram, lineProgram, pointProgram, dotProgram, numberProgram, rasterProgram;
    GlBuffer quadCorners;   // shared unit quad for instanced lines and points
    GlVertexArray quadVao;  // the quad alone, for rasters
    std::vector<GpuLayer> layers;
    uint64_t version = 0;
    GpuShapes highlight;  // its segments only; drawn last
    Rgba8 highlightColor;
    float highlightWidth = 0;

    void setTransform(GLuint program, const ClipTransform& t) {
        glUniform4f(glGetUniformLocation(program, "clipTransform"), t.scaleX, t.scaleY, t.offsetX, t.offsetY);
    }
    void bindColors(GLuint program, const GpuLayer& layer) {
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_BUFFER, layer.colorTexture.get());
        glUniform1i(glGetUniformLocation(program, "featureColors"), 0);
    }
};

MapRenderer::MapRenderer(std::unique_ptr<State> state) : state_(std::move(state)) {}
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;
MapRenderer::~MapRenderer() = default;

Result<MapRenderer> MapRenderer::create() {
    auto state = std::make_unique<State>();
    Result<GlProgram> fill =
        buildProgram("polygon_fill", shaders::polygon_fill_vert, shaders::polygon_fill_frag);
    if (!fill) return fill.error();
    Result<GlProgram> line = buildProgram("line", shaders::line_vert, shaders::line_frag);
    if (!line) return line.error();
    Result<GlProgram> point = buildProgram("point", shaders::point_vert, shaders::point_frag);
    if (!point) return point.error();
    // Dots are filled like polygons: the fill's fragment shader.
    Result<GlProgram> dot = buildProgram("dot", shaders::dot_vert, shaders::polygon_fill_frag);
    if (!dot) return dot.error();
    state->dotProgram = std::move(*dot);
    Result<GlProgram> number = buildProgram("feature_number_dot", shaders::feature_number_dot_vert,
                                            shaders::feature_number_dot_frag);
    if (!number) return number.error();
    state->numberProgram = std::move(*number);
    Result<GlProgram> raster = buildProgram("raster", shaders::raster_vert, shaders::raster_frag);
    if (!raster) return raster.error();
    state->rasterProgram = std::move(*raster);
    state->fillProgram = std::move(*fill);
    state->lineProgram = std::move(*line);
    state->pointProgram = std::move(*point);
    // Corners as (along, side) for lines; points read them as (-1/+1, -1/+1) after remapping.
    const std::vector<float> corners = {0, -1, 1, -1, 0, 1, 1, 1};
    state->quadCorners = uploadArray(GL_ARRAY_BUFFER, corners);
    state->quadVao = makeVertexArray();
    glBindVertexArray(state->quadVao.get());
    floatAttribute(0, state->quadCorners, 2, 0);
    glBindVertexArray(0);
    return MapRenderer(std::move(state));
}

namespace {
// A layer's meshes onto the GPU, replacing those it had; its colours, sizes and dashes stay.
void uploadMeshes(GpuLayer& layer, const LayerMeshes& meshes, const GlBuffer& quadCorners) {
    layer.shapes = GpuShapes{};
    layer.levels.clear();
    layer.pointVao.reset();
    layer.pointPositions.reset();
    layer.pointIds.reset();
    layer.pointCount = 0;
    layer.pointOriginX = meshes.points.originX;
    layer.pointOriginY = meshes.points.originY;
    uploadFill(layer.shapes, meshes.fill);
    uploadLines(layer.shapes, meshes.lines, quadCorners);
    for (const DetailLevel& level : meshes.levels) {
        GpuLevel gpu;
        uploadFill(gpu.shapes, level.fill);
        uploadLines(gpu.shapes, level.lines, quadCorners);
        uploadDots(gpu.dots, level.dots);
        layer.levels.push_back(std::move(gpu));
    }
    layer.levelDotBelow = levelDotSizes(meshes.levels);
    if (meshes.points.pointCount() > 0) {
        layer.pointVao = makeVertexArray();
        glBindVertexArray(layer.pointVao.get());
        floatAttribute(0, quadCorners, 2, 0);
        layer.pointPositions = uploadArray(GL_ARRAY_BUFFER, meshes.points.positions);
        floatAttribute(1, layer.pointPositions, 2, 1);
        layer.pointIds = uploadArray(GL_ARRAY_BUFFER, meshes.points.featureIds);
        idAttribute(2, layer.pointIds, 1);
        layer.pointCount = GLsizei(meshes.points.pointCount());
    }
    glBindVertexArray(0);
}
}  // namespace

size_t MapRenderer::addLayer(const LayerMeshes& meshes) {
    GpuLayer layer;
    uploadMeshes(layer, meshes, state_->quadCorners);
    layer.colorBuffer = makeBuffer();
    layer.colorTexture = makeTexture();
    state_->layers.push_back(std::move(layer));
    const size_t index = state_->layers.size() - 1;
    const std::vector<Rgba8> grey(1, Rgba8{0xd9, 0xd9, 0xd9, 255});
    setFeatureColors(index, grey);
    return index;
}

void MapRenderer::replaceMeshes(size_t layer, const LayerMeshes& meshes) {
    uploadMeshes(state_->layers[layer], meshes, state_->quadCorners);
    ++state_->version;
}

void MapRenderer::clearLayers() {
    state_->layers.clear();
    ++state_->version;
}

void MapRenderer::removeLayer(size_t layer) {
    state_->layers.erase(state_->layers.begin() + std::ptrdiff_t(layer));
    ++state_->version;
}

void MapRenderer::moveLayer(size_t from, size_t to) {
    moveElement(state_->layers, from, to);
    ++state_->version;
}

void MapRenderer::setHighlight(const LineMesh& outline, Rgba8 color, float width) {
    state_->highlight = GpuShapes{};
    uploadLines(state_->highlight, outline, state_->quadCorners);
    state_->highlightColor = color;
    state_->highlightWidth = width;
    ++state_->version;
}

void MapRenderer::clearHighlight() {
    state_->highlight = GpuShapes{};
    ++state_->version;
}

size_t MapRenderer::layerCount() const { return state_->layers.size(); }
uint64_t MapRenderer::version() const { return state_->version; }

void MapRenderer::setFeatureSizes(size_t index, std::span<const float> diameters) {
    GpuLayer& layer = state_->layers.at(index);
    ++state_->version;
    layer.sizesByFeature = !diameters.empty();
    if (diameters.empty()) return;
    if (!layer.sizeBuffer.get()) {
        layer.sizeBuffer = makeBuffer();
        layer.sizeTexture = makeTexture();
    }
    glBindBuffer(GL_TEXTURE_BUFFER, layer.sizeBuffer.get());
    glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(diameters.size_bytes()), diameters.data(), GL_DYNAMIC_DRAW);
    glBindTexture(GL_TEXTURE_BUFFER, layer.sizeTexture.get());
    glTexBuffer(GL_TEXTURE_BUFFER, GL_R32F, layer.sizeBuffer.get());
    glBindBuffer(GL_TEXTURE_BUFFER, 0);
}

void MapRenderer::setFeatureDashes(size_t index, std::span<const LineDash> dashes) {
    GpuLayer& layer = state_->layers.at(index);
    ++state_->version;
    layer.dashesByFeature = !dashes.empty();
    if (dashes.empty()) return;
    std::vector<float> pairs;
    pairs.reserve(2 * dashes.size());
    for (const LineDash& d : dashes) {
        pairs.push_back(d.solid() ? 0.0f : float(d.on));
        pairs.push_back(d.solid() ? 0.0f : float(d.off));
    }
    if (!layer.dashBuffer.get()) {
        layer.dashBuffer = makeBuffer();
        layer.dashTexture = makeTexture();
    }
    glBindBuffer(GL_TEXTURE_BUFFER, layer.dashBuffer.get());
    glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(pairs.size() * sizeof(float)), pairs.data(), GL_DYNAMIC_DRAW);
    glBindTexture(GL_TEXTURE_BUFFER, layer.dashTexture.get());
    glTexBuffer(GL_TEXTURE_BUFFER, GL_RG32F, layer.dashBuffer.get());
    glBindBuffer(GL_TEXTURE_BUFFER, 0);
}

void MapRenderer::setFeatureColors(size_t index, std::span<const Rgba8> colors) {
    GpuLayer& layer = state_->layers.at(index);
    ++state_->version;
    static_assert(sizeof(Rgba8) == 4);
    const Rgba8 fallback{0xd9, 0xd9, 0xd9, 255};
    std::span<const Rgba8> data = colors.empty() ? std::span<const Rgba8>(&fallback, 1) : colors;
    glBindBuffer(GL_TEXTURE_BUFFER, layer.colorBuffer.get());
    if (data.size() == layer.colorCount) {
        glBufferSubData(GL_TEXTURE_BUFFER, 0, GLsizeiptr(data.size_bytes()), data.data());
    } else {
        glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(data.size_bytes()), data.data(), GL_DYNAMIC_DRAW);
        glBindTexture(GL_TEXTURE_BUFFER, layer.colorTexture.get());
        glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA8, layer.colorBuffer.get());
        layer.colorCount = data.size();
    }
    glBindBuffer(GL_TEXTURE_BUFFER, 0);
}

namespace {
// Outlines at least this wide (pixels) and opaque hide the fill edges under them entirely.
constexpr float kCoveringOutlinePixels = 0.75f;
}  // namespace

bool outlinesCoverFillEdges(const LayerPaint& paint, const Camera& camera, float pixelScale) {
    return paint.opacity >= 1.0f && paint.strokeColor.a == 255 &&
           paint.strokeWidth * pixelScale >= kCoveringOutlinePixels &&
           outlineVisibility(paint, camera, pixelScale) >= 1.0f;
}

bool MapRenderer::needsMultisampling(const Camera& camera, std::span<const LayerPaint> paints,
                                     float pixelScale) const {
    for (size_t i = 0; i < paints.size(); ++i) {
        const LayerPaint& paint = paints[i];
        if (!paint.visible || !paint.drawFill) continue;
        // A level of dots alone has no polygon edges: it is drawn from a raster of feature numbers.
        if (i < state_->layers.size()) {
            const GpuLayer& layer = state_->layers[i];
            const int level = chooseDetailLevel(layer.levelDotBelow, camera.unitsPerPixel);
            if (level >= 0 && layer.levels[size_t(level)].shapes.fillIndexCount == 0) continue;
        }
        if (!outlinesCoverFillEdges(paint, camera, pixelScale)) return true;
    }
    return false;
}

namespace {

// The largest raster of feature numbers made, a side: 64 MiB at most.
constexpr int kMaxRasterSide = 4096;

// Draws a level's dots once into a texture of feature numbers, a texel a quarter of the level's
// dot size: the level is used where a dot is at most 4 pixels, so a texel is at most a pixel.
// Leaves the framebuffer, viewport and blending as it found them.
// Dots drawn into a raster between flushes (see makeRaster).
constexpr GLint kDotsPerFlush = 1 << 16;

void makeRaster(GpuLevel& level, double dotBelow, GLuint numberProgram) {
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
        glUseProgram(numberProgram);
        // The raster's extent fills clip space: texel columns run from minX, rows from minY.
        const float spanX = float(width * texel), spanY = float(height * texel);
        glUniform4f(glGetUniformLocation(numberProgram, "clipTransform"), 2.0f / spanX, 2.0f / spanY,
                    -1.0f - 2.0f * minX / spanX, -1.0f - 2.0f * minY / spanY);
        glUniform1f(glGetUniformLocation(numberProgram, "pixelsPerUnit"), float(1.0 / texel));
        glEnable(GL_PROGRAM_POINT_SIZE);
        glBindVertexArray(dots.vao.get());
        // In batches, each flushed: a software rasteriser bins a whole draw before rasterising
        // it, and 10^6 dots in one draw held ~100 MB of bins at the peak of an export.
        for (GLint first = 0; first < dots.count; first += kDotsPerFlush) {
            glDrawArrays(GL_POINTS, first, std::min<GLint>(kDotsPerFlush, dots.count - first));
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

}  // namespace

void MapRenderer::draw(const Camera& camera, std::span<const LayerPaint> paints, Rgba8 background,
                       float pixelScale) {
    State& s = *state_;
    glClearColor(rgbaChannel(background.r), rgbaChannel(background.g), rgbaChannel(background.b),
                 rgbaChannel(background.a));
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_MULTISAMPLE);
    const float viewportW = float(camera.width), viewportH = float(camera.height);
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
    auto drawLines = [&](const GpuShapes& shapes, const LinePass& pass) {
        const GLuint p = s.lineProgram.get();
        glUseProgram(p);
        s.setTransform(p, camera.clipTransform(shapes.lineOriginX, shapes.lineOriginY));
        const bool byFeature = pass.byFeature && pass.layer;
        const bool widthByFeature = pass.layer && pass.layer->sizesByFeature;
        if (byFeature) s.bindColors(p, *pass.layer);
        if (widthByFeature) {
            glActiveTexture(GL_TEXTURE1);
            glBindTexture(GL_TEXTURE_BUFFER, pass.layer->sizeTexture.get());
            glUniform1i(glGetUniformLocation(p, "featureWidths"), 1);
            glActiveTexture(GL_TEXTURE0);
        }
        glUniform2f(glGetUniformLocation(p, "viewportSize"), viewportW, viewportH);
        glUniform1f(glGetUniformLocation(p, "lineWidth"), pass.width);
        glUniform1i(glGetUniformLocation(p, "widthByFeature"), widthByFeature ? 1 : 0);
        glUniform1f(glGetUniformLocation(p, "widthScale"), pixelScale);
        glUniform1f(glGetUniformLocation(p, "widthExtra"), pass.extra);
        glUniform1f(glGetUniformLocation(p, "opacity"), pass.opacity);
        glUniform1i(glGetUniformLocation(p, "perFeatureColor"), byFeature ? 1 : 0);
        glUniform4f(glGetUniformLocation(p, "lineColor"), rgbaChannel(pass.color.r),
                    rgbaChannel(pass.color.g), rgbaChannel(pass.color.b), rgbaChannel(pass.color.a));
        const bool dashed = !pass.dash.solid() && shapes.lineAlong.get();
        glUniform2f(glGetUniformLocation(p, "dash"), dashed ? float(pass.dash.on) : 0.0f,
                    dashed ? float(pass.dash.off) : 0.0f);
        // Dashes by feature (lines by category), for the line itself, not its casing.
        const bool dashByFeature =
            pass.dashByFeature && pass.layer && pass.layer->dashesByFeature && shapes.lineAlong.get();
        glUniform1i(glGetUniformLocation(p, "dashByFeature"), dashByFeature ? 1 : 0);
        if (dashByFeature) {
            glActiveTexture(GL_TEXTURE2);
            glBindTexture(GL_TEXTURE_BUFFER, pass.layer->dashTexture.get());
            glUniform1i(glGetUniformLocation(p, "featureDashes"), 2);
            glActiveTexture(GL_TEXTURE0);
        }
        glBindVertexArray(shapes.lineVao.get());
        // The widest line of the layer decides how far beyond the view a segment may still show.
        const float reach = (widthByFeature ? 100.0f * pixelScale : pass.width) + pass.extra + 2.0f;
        const Extent view = viewAround(camera, shapes.lineOriginX, shapes.lineOriginY, reach);
        for (const Run& run : visibleRuns(shapes.lineChunks, view, uint32_t(shapes.segmentCount))) {
            // Instances from `first` on: the per-segment attributes start there (OpenGL 3.3 has
            // no base instance).
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
        }
    };

    for (size_t i = 0; i < s.layers.size() && i < paints.size(); ++i) {
        GpuLayer& layer = s.layers[i];
        const LayerPaint& paint = paints[i];
        if (!paint.visible) continue;
        // A coarser level where the layer is small on screen (tessellate/detail_levels.h).
        int level = chooseDetailLevel(layer.levelDotBelow, camera.unitsPerPixel);
        // A layer loaded for one export may have no full meshes (SceneBuildOptions): its finest
        // level is the closest there is.
        if (level < 0 && !layer.levels.empty() && layer.shapes.fillIndexCount == 0 &&
            layer.shapes.segmentCount == 0)
            level = int(layer.levels.size()) - 1;
        const GpuShapes& shapes = level < 0 ? layer.shapes : layer.levels[size_t(level)].shapes;

        if (paint.drawFill && shapes.fillIndexCount > 0) {
            const GLuint p = s.fillProgram.get();
            glUseProgram(p);
            s.setTransform(p, camera.clipTransform(shapes.fillOriginX, shapes.fillOriginY));
            s.bindColors(p, layer);
            glUniform1f(glGetUniformLocation(p, "opacity"), paint.opacity);
            glBindVertexArray(shapes.fillVao.get());
            const Extent view = viewAround(camera, shapes.fillOriginX, shapes.fillOriginY, 1.0);
            for (const Run& run : visibleRuns(shapes.fillChunks, view, uint32_t(shapes.fillIndexCount)))
                glDrawElements(GL_TRIANGLES, GLsizei(run.count), GL_UNSIGNED_INT,
                               reinterpret_cast<const void*>(size_t(run.first) * sizeof(uint32_t)));
        }
        // A level of dots alone is drawn from its raster of feature numbers: one quad.
        GpuLevel* onlyDots = level >= 0 && layer.levels[size_t(level)].shapes.fillIndexCount == 0
                                 ? &layer.levels[size_t(level)]
                                 : nullptr;
        if (onlyDots && paint.drawFill && !onlyDots->raster.tried)
            makeRaster(*onlyDots, layer.levelDotBelow[size_t(level)], s.numberProgram.get());
        if (onlyDots && paint.drawFill && onlyDots->raster.numbers) {
            const GpuRaster& raster = onlyDots->raster;
            const GLuint p = s.rasterProgram.get();
            glUseProgram(p);
            s.setTransform(p, camera.clipTransform(onlyDots->dots.originX, onlyDots->dots.originY));
            s.bindColors(p, layer);
            glActiveTexture(GL_TEXTURE1);
            glBindTexture(GL_TEXTURE_2D, raster.numbers.get());
            glUniform1i(glGetUniformLocation(p, "featureNumbers"), 1);
            glActiveTexture(GL_TEXTURE0);
            glUniform4f(glGetUniformLocation(p, "rasterExtent"), raster.minX, raster.minY, raster.maxX,
                        raster.maxY);
            glUniform1f(glGetUniformLocation(p, "opacity"), paint.opacity);
            glBindVertexArray(s.quadVao.get());
            glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        } else if (level >= 0 && paint.drawFill && layer.levels[size_t(level)].dots.count > 0) {
            const GpuDots& dots = layer.levels[size_t(level)].dots;
            const GLuint p = s.dotProgram.get();
            glUseProgram(p);
            glEnable(GL_PROGRAM_POINT_SIZE);
            s.setTransform(p, camera.clipTransform(dots.originX, dots.originY));
            s.bindColors(p, layer);
            glUniform1f(glGetUniformLocation(p, "opacity"), paint.opacity);
            glUniform1f(glGetUniformLocation(p, "pixelsPerUnit"), float(1.0 / camera.unitsPerPixel));
            glBindVertexArray(dots.vao.get());
            const Extent view = viewAround(camera, dots.originX, dots.originY, 4.0);
            for (const Run& run : visibleRuns(dots.chunks, view, uint32_t(dots.count)))
                glDrawArrays(GL_POINTS, GLint(run.first), GLsizei(run.count));
        }
        const float outlines = outlineVisibility(paint, camera, pixelScale);
        if (shapes.segmentCount > 0 && (paint.strokeWidth > 0.0f || layer.sizesByFeature) &&
            outlines > 0.0f) {
            LinePass pass{&layer,
                          paint.strokeColor,
                          paint.strokeWidth * pixelScale,
                          0.0f,
                          paint.opacity * outlines,
                          paint.strokeByFeature,
                          paint.dash.scaled(pixelScale),
                          true};
            // The casing first, solid and wider, so the line (dashed or not) lies on it.
            if (paint.casingWidth > 0.0f) {
                LinePass casing = pass;
                casing.color = paint.casingColor;
                casing.byFeature = false;
                casing.extra = 2.0f * paint.casingWidth * pixelScale;
                casing.dash = LineDash{};
                casing.dashByFeature = false;
                drawLines(shapes, casing);
            }
            drawLines(shapes, pass);
        }
        if (layer.pointCount > 0) {
            const GLuint p = s.pointProgram.get();
            glUseProgram(p);
            s.setTransform(p, camera.clipTransform(layer.pointOriginX, layer.pointOriginY));
            s.bindColors(p, layer);
            glUniform2f(glGetUniformLocation(p, "viewportSize"), viewportW, viewportH);
            glUniform1f(glGetUniformLocation(p, "pointSize"), paint.pointSize * pixelScale);
            glUniform1i(glGetUniformLocation(p, "sizeByFeature"), layer.sizesByFeature ? 1 : 0);
            glUniform1f(glGetUniformLocation(p, "sizeScale"), pixelScale);
            glUniform1f(glGetUniformLocation(p, "fillOpacity"), layer.sizesByFeature ? 0.75f : 1.0f);
            if (layer.sizesByFeature) {
                glActiveTexture(GL_TEXTURE1);
                glBindTexture(GL_TEXTURE_BUFFER, layer.sizeTexture.get());
                glUniform1i(glGetUniformLocation(p, "featureSizes"), 1);
                glActiveTexture(GL_TEXTURE0);
            }
            glUniform1f(glGetUniformLocation(p, "opacity"), paint.opacity);
            const Rgba8 c = paint.pointOutline;
            glUniform4f(glGetUniformLocation(p, "outlineColor"), rgbaChannel(c.r), rgbaChannel(c.g),
                        rgbaChannel(c.b), rgbaChannel(c.a));
            glBindVertexArray(layer.pointVao.get());
            glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, layer.pointCount);
        }
    }
    if (s.highlight.segmentCount > 0)
        drawLines(
            s.highlight,
            LinePass{nullptr, s.highlightColor, s.highlightWidth * pixelScale, 0.0f, 1.0f, false, {}, false});
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace bashu
