#pragma once
// A layer's meshes as the tessellator builds them, before any GPU sees them: plain CPU data, kept
// below render so that modules building and holding meshes (scene) need no GL headers.
#include <vector>

#include "tessellate/detail_levels.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {

/// CPU-side meshes of one layer, as built by the tessellator.
struct LayerMeshes {
    PolygonMesh fill;  // polygon layers
    LineMesh lines;    // polygon outlines and line layers
    PointMesh points;  // point layers
    // Coarser fills and outlines for views that show a large polygon layer small, coarsest first
    // (tessellate/detail_levels.h); the renderer picks one by the camera's scale.
    std::vector<DetailLevel> levels;
};

}  // namespace bashu
