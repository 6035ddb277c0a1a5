#include "render/gpu_layer.h"

#include <epoxy/gl.h>

namespace bashu {

void floatAttribute(GLuint location, const GlBuffer& buffer, GLint components, GLuint divisor) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, components, GL_FLOAT, GL_FALSE, 0, nullptr);
    glVertexAttribDivisor(location, divisor);
}

namespace {

void idAttribute(GLuint location, const GlBuffer& buffer, GLuint divisor) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glEnableVertexAttribArray(location);
    glVertexAttribIPointer(location, 1, GL_UNSIGNED_INT, 0, nullptr);
    glVertexAttribDivisor(location, divisor);
}

void uploadFill(GpuShapes& shapes, const PolygonMesh& fill, uint64_t& bytes) {
    shapes.fillOriginX = fill.originX;
    shapes.fillOriginY = fill.originY;
    if (fill.indices.empty()) return;
    shapes.fillVao = makeVertexArray();
    glBindVertexArray(shapes.fillVao.get());
    shapes.fillPositions = uploadArray(GL_ARRAY_BUFFER, fill.positions, bytes);
    floatAttribute(0, shapes.fillPositions, 2, 0);
    shapes.fillIds = uploadArray(GL_ARRAY_BUFFER, fill.featureIds, bytes);
    idAttribute(1, shapes.fillIds, 0);
    shapes.fillIndices = uploadArray(GL_ELEMENT_ARRAY_BUFFER, fill.indices, bytes);
    shapes.fillIndexCount = GLsizei(fill.indices.size());
    shapes.fillChunks = fill.chunks;
    glBindVertexArray(0);
}

void uploadDots(GpuDots& gpu, const DotMesh& dots, uint64_t& bytes) {
    gpu.originX = dots.originX;
    gpu.originY = dots.originY;
    gpu.count = GLsizei(dots.dotCount());
    gpu.chunks = dots.chunks;
    if (gpu.count == 0) return;
    gpu.vao = makeVertexArray();
    glBindVertexArray(gpu.vao.get());
    gpu.positions = uploadArray(GL_ARRAY_BUFFER, dots.positions, bytes);
    floatAttribute(0, gpu.positions, 2, 0);
    gpu.sizes = uploadArray(GL_ARRAY_BUFFER, dots.sizes, bytes);
    floatAttribute(1, gpu.sizes, 1, 0);
    gpu.ids = uploadArray(GL_ARRAY_BUFFER, dots.featureIds, bytes);
    idAttribute(2, gpu.ids, 0);
    glBindVertexArray(0);
}

// Point symbols as instances of the shared quad.
void uploadPoints(GpuLayer& layer, const PointMesh& points, const GlBuffer& quadCorners, uint64_t& bytes) {
    layer.pointVao = makeVertexArray();
    glBindVertexArray(layer.pointVao.get());
    floatAttribute(0, quadCorners, 2, 0);
    layer.pointPositions = uploadArray(GL_ARRAY_BUFFER, points.positions, bytes);
    floatAttribute(1, layer.pointPositions, 2, 1);
    layer.pointIds = uploadArray(GL_ARRAY_BUFFER, points.featureIds, bytes);
    idAttribute(2, layer.pointIds, 1);
    layer.pointCount = GLsizei(points.pointCount());
}

}  // namespace

void uploadLines(GpuShapes& shapes, const LineMesh& lines, const GlBuffer& quadCorners, uint64_t& bytes) {
    shapes.lineOriginX = lines.originX;
    shapes.lineOriginY = lines.originY;
    shapes.segmentCount = GLsizei(lines.segmentCount());
    shapes.lineChunks = lines.chunks;
    if (lines.segmentCount() == 0) return;
    shapes.lineVao = makeVertexArray();
    glBindVertexArray(shapes.lineVao.get());
    floatAttribute(0, quadCorners, 2, 0);
    shapes.lineSegments = uploadArray(GL_ARRAY_BUFFER, lines.segments, bytes);
    floatAttribute(1, shapes.lineSegments, 4, 1);
    shapes.lineIds = uploadArray(GL_ARRAY_BUFFER, lines.featureIds, bytes);
    idAttribute(2, shapes.lineIds, 1);
    // Without distances along (polygon outlines) the attribute reads 0: dashes need them.
    if (lines.along.size() == lines.segmentCount()) {
        shapes.lineAlong = uploadArray(GL_ARRAY_BUFFER, lines.along, bytes);
        floatAttribute(3, shapes.lineAlong, 1, 1);
    }
    glBindVertexArray(0);
}

void uploadMeshes(GpuLayer& layer, const LayerMeshes& meshes, const GlBuffer& quadCorners, uint64_t& bytes) {
    layer.shapes = GpuShapes{};
    layer.levels.clear();
    layer.pointVao.reset();
    layer.pointPositions.reset();
    layer.pointIds.reset();
    layer.pointCount = 0;
    layer.pointOriginX = meshes.points.originX;
    layer.pointOriginY = meshes.points.originY;
    uploadFill(layer.shapes, meshes.fill, bytes);
    uploadLines(layer.shapes, meshes.lines, quadCorners, bytes);
    for (const DetailLevel& level : meshes.levels) {
        GpuLevel gpu;
        uploadFill(gpu.shapes, level.fill, bytes);
        uploadLines(gpu.shapes, level.lines, quadCorners, bytes);
        uploadDots(gpu.dots, level.dots, bytes);
        layer.levels.push_back(std::move(gpu));
    }
    layer.levelDotBelow = levelDotSizes(meshes.levels);
    if (meshes.points.pointCount() > 0) uploadPoints(layer, meshes.points, quadCorners, bytes);
    glBindVertexArray(0);
}

}  // namespace bashu
