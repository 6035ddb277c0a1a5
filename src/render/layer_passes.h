#pragma once
// Drawing one frame's layers, a pass at a time: fills, a detail level's dots (or their raster),
// strokes (casing, then line) and point symbols, then the highlight. Internal to MapRenderer.
#include <epoxy/gl.h>

#include "core/camera.h"
#include "core/color.h"
#include "render/gpu_layer.h"
#include "render/map_programs.h"
#include "render/renderer_counters.h"
#include "thematic/layer_paint.h"

namespace bashu {

/// What every pass of a frame shares.
struct FrameContext {
    const MapPrograms& programs;
    const Camera& camera;
    float pixelScale;  // multiplies widths and sizes (2 for a 2x export)
    GLuint quadVao;    // the unit quad alone, for rasters
    RendererCounters& counters;
};

/// Draws a visible layer: the detail level the camera's scale calls for, every pass its paint
/// asks for. Not const: a level of dots alone makes its raster the first time it is drawn.
void drawLayer(const FrameContext& frame, GpuLayer& layer, const LayerPaint& paint);

/// Draws the highlight's outlines over everything, in one colour and width (pixels at 1x).
void drawHighlight(const FrameContext& frame, const GpuShapes& outline, Rgba8 color, float width);

}  // namespace bashu
