#include "tessellate/line_mesh.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace bashu {
namespace {

using Ring = std::vector<std::array<double, 2>>;

GeometryColumn layer(GeometryKind kind) {
    GeometryColumn g;
    g.kind = kind;
    return g;
}

/// Appends one part holding the given rings.
void addPart(GeometryColumn& g, const std::vector<Ring>& rings) {
    for (const Ring& ring : rings) {
        for (const auto& p : ring) g.addVertex(p[0], p[1]);
        g.endRing();
    }
    g.endPart();
}

const Ring kOpenSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
const Ring kClosedSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};

// --- Lines ---

TEST(BuildLineMesh, PolygonRingIsClosedWithOrWithoutTheRepeatedVertex) {
    for (const Ring& ring : {kOpenSquare, kClosedSquare}) {
        GeometryColumn g = layer(GeometryKind::Polygon);
        addPart(g, {ring});
        g.endFeature();
        const LineMesh m = buildLineMesh(g, 0.0, 0.0);
        ASSERT_EQ(m.segmentCount(), 4u) << ring.size();
        ASSERT_EQ(m.segments.size(), 16u);
        // The last segment returns to the first vertex.
        EXPECT_EQ(m.segments[12], 0.0f);
        EXPECT_EQ(m.segments[13], 10.0f);
        EXPECT_EQ(m.segments[14], 0.0f);
        EXPECT_EQ(m.segments[15], 0.0f);
    }
}

TEST(BuildLineMesh, LinestringOfThreePointsHasTwoSegments) {
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {{{0, 0}, {5, 0}, {5, 5}}});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    ASSERT_EQ(m.segmentCount(), 2u);
    EXPECT_EQ(m.segments, (std::vector<float>{0, 0, 5, 0, 5, 0, 5, 5}));
}

TEST(BuildLineMesh, LinesKnowHowFarAlongEachSegmentStartsAndPolygonsDoNot) {
    GeometryColumn g = layer(GeometryKind::Line);
    // A zero-length segment in the middle is dropped but the distance runs on; each line
    // (another part, another feature) starts at 0.
    addPart(g, {{{0, 0}, {3, 4}, {3, 4}, {3, 10}}, {{0, 0}, {1, 0}}});
    g.endFeature();
    addPart(g, {{{0, 0}, {2, 0}, {2, 2}}});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    ASSERT_EQ(m.segmentCount(), 5u);
    EXPECT_EQ(m.along, (std::vector<float>{0, 5, 0, 0, 2}));

    GeometryColumn polygons = layer(GeometryKind::Polygon);
    addPart(polygons, {kOpenSquare});
    polygons.endFeature();
    EXPECT_TRUE(buildLineMesh(polygons, 0.0, 0.0).along.empty())
        << "outlines are drawn solid: no distances kept";
}

TEST(BuildLineMesh, LinestringsAreNotClosed) {
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {kOpenSquare});
    addPart(g, {kClosedSquare});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    EXPECT_EQ(m.segmentCount(), 3u + 4u);
}

TEST(BuildLineMesh, PolygonHolesAreOutlinedToo) {
    GeometryColumn g = layer(GeometryKind::Polygon);
    addPart(g, {kClosedSquare, {{2, 2}, {4, 2}, {4, 4}}});
    g.endFeature();
    EXPECT_EQ(buildLineMesh(g, 0.0, 0.0).segmentCount(), 4u + 3u);
}

TEST(BuildLineMesh, ZeroLengthSegmentsAreDropped) {
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {{{0, 0}, {1, 0}, {1, 0}, {1, 0}, {2, 0}}});
    addPart(g, {{{7, 7}, {7, 7}}});  // a linestring that goes nowhere
    addPart(g, {{{9, 9}}});          // a single vertex
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    EXPECT_EQ(m.segmentCount(), 2u);
}

TEST(BuildLineMesh, SegmentsWithNonFiniteEndsAreDropped) {
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {{{0, 0}, {1, 0}, {std::numeric_limits<double>::quiet_NaN(), 0}, {3, 0}, {4, 0}}});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    EXPECT_EQ(m.segmentCount(), 2u);
    for (float v : m.segments) EXPECT_TRUE(std::isfinite(v));
}

TEST(BuildLineMesh, FeatureIdsAndOrigin) {
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {{{100, 200}, {101, 200}}});
    g.endFeature();
    g.endFeature();  // null geometry
    addPart(g, {{{100, 200}, {100, 201}, {102, 201}}});
    addPart(g, {{{110, 210}, {111, 210}}});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 100.0, 200.0);
    EXPECT_EQ(m.originX, 100.0);
    EXPECT_EQ(m.originY, 200.0);
    EXPECT_EQ(m.featureIds, (std::vector<uint32_t>{0, 2, 2, 2}));
    EXPECT_EQ(m.segments[0], 0.0f);
    EXPECT_EQ(m.segments[2], 1.0f);
    EXPECT_EQ(m.segments[12], 10.0f);
    EXPECT_EQ(m.segments[13], 10.0f);
}

TEST(BuildLineMesh, EmptyLayer) {
    const GeometryColumn g = layer(GeometryKind::Polygon);
    const LineMesh m = buildLineMesh(g, 0.0, 0.0);
    EXPECT_EQ(m.segmentCount(), 0u);
    EXPECT_TRUE(m.segments.empty());
}

