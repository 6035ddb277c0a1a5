// Triangles are counter-clockwise as stored, even where rounding GLU's intersection vertices to
// float turns a sliver over (found by fuzz/tessellate: a ring of 49 vertices on a small grid,
// crossing itself many times, gave a clockwise triangle with two corners a rounding error apart).
#include <gtest/gtest.h>

#include <array>
#include <vector>

#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

TEST(TessellatePolygonSlivers, TrianglesStayCounterClockwiseAfterRounding) {
    const std::vector<std::array<double, 2>> ring = {
        {-1, -8}, {7, -2},  {4, 3},  {-5, -7}, {3, -3}, {-6, 6}, {2, 1},   {7, -8},  {7, 6},   {-8, -2},
        {-1, 8},  {0, -2},  {-7, 6}, {-2, 8},  {1, 3},  {8, 3},  {-3, 1},  {6, 6},   {-4, -2}, {-6, -3},
        {-5, -8}, {0, 3},   {5, 8},  {7, 0},   {2, 1},  {6, 7},  {-8, -3}, {-5, -5}, {-1, 0},  {-4, -7},
        {1, 8},   {-8, 0},  {8, 8},  {1, 8},   {-7, 8}, {8, -8}, {5, 3},   {-2, -7}, {-4, 4},  {-4, 1},
        {6, -7},  {-7, -3}, {3, 3},  {-1, -3}, {-4, 2}, {-5, 5}, {8, -8},  {4, 6},   {6, -5}};
    GeometryColumn g;
    for (const auto& p : ring) g.addVertex(p[0], p[1]);
    g.endRing();
    g.endPart();
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    EXPECT_EQ(m.fallbackParts, 1u);
    EXPECT_EQ(m.failedParts, 0u);
    ASSERT_GT(m.triangleCount(), 100u);
    for (size_t t = 0; t < m.triangleCount(); ++t) {
        const float* a = &m.positions[2 * size_t(m.indices[3 * t])];
        const float* b = &m.positions[2 * size_t(m.indices[3 * t + 1])];
        const float* c = &m.positions[2 * size_t(m.indices[3 * t + 2])];
        const double cross =
            (double(b[0]) - a[0]) * (double(c[1]) - a[1]) - (double(c[0]) - a[0]) * (double(b[1]) - a[1]);
        EXPECT_GT(cross, 0.0) << "triangle " << t;
    }
}

}  // namespace
}  // namespace bashu
