#pragma once
// A layer as the GPU holds it (meshes of each detail level, per-feature tables) and the upload of
// its meshes. Internal to the renderer: map_renderer.cpp keeps these, layer_passes.cpp draws them.
#include <epoxy/gl.h>

#include <cstdint>
#include <vector>

#include "render/gl_handles.h"
#include "tessellate/layer_meshes.h"

namespace bashu {

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
// numbers, made from the dots the first time it is needed (render/feature_raster.h).
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

/// `data` into a new static buffer, left bound to `target`; adds its size to `bytes`.
template <class T>
GlBuffer uploadArray(GLenum target, const std::vector<T>& data, uint64_t& bytes) {
    GlBuffer buffer = makeBuffer();
    glBindBuffer(target, buffer.get());
    glBufferData(target, GLsizeiptr(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(),
                 GL_STATIC_DRAW);
    bytes += data.size() * sizeof(T);
    return buffer;
}

/// Float vertex attribute `location` read from `buffer` (divisor 1: per instance).
void floatAttribute(GLuint location, const GlBuffer& buffer, GLint components, GLuint divisor);

/// Line segments as instances of the shared quad `quadCorners`; adds the bytes sent to `bytes`.
void uploadLines(GpuShapes& shapes, const LineMesh& lines, const GlBuffer& quadCorners, uint64_t& bytes);

/// A layer's meshes onto the GPU, replacing those it had; its colours, sizes and dashes stay.
/// Adds the bytes sent to `bytes`.
void uploadMeshes(GpuLayer& layer, const LayerMeshes& meshes, const GlBuffer& quadCorners, uint64_t& bytes);

}  // namespace bashu