// --- Simplified for one scale ---

TEST(BuildLineMesh, ToleranceDropsVerticesCloserThanItToTheLineAndKeepsDistancesAlong) {
    // A line along x with bumps of 0.01 at odd x and one of 0.5 at x = 5.
    Ring wiggly;
    for (int i = 0; i <= 10; ++i) wiggly.push_back({double(i), i == 5 ? 0.5 : (i % 2 ? 0.01 : 0.0)});
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {wiggly});
    g.endFeature();
    const LineMesh exact = buildLineMesh(g, 0.0, 0.0);
    EXPECT_EQ(exact.segmentCount(), 10u);
    const LineMesh simplified = buildLineMesh(g, 0.0, 0.0, 0.1);
    // The small bumps go, the large one stays with the vertices either side of it.
    ASSERT_EQ(simplified.segmentCount(), 4u);
    EXPECT_EQ(simplified.segments,
              (std::vector<float>{0, 0, 4, 0, 4, 0, 5, 0.5f, 5, 0.5f, 6, 0, 6, 0, 10, 0}));
    // Dashes keep their places: each segment starts where the wiggly line reached its start.
    ASSERT_EQ(simplified.along.size(), 4u);
    EXPECT_FLOAT_EQ(simplified.along[0], 0.0f);
    EXPECT_FLOAT_EQ(simplified.along[1], exact.along[4]);
    EXPECT_FLOAT_EQ(simplified.along[2], exact.along[5]);
    EXPECT_FLOAT_EQ(simplified.along[3], exact.along[6]);
    // With a tolerance beyond every bump, only the ends are left.
    EXPECT_EQ(buildLineMesh(g, 0.0, 0.0, 1.0).segmentCount(), 1u);
}

TEST(BuildLineMesh, ToleranceKeepsRingsClosedAndDropsNothingVisible) {
    // A square with a vertex in the middle of each side: they go, the corners stay.
    const Ring ring{{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {5, 10}, {0, 10}, {0, 5}, {0, 0}};
    GeometryColumn g = layer(GeometryKind::Polygon);
    addPart(g, {ring});
    g.endFeature();
    const LineMesh m = buildLineMesh(g, 0.0, 0.0, 0.5);
    EXPECT_EQ(m.segmentCount(), 4u);
    EXPECT_TRUE(m.along.empty());
    float perimeter = 0;
    for (size_t s = 0; s < m.segmentCount(); ++s)
        perimeter += std::hypot(m.segments[4 * s + 2] - m.segments[4 * s],
                                m.segments[4 * s + 3] - m.segments[4 * s + 1]);
    EXPECT_FLOAT_EQ(perimeter, 40.0f);
}

TEST(BuildLineMesh, ToleranceLeavesRingsWithANonFiniteVertexAsTheyAre) {
    const Ring ring{{0, 0}, {1, 0.001}, {2, 0}, {std::numeric_limits<double>::quiet_NaN(), 0},
                    {3, 0}, {4, 0}};
    GeometryColumn g = layer(GeometryKind::Line);
    addPart(g, {ring});
    g.endFeature();
    // Segments touching the NaN vertex are dropped, the rest drawn as they are.
    EXPECT_EQ(buildLineMesh(g, 0.0, 0.0, 0.5).segmentCount(), buildLineMesh(g, 0.0, 0.0).segmentCount());
}

// --- Points ---

TEST(BuildPointMesh, OnePointPerVertexWithFeatureIds) {
    GeometryColumn g = layer(GeometryKind::Point);
    addPart(g, {{{10, 20}}});
    g.endFeature();
    addPart(g, {{{11, 21}}});  // a multi-point of three
    addPart(g, {{{12, 22}}});
    addPart(g, {{{13, 23}}});
    g.endFeature();
    g.endFeature();  // null geometry
    addPart(g, {{{14, 24}}});
    g.endFeature();
    const PointMesh m = buildPointMesh(g, 10.0, 20.0);
    EXPECT_EQ(m.pointCount(), 5u);
    EXPECT_EQ(m.featureIds, (std::vector<uint32_t>{0, 1, 1, 1, 3}));
    EXPECT_EQ(m.positions, (std::vector<float>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4}));
    EXPECT_EQ(m.originX, 10.0);
    EXPECT_EQ(m.originY, 20.0);
}

TEST(BuildPointMesh, NonFinitePointsAreSkipped) {
    GeometryColumn g = layer(GeometryKind::Point);
    addPart(g, {{{std::numeric_limits<double>::infinity(), 0}}});
    g.endFeature();
    addPart(g, {{{1, 1}}});
    g.endFeature();
    const PointMesh m = buildPointMesh(g, 0.0, 0.0);
    EXPECT_EQ(m.featureIds, (std::vector<uint32_t>{1}));
}

TEST(BuildPointMesh, EmptyLayer) {
    const GeometryColumn g = layer(GeometryKind::Point);
    EXPECT_EQ(buildPointMesh(g, 0.0, 0.0).pointCount(), 0u);
}

}  // namespace
}  // namespace bashu
