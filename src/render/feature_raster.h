#pragma once
// A detail level made only of dots, drawn once into a raster of feature numbers: the map then
// shows it as one quad coloured through the per-feature table, not as up to a million dots.
#include "render/gpu_layer.h"
#include "render/map_programs.h"
#include "render/renderer_counters.h"

namespace bashu {

/// Draws the level's dots into level.raster.numbers, a texel a quarter of the level's dot size
/// `dotBelow` (the level is used where a dot is at most 4 pixels, so a texel is at most a
/// pixel), and marks the raster tried; leaves it empty where it would be too large. Leaves the
/// framebuffer and viewport as it found them; the draws are counted in `counters`.
void makeFeatureRaster(GpuLevel& level, double dotBelow, const MapProgram<FeatureNumberUniforms>& program,
                       RendererCounters& counters);

}  // namespace bashu
