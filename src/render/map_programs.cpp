#include "render/map_programs.h"

#include <epoxy/gl.h>

#include <utility>

#include "render/shader_program.h"
#include "render/shader_sources.h"

namespace bashu {

namespace {

FillUniforms fillUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .featureColors = glGetUniformLocation(p, "featureColors"),
            .opacity = glGetUniformLocation(p, "opacity")};
}

DotUniforms dotUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .featureColors = glGetUniformLocation(p, "featureColors"),
            .opacity = glGetUniformLocation(p, "opacity"),
            .pixelsPerUnit = glGetUniformLocation(p, "pixelsPerUnit")};
}

FeatureNumberUniforms featureNumberUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .pixelsPerUnit = glGetUniformLocation(p, "pixelsPerUnit")};
}

RasterUniforms rasterUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .featureColors = glGetUniformLocation(p, "featureColors"),
            .featureNumbers = glGetUniformLocation(p, "featureNumbers"),
            .rasterExtent = glGetUniformLocation(p, "rasterExtent"),
            .opacity = glGetUniformLocation(p, "opacity")};
}

LineUniforms lineUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .featureColors = glGetUniformLocation(p, "featureColors"),
            .featureWidths = glGetUniformLocation(p, "featureWidths"),
            .featureDashes = glGetUniformLocation(p, "featureDashes"),
            .viewportSize = glGetUniformLocation(p, "viewportSize"),
            .lineWidth = glGetUniformLocation(p, "lineWidth"),
            .widthByFeature = glGetUniformLocation(p, "widthByFeature"),
            .widthScale = glGetUniformLocation(p, "widthScale"),
            .widthExtra = glGetUniformLocation(p, "widthExtra"),
            .opacity = glGetUniformLocation(p, "opacity"),
            .perFeatureColor = glGetUniformLocation(p, "perFeatureColor"),
            .lineColor = glGetUniformLocation(p, "lineColor"),
            .dash = glGetUniformLocation(p, "dash"),
            .dashByFeature = glGetUniformLocation(p, "dashByFeature")};
}

PointUniforms pointUniforms(GLuint p) {
    return {.clipTransform = glGetUniformLocation(p, "clipTransform"),
            .featureColors = glGetUniformLocation(p, "featureColors"),
            .featureSizes = glGetUniformLocation(p, "featureSizes"),
            .viewportSize = glGetUniformLocation(p, "viewportSize"),
            .pointSize = glGetUniformLocation(p, "pointSize"),
            .sizeByFeature = glGetUniformLocation(p, "sizeByFeature"),
            .sizeScale = glGetUniformLocation(p, "sizeScale"),
            .fillOpacity = glGetUniformLocation(p, "fillOpacity"),
            .opacity = glGetUniformLocation(p, "opacity"),
            .outlineColor = glGetUniformLocation(p, "outlineColor")};
}

template <class Uniforms>
Status link(MapProgram<Uniforms>& into, const char* name, const char* vertexSource,
            const char* fragmentSource, Uniforms (*locate)(GLuint)) {
    Result<GlProgram> program = buildProgram(name, vertexSource, fragmentSource);
    if (!program) return program.error();
    into.uniforms = locate(program->get());
    into.program = std::move(*program);
    return Ok{};
}

}  // namespace

Result<MapPrograms> buildMapPrograms() {
    MapPrograms p;
    // The first program that fails to build ends it, its driver log in the error.
    Status linked =
        link(p.fill, "polygon_fill", shaders::polygon_fill_vert, shaders::polygon_fill_frag, fillUniforms);
    if (linked) linked = link(p.line, "line", shaders::line_vert, shaders::line_frag, lineUniforms);
    if (linked) linked = link(p.point, "point", shaders::point_vert, shaders::point_frag, pointUniforms);
    // Dots are filled like polygons: the fill's fragment shader.
    if (linked) linked = link(p.dot, "dot", shaders::dot_vert, shaders::polygon_fill_frag, dotUniforms);
    if (linked)
        linked = link(p.featureNumber, "feature_number_dot", shaders::feature_number_dot_vert,
                      shaders::feature_number_dot_frag, featureNumberUniforms);
    if (linked) linked = link(p.raster, "raster", shaders::raster_vert, shaders::raster_frag, rasterUniforms);
    if (!linked) return linked.error();
    return p;
}

}  // namespace bashu
