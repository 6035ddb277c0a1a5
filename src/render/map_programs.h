#pragma once
// The map renderer's GLSL programs, each with the locations of its uniforms looked up once when
// it is linked: glGetUniformLocation searches names in the driver, and a frame used to ask it
// some thirty times a layer.
#include <epoxy/gl.h>

#include "core/result.h"
#include "render/gl_handles.h"

namespace bashu {

// Uniform locations by name in the shaders (shaders/*.vert, *.frag); -1 where a shader has none,
// which glUniform* ignores, as it did the lookups' -1.
struct FillUniforms {
    GLint clipTransform = -1, featureColors = -1, opacity = -1;
};
struct DotUniforms {
    GLint clipTransform = -1, featureColors = -1, opacity = -1, pixelsPerUnit = -1;
};
struct FeatureNumberUniforms {
    GLint clipTransform = -1, pixelsPerUnit = -1;
};
struct RasterUniforms {
    GLint clipTransform = -1, featureColors = -1, featureNumbers = -1, rasterExtent = -1, opacity = -1;
};
struct LineUniforms {
    GLint clipTransform = -1, featureColors = -1, featureWidths = -1, featureDashes = -1;
    GLint viewportSize = -1, lineWidth = -1, widthByFeature = -1, widthScale = -1, widthExtra = -1;
    GLint opacity = -1, perFeatureColor = -1, lineColor = -1, dash = -1, dashByFeature = -1;
};
struct PointUniforms {
    GLint clipTransform = -1, featureColors = -1, featureSizes = -1, viewportSize = -1;
    GLint pointSize = -1, sizeByFeature = -1, sizeScale = -1, fillOpacity = -1, opacity = -1;
    GLint outlineColor = -1;
};

/// A linked program and its uniforms' locations.
template <class Uniforms>
struct MapProgram {
    GlProgram program;
    Uniforms uniforms;
    GLuint id() const { return program.get(); }
};

struct MapPrograms {
    MapProgram<FillUniforms> fill;
    MapProgram<LineUniforms> line;                    // instanced segments, widened in the vertex shader
    MapProgram<PointUniforms> point;                  // instanced symbols
    MapProgram<DotUniforms> dot;                      // detail levels' dots, filled like polygons
    MapProgram<FeatureNumberUniforms> featureNumber;  // dots into a raster of feature numbers
    MapProgram<RasterUniforms> raster;                // that raster on screen: one quad
};

/// Compiles and links every program; needs a current OpenGL 3.3+ core context.
Result<MapPrograms> buildMapPrograms();

}  // namespace bashu
