#pragma once
// What every PolygonMesh must satisfy before it goes to the GPU: whole triangles, indices of
// existing vertices, one feature per vertex and per triangle, finite positions, and no more
// triangles than a triangulation of its vertices can have.
#include <cmath>
#include <cstddef>
#include <string>

#include "core/geometry.h"
#include "fuzz_check.h"
#include "tessellate/polygon_mesh.h"

namespace bashu::fuzz {

inline void checkPolygonMesh(const PolygonMesh& mesh, const GeometryColumn& geometry) {
    const size_t vertices = mesh.featureIds.size();
    BASHU_FUZZ_CHECK(mesh.positions.size() == 2 * vertices);
    BASHU_FUZZ_CHECK(mesh.indices.size() % 3 == 0);
    for (float p : mesh.positions) BASHU_FUZZ_CHECK(std::isfinite(p));
    for (size_t v = 0; v < vertices; ++v) {
        BASHU_FUZZ_CHECK(mesh.featureIds[v] < geometry.featureCount());
        BASHU_FUZZ_CHECK(v == 0 || mesh.featureIds[v - 1] <= mesh.featureIds[v], "features out of order");
    }
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        const uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
        BASHU_FUZZ_CHECK(
            a < vertices && b < vertices && c < vertices,
            "triangle " + std::to_string(t / 3) + " of " + std::to_string(vertices) + " vertices");
        BASHU_FUZZ_CHECK(mesh.featureIds[a] == mesh.featureIds[b] && mesh.featureIds[b] == mesh.featureIds[c],
                         "a triangle across features");
        BASHU_FUZZ_CHECK(a != b && b != c && a != c, "a triangle with a repeated corner");
    }
    // A polygon of n vertices with h holes has n + 2h - 2 triangles, and a hole has at least 3
    // vertices, so fewer than 2 per vertex; GLU's intersection vertices are among `vertices`.
    BASHU_FUZZ_CHECK(
        mesh.triangleCount() <= 2 * vertices,
        std::to_string(mesh.triangleCount()) + " triangles of " + std::to_string(vertices) + " vertices");
    BASHU_FUZZ_CHECK(mesh.failedParts <= geometry.partCount() && mesh.fallbackParts <= geometry.partCount());
}

}  // namespace bashu::fuzz
