#include "tessellate/mesh_append.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

// `count` unit squares in a row from x = x0, one feature each.
GeometryColumn squares(double x0, int count) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (int i = 0; i < count; ++i) {
        const double x = x0 + 2.0 * i;
        for (auto [px, py] : {std::pair{x, 0.0}, {x + 1, 0.0}, {x + 1, 1.0}, {x, 1.0}}) g.addVertex(px, py);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    return g;
}

LayerMeshes meshesOf(const GeometryColumn& g, double ox, double oy) {
    LayerMeshes m;
    m.fill = tessellatePolygons(g, ox, oy);
    m.lines = buildLineMesh(g, ox, oy);
    return m;
}

// Each chunk starts where the one before ends; together they cover every primitive.
void expectChunksCover(const std::vector<MeshChunk>& chunks, size_t primitives, uint32_t per) {
    uint32_t next = 0;
    for (const MeshChunk& c : chunks) {
        EXPECT_EQ(c.first, next);
        next = c.first + c.count;
    }
    EXPECT_EQ(size_t(next), primitives * per);
}

TEST(AppendMeshFeatures, AppendsTheKeptFeaturesRenumberedAndMovedToTheOrigin) {
    // The view: 2 squares from x = 100, origin (101, 0). The backdrop: 4 squares from x = 0,
    // origin (3, 0); its features 1 and 3 are kept, as the view's features 2 and 3.
    LayerMeshes view = meshesOf(squares(100, 2), 101, 0);
    const LayerMeshes backdrop = meshesOf(squares(0, 4), 3, 0);
    const size_t viewTriangles = view.fill.triangleCount(), viewSegments = view.lines.segmentCount();
    const std::vector<uint32_t> newIds{kFeatureLeftOut, 2, kFeatureLeftOut, 3};
    appendMeshFeatures(view, backdrop, newIds);

    EXPECT_EQ(view.fill.triangleCount(), viewTriangles + 4) << "two squares of two triangles";
    EXPECT_EQ(view.lines.segmentCount(), viewSegments + 8) << "two squares of four sides";
    expectChunksCover(view.fill.chunks, view.fill.triangleCount(), 3);
    expectChunksCover(view.lines.chunks, view.lines.segmentCount(), 1);
    // Every appended vertex lies where the kept square lies, relative to the view's origin.
    std::set<uint32_t> features;
    for (size_t t = viewTriangles * 3; t < view.fill.indices.size(); ++t) {
        const uint32_t v = view.fill.indices[t];
        const uint32_t f = view.fill.featureIds[v];
        features.insert(f);
        const double x = view.fill.positions[2 * v] + view.fill.originX;
        const double left = f == 2 ? 2.0 : 6.0;  // backdrop squares 1 and 3
        EXPECT_TRUE(x == left || x == left + 1) << "vertex at x = " << x << " for feature " << f;
    }
    EXPECT_EQ(features, (std::set<uint32_t>{2, 3}));
    for (size_t s = viewSegments; s < view.lines.segmentCount(); ++s) {
        const uint32_t f = view.lines.featureIds[s];
        ASSERT_TRUE(f == 2 || f == 3);
        const double x0 = view.lines.segments[4 * s] + view.lines.originX;
        EXPECT_GE(x0, f == 2 ? 2.0 : 6.0);
        EXPECT_LE(x0, f == 2 ? 3.0 : 7.0);
    }
    // The chunks' extents were moved with their primitives.
    const MeshChunk& last = view.fill.chunks.back();
    EXPECT_LE(double(last.minX) + view.fill.originX, 6.0 + 1e-4);
    EXPECT_GE(double(last.maxX) + view.fill.originX, 7.0 - 1e-4);
}

TEST(AppendMeshFeatures, NothingKeptAppendsNothing) {
    LayerMeshes view = meshesOf(squares(0, 1), 0, 0);
    const LayerMeshes before = view;
    appendMeshFeatures(view, meshesOf(squares(10, 3), 0, 0), std::vector<uint32_t>(3, kFeatureLeftOut));
    EXPECT_EQ(view.fill.indices, before.fill.indices);
    EXPECT_EQ(view.fill.chunks.size(), before.fill.chunks.size());
    EXPECT_EQ(view.lines.segments, before.lines.segments);
}

TEST(AppendMeshFeatures, PointsAreAppendedWithTheirNewNumbers) {
    LayerMeshes view, backdrop;
    view.points.originX = 10;
    view.points.positions = {0, 0};
    view.points.featureIds = {0};
    backdrop.points.positions = {1, 2, 3, 4};
    backdrop.points.featureIds = {0, 1};
    appendMeshFeatures(view, backdrop, std::vector<uint32_t>{kFeatureLeftOut, 1});
    EXPECT_EQ(view.points.featureIds, (std::vector<uint32_t>{0, 1}));
    EXPECT_EQ(view.points.positions, (std::vector<float>{0, 0, 3 - 10, 4}));
}

}  // namespace
}  // namespace bashu
