#pragma once
// The map body of vector exports: every visible layer of a scene as paths, lines and circles,
// styled as the GPU renderer styles it.
#include "canvas/vector_canvas.h"
#include "core/camera.h"
#include "scene/label_placement.h"
#include "scene/map_scene.h"

namespace bashu {

/// What drawMapVectors wrote, for reports and tests.
struct VectorMapStats {
    size_t paths = 0, circles = 0, vertices = 0;
};

/// Draws the scene's visible layers in order (the first at the bottom) as seen by `camera`, clipped
/// to `area`: polygons filled per feature (holes by even-odd) under the layer's outline, lines at
/// their widths, points as circles (proportional sizes too), with the layer's opacity, outlines
/// fading as features shrink the same way the renderer fades them. Widths and sizes are scaled by
/// `pixelScale`. Vertices closer than a quarter pixel to the last one kept are dropped, and
/// rings and lines wholly outside `area` are left out, so the file holds what shows.
VectorMapStats drawMapVectors(VectorCanvas& canvas, const MapScene& scene, const Camera& camera,
                              float pixelScale, const PixelBox& area);

}  // namespace bashu
