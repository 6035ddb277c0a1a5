#include "tessellate/spatial_order.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

GeometryColumn scatteredSquares(int count) {
    GeometryColumn g;
    for (int f = 0; f < count; ++f) {
        const double x0 = (f * 7919) % 1000, y0 = (f * 104729) % 1000;  // in no spatial order
        for (auto [x, y] : {std::pair{0.0, 0.0}, {3.0, 0.0}, {3.0, 3.0}, {0.0, 3.0}})
            g.addVertex(x0 + x, y0 + y);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    return g;
}

TEST(SpatialOrder, ListsEveryFeatureOnceCellByCell) {
    const GeometryColumn g = scatteredSquares(5000);
    const SpatialOrder order = spatialOrder(g, 1000);
    std::vector<uint32_t> sorted = order.features;
    std::sort(sorted.begin(), sorted.end());
    for (uint32_t f = 0; f < 5000; ++f) ASSERT_EQ(sorted[f], f);
    EXPECT_EQ(order.cellStarts.front(), 0u);
    EXPECT_EQ(order.cellStarts.back(), 5000u);
    EXPECT_GE(order.cellStarts.size(), 17u) << "20,000 vertices at 1,000 a cell: a grid of at least 4 x 4";
}

TEST(SpatialOrder, MeshChunksFollowOneAnotherAndHoldTheirVertices) {
    const GeometryColumn g = scatteredSquares(5000);
    const PolygonMesh fill = tessellatePolygons(g, 500.0, 500.0);
    ASSERT_GT(fill.chunks.size(), 1u);
    uint32_t next = 0;
    for (const MeshChunk& c : fill.chunks) {
        EXPECT_EQ(c.first, next);
        next += c.count;
        for (uint32_t i = c.first; i < c.first + c.count; ++i) {
            const float x = fill.positions[2 * fill.indices[i]], y = fill.positions[2 * fill.indices[i] + 1];
            ASSERT_TRUE(x >= c.minX && x <= c.maxX && y >= c.minY && y <= c.maxY);
        }
    }
    EXPECT_EQ(next, fill.indices.size());

    const LineMesh lines = buildLineMesh(g, 500.0, 500.0);
    next = 0;
    for (const MeshChunk& c : lines.chunks) {
        EXPECT_EQ(c.first, next);
        next += c.count;
        for (uint32_t s = c.first; s < c.first + c.count; ++s)
            for (int end = 0; end < 2; ++end) {
                const float x = lines.segments[4 * s + 2 * end], y = lines.segments[4 * s + 2 * end + 1];
                ASSERT_TRUE(x >= c.minX && x <= c.maxX && y >= c.minY && y <= c.maxY);
            }
    }
    EXPECT_EQ(next, lines.segmentCount());
}

TEST(SpatialOrder, FeaturesWithoutCoordinatesStillHaveAPlace) {
    GeometryColumn g;
    g.endFeature();  // no geometry at all
    g.addVertex(1, 1);
    g.addVertex(2, 1);
    g.addVertex(2, 2);
    g.endRing();
    g.endPart();
    g.endFeature();
    const SpatialOrder order = spatialOrder(g);
    EXPECT_EQ(order.features.size(), 2u);
}

TEST(SpatialOrder, CoordinatesNearTheLimitsOfADoubleStillGetACell) {
    // A fuzzing finding: centres whose differences overflow to infinity made the cell NaN, and
    // converting NaN to an index is undefined.
    GeometryColumn g;
    for (double x : {-1.7e308, 1.7e308, 0.0}) {
        for (auto [dx, dy] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}}) g.addVertex(x + dx, -x + dy);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    const SpatialOrder order = spatialOrder(g, 1);
    std::vector<uint32_t> sorted = order.features;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, (std::vector<uint32_t>{0, 1, 2}));
}

}  // namespace
}  // namespace bashu
