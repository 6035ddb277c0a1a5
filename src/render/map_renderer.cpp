#include "render/map_renderer.h"

#include <epoxy/gl.h>

#include <cstddef>

#include "core/move_element.h"
#include "render/gpu_layer.h"
#include "render/layer_passes.h"
#include "render/map_programs.h"
#include "tessellate/detail_levels.h"
#include "thematic/outline_visibility.h"

namespace bashu {

struct MapRenderer::State {
    MapPrograms programs;
    GlBuffer quadCorners;   // shared unit quad for instanced lines and points
    GlVertexArray quadVao;  // the quad alone, for rasters
    std::vector<GpuLayer> layers;
    uint64_t version = 0;
    GpuShapes highlight;  // its segments only; drawn last
    Rgba8 highlightColor;
    float highlightWidth = 0;
    RendererCounters counters;
};

MapRenderer::MapRenderer(std::unique_ptr<State> state) : state_(std::move(state)) {}
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;
MapRenderer::~MapRenderer() = default;

Result<MapRenderer> MapRenderer::create() {
    auto state = std::make_unique<State>();
    Result<MapPrograms> programs = buildMapPrograms();
    if (!programs) return programs.error();
    state->programs = std::move(*programs);
    // Corners as (along, side) for lines; points read them as (-1/+1, -1/+1) after remapping.
    // Part of the renderer, not of a layer's meshes: not counted as a mesh upload.
    const std::vector<float> corners = {0, -1, 1, -1, 0, 1, 1, 1};
    uint64_t quadBytes = 0;
    state->quadCorners = uploadArray(GL_ARRAY_BUFFER, corners, quadBytes);
    state->quadVao = makeVertexArray();
    glBindVertexArray(state->quadVao.get());
    floatAttribute(0, state->quadCorners, 2, 0);
    glBindVertexArray(0);
    return MapRenderer(std::move(state));
}

size_t MapRenderer::addLayer(const LayerMeshes& meshes) {
    GpuLayer layer;
    uploadMeshes(layer, meshes, state_->quadCorners, state_->counters.meshBytes);
    ++state_->counters.meshUploads;
    layer.colorBuffer = makeBuffer();
    layer.colorTexture = makeTexture();
    state_->layers.push_back(std::move(layer));
    const size_t index = state_->layers.size() - 1;
    const std::vector<Rgba8> grey(1, Rgba8{0xd9, 0xd9, 0xd9, 255});
    setFeatureColors(index, grey);
    return index;
}

void MapRenderer::replaceMeshes(size_t layer, const LayerMeshes& meshes) {
    uploadMeshes(state_->layers[layer], meshes, state_->quadCorners, state_->counters.meshBytes);
    ++state_->counters.meshUploads;
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
    uploadLines(state_->highlight, outline, state_->quadCorners, state_->counters.meshBytes);
    ++state_->counters.meshUploads;
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
const RendererCounters& MapRenderer::counters() const { return state_->counters; }
void MapRenderer::resetCounters() { state_->counters = RendererCounters{}; }

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
    ++state_->counters.sizeTableUploads;
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
    ++state_->counters.dashTableUploads;
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
    ++state_->counters.colorTableUploads;
    state_->counters.colorTableBytes += data.size_bytes();
}

namespace {
// Outlines at least this wide (pixels) and opaque hide the fill edges under them entirely.
constexpr float kCoveringOutlinePixels = 0.75f;

// Clears to the background and sets the state every pass relies on: no depth, culling or
// scissor; blending that keeps the target's alpha meaningful (transparent exports).
void beginFrame(Rgba8 background) {
    glClearColor(float(background.r) / 255.0f, float(background.g) / 255.0f, float(background.b) / 255.0f,
                 float(background.a) / 255.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_MULTISAMPLE);
}
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

void MapRenderer::draw(const Camera& camera, std::span<const LayerPaint> paints, Rgba8 background,
                       float pixelScale) {
    State& s = *state_;
    beginFrame(background);
    const FrameContext frame{s.programs, camera, pixelScale, s.quadVao.get(), s.counters};
    for (size_t i = 0; i < s.layers.size() && i < paints.size(); ++i)
        if (paints[i].visible) drawLayer(frame, s.layers[i], paints[i]);
    if (s.highlight.segmentCount > 0) drawHighlight(frame, s.highlight, s.highlightColor, s.highlightWidth);
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace bashu
