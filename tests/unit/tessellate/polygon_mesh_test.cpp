#include "tessellate/polygon_mesh.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace bashu {
namespace {

using Ring = std::vector<std::array<double, 2>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Appends a ring, shifted by (dx, dy), to the part being built.
void addRing(GeometryColumn& g, const Ring& ring, double dx = 0.0, double dy = 0.0) {
    for (const auto& p : ring) g.addVertex(p[0] + dx, p[1] + dy);
    g.endRing();
}

/// A part of one or more rings (outer first).
void addPart(GeometryColumn& g, const std::vector<Ring>& rings, double dx = 0.0, double dy = 0.0) {
    for (const Ring& r : rings) addRing(g, r, dx, dy);
    g.endPart();
}

/// A layer with one feature holding one part.
GeometryColumn singlePolygon(const std::vector<Ring>& rings, double dx = 0.0, double dy = 0.0) {
    GeometryColumn g;
    addPart(g, rings, dx, dy);
    g.endFeature();
    return g;
}

Ring reversed(Ring r) { return Ring(r.rbegin(), r.rend()); }

Ring closed(Ring r) {
    r.push_back(r.front());
    return r;
}

double triangleSignedArea(const PolygonMesh& m, size_t t) {
    const auto p = [&](size_t k, size_t axis) {
        return static_cast<double>(m.positions[2 * size_t(m.indices[3 * t + k]) + axis]);
    };
    return 0.5 * ((p(1, 0) - p(0, 0)) * (p(2, 1) - p(0, 1)) - (p(2, 0) - p(0, 0)) * (p(1, 1) - p(0, 1)));
}

/// Total area of the mesh's triangles (each counted positively).
double meshArea(const PolygonMesh& m) {
    double area = 0.0;
    for (size_t t = 0; t < m.triangleCount(); ++t) area += std::abs(triangleSignedArea(m, t));
    return area;
}

double meshAreaOfFeature(const PolygonMesh& m, uint32_t feature) {
    double area = 0.0;
    for (size_t t = 0; t < m.triangleCount(); ++t)
        if (m.featureIds[m.indices[3 * t]] == feature) area += std::abs(triangleSignedArea(m, t));
    return area;
}

double columnArea(const GeometryColumn& g) {
    double area = 0.0;
    for (size_t p = 0; p < g.partCount(); ++p) area += polygonPartArea(g, p);
    return area;
}

/// Structural invariants every mesh must satisfy.
void expectWellFormed(const PolygonMesh& m) {
    ASSERT_EQ(m.positions.size(), 2 * m.featureIds.size());
    ASSERT_EQ(m.indices.size() % 3, 0u);
    for (uint32_t i : m.indices) ASSERT_LT(i, m.featureIds.size());
    for (float v : m.positions) ASSERT_TRUE(std::isfinite(v));
    // A triangle never mixes features.
    for (size_t t = 0; t < m.triangleCount(); ++t) {
        EXPECT_EQ(m.featureIds[m.indices[3 * t]], m.featureIds[m.indices[3 * t + 1]]);
        EXPECT_EQ(m.featureIds[m.indices[3 * t]], m.featureIds[m.indices[3 * t + 2]]);
    }
}

void expectAreaMatches(const GeometryColumn& g, double originX = 0.0, double originY = 0.0) {
    const PolygonMesh m = tessellatePolygons(g, originX, originY);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    const double expected = columnArea(g);
    ASSERT_GT(expected, 0.0);
    EXPECT_NEAR(meshArea(m), expected, 1e-9 * expected);
}

const Ring kSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
const Ring kUShape{{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}};
const Ring kStar{{0, 10}, {2, 3},    {10, 3},  {4, -2},  {6, -10},
                 {0, -5}, {-6, -10}, {-4, -2}, {-10, 3}, {-2, 3}};

// --- Valid polygons ---

TEST(TessellatePolygons, ConvexSquare) {
    const GeometryColumn g = singlePolygon({kSquare});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.triangleCount(), 2u);
    EXPECT_EQ(m.featureIds.size(), 4u);  // vertices are shared, not repeated per triangle
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0);
    EXPECT_EQ(m.failedParts, 0u);
}

TEST(TessellatePolygons, OutputIsIndependentTriangles) {
    // A convex polygon is where GLU would otherwise emit a fan: 6 vertices -> 4 triangles.
    const GeometryColumn g = singlePolygon({{{0, 0}, {4, 0}, {6, 3}, {4, 6}, {0, 6}, {-2, 3}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.triangleCount(), 4u);
    EXPECT_DOUBLE_EQ(meshArea(m), columnArea(g));
}

TEST(TessellatePolygons, ConcaveUShape) {
    expectAreaMatches(singlePolygon({kUShape}));
    EXPECT_DOUBLE_EQ(columnArea(singlePolygon({kUShape})), 700.0);
}

TEST(TessellatePolygons, ConcaveStar) { expectAreaMatches(singlePolygon({kStar})); }

TEST(TessellatePolygons, SquareWithHole) {
    const GeometryColumn g = singlePolygon({kSquare, {{2, 2}, {8, 2}, {8, 8}, {2, 8}}});
    expectAreaMatches(g);
    EXPECT_DOUBLE_EQ(meshArea(tessellatePolygons(g, 0.0, 0.0)), 64.0);
}

TEST(TessellatePolygons, TwoHoles) {
    const GeometryColumn g = singlePolygon({{{0, 0}, {20, 0}, {20, 10}, {0, 10}},
                                            {{2, 2}, {8, 2}, {8, 8}, {2, 8}},
                                            {{12, 2}, {18, 2}, {18, 8}, {12, 8}}});
    expectAreaMatches(g);
    EXPECT_DOUBLE_EQ(meshArea(tessellatePolygons(g, 0.0, 0.0)), 128.0);
}

TEST(TessellatePolygons, MultiPolygonFeature) {
    GeometryColumn g;
    addPart(g, {kSquare});
    addPart(g, {kUShape}, 100.0, 0.0);
    g.endFeature();
    expectAreaMatches(g);
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    for (uint32_t id : m.featureIds) EXPECT_EQ(id, 0u);
    EXPECT_DOUBLE_EQ(meshArea(m), 800.0);
}

TEST(TessellatePolygons, EitherRingOrientation) {
    const Ring hole{{2, 2}, {8, 2}, {8, 8}, {2, 8}};
    for (bool outerClockwise : {false, true}) {
        for (bool holeClockwise : {false, true}) {
            const Ring outer = outerClockwise ? reversed(kUShape) : kUShape;
            const Ring h = holeClockwise ? reversed(hole) : hole;
            const GeometryColumn g = singlePolygon({outer, Ring{{22, 2}, {28, 2}, {28, 8}, {22, 8}}, h});
            expectAreaMatches(g);
            EXPECT_DOUBLE_EQ(meshArea(tessellatePolygons(g, 0.0, 0.0)), 700.0 - 72.0);
        }
    }
}

TEST(TessellatePolygons, ClosedAndUnclosedRingsGiveTheSameMesh) {
    const GeometryColumn open = singlePolygon({kStar, {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}});
    const GeometryColumn shut = singlePolygon({closed(kStar), closed({{-1, -1}, {1, -1}, {1, 1}, {-1, 1}})});
    const PolygonMesh a = tessellatePolygons(open, 0.0, 0.0);
    const PolygonMesh b = tessellatePolygons(shut, 0.0, 0.0);
    expectWellFormed(b);
    // The repeated closing vertex is not stored as a vertex of its own.
    EXPECT_EQ(b.featureIds.size(), 14u);
    EXPECT_EQ(a.positions, b.positions);
    EXPECT_EQ(a.indices, b.indices);
    EXPECT_NEAR(meshArea(b), columnArea(shut), 1e-9 * columnArea(shut));
}

TEST(TessellatePolygons, CollinearBoundaryVerticesGiveNoZeroAreaTriangles) {
    // A square densified with points along its sides, as reprojected boundaries often are.
    Ring ring;
    for (int i = 0; i < 10; ++i) ring.push_back({double(i), 0.0});
    for (int i = 0; i < 10; ++i) ring.push_back({10.0, double(i)});
    for (int i = 10; i > 0; --i) ring.push_back({double(i), 10.0});
    for (int i = 10; i > 0; --i) ring.push_back({0.0, double(i)});
    const GeometryColumn g = singlePolygon({ring, {{4, 4}, {6, 4}, {5, 6}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0 - 2.0);
    ASSERT_GT(m.triangleCount(), 0u);
    for (size_t t = 0; t < m.triangleCount(); ++t) EXPECT_NE(triangleSignedArea(m, t), 0.0) << t;
}

TEST(TessellatePolygons, EdgesCrossingAtOnePointGiveNoZeroAreaTriangles) {
    // A pentagram: five edges, each crossed twice; the crossings become new vertices.
    const GeometryColumn g = singlePolygon({{{0, 10}, {6, -8}, {-10, 3}, {10, 3}, {-6, -8}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_GT(m.featureIds.size(), 5u);
    for (size_t t = 0; t < m.triangleCount(); ++t) EXPECT_NE(triangleSignedArea(m, t), 0.0) << t;
}

TEST(TessellatePolygons, ConsecutiveDuplicateVerticesAreSkipped) {
    const GeometryColumn g =
        singlePolygon({{{0, 0}, {0, 0}, {10, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.featureIds.size(), 4u);
    EXPECT_EQ(m.triangleCount(), 2u);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0);
}

TEST(TessellatePolygons, LargeProjectedCoordinatesKeepTheirPrecision) {
    // UTM-like coordinates; the offsets are multiples of 0.25 so that the float positions
    // relative to the origin are exact and the areas can be compared tightly.
    const double cx = 1.0e7, cy = 5.0e6;
    GeometryColumn g;
    addPart(g,
            {{{-900.25, -700.5}, {850.75, -700.5}, {850.75, 650.25}, {-900.25, 650.25}},
             {{-100.5, -100.5}, {100.25, -100.5}, {100.25, 100.75}, {-100.5, 100.75}}},
            cx, cy);
    addPart(g, {kUShape}, cx + 1000.0, cy - 300.0);
    addPart(g, {kStar}, cx - 1200.0, cy + 900.0);
    g.endFeature();
    expectAreaMatches(g, cx, cy);

    const PolygonMesh m = tessellatePolygons(g, cx, cy);
    EXPECT_EQ(m.originX, cx);
    EXPECT_EQ(m.originY, cy);
    for (float v : m.positions) EXPECT_LT(std::abs(v), 2000.0f);
}

TEST(TessellatePolygons, PositionsAreRelativeToTheOrigin) {
    const GeometryColumn g = singlePolygon({kSquare});
    const PolygonMesh m = tessellatePolygons(g, 5.0, -5.0);
    ASSERT_EQ(m.positions.size(), 8u);
    EXPECT_EQ(m.positions[0], -5.0f);
    EXPECT_EQ(m.positions[1], 5.0f);
    EXPECT_EQ(m.positions[4], 5.0f);
    EXPECT_EQ(m.positions[5], 15.0f);
}

TEST(TessellatePolygons, FeatureIdsPerVertex) {
    GeometryColumn g;
    addPart(g, {kSquare});
    g.endFeature();
    g.endFeature();  // feature 1 has no geometry
    addPart(g, {kUShape}, 50.0, 0.0);
    addPart(g, {kSquare}, 100.0, 0.0);
    g.endFeature();
    addPart(g, {kStar}, 0.0, 100.0);
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    // Vertices come in input order, tagged with their feature.
    const std::vector<uint32_t> expectedIds = [] {
        std::vector<uint32_t> ids(4, 0);
        ids.insert(ids.end(), 8 + 4, 2);
        ids.insert(ids.end(), 10, 3);
        return ids;
    }();
    EXPECT_EQ(m.featureIds, expectedIds);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 0), 100.0);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 1), 0.0);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 2), 800.0);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 3), columnArea(singlePolygon({kStar})));
}

TEST(TessellatePolygons, TrianglesAreCounterClockwise) {
    // Every triangle comes out counter-clockwise, whatever the orientation of the input rings:
    // ear clipping orients the rings itself, and GLU has its normal fixed at +z.
    const GeometryColumn g = singlePolygon({reversed(kUShape), {{22, 2}, {28, 2}, {28, 8}, {22, 8}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    ASSERT_GT(m.triangleCount(), 0u);
    for (size_t t = 0; t < m.triangleCount(); ++t) EXPECT_GT(triangleSignedArea(m, t), 0.0) << t;
}

// --- Invalid input ---

TEST(TessellatePolygons, BowTieFillsBothLobes) {
    // The edges (0,0)-(2,2) and (2,0)-(0,2) cross at (1,1): two triangles of area 1 each.
    const GeometryColumn g = singlePolygon({{{0, 0}, {2, 2}, {2, 0}, {0, 2}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_EQ(m.triangleCount(), 2u);
    EXPECT_DOUBLE_EQ(meshArea(m), 2.0);
    // The crossing point became a vertex of the mesh, of the same feature.
    ASSERT_EQ(m.featureIds.size(), 5u);
    EXPECT_EQ(m.positions[8], 1.0f);
    EXPECT_EQ(m.positions[9], 1.0f);
}

TEST(TessellatePolygons, OverlappingRingsUseTheOddRule) {
    // A "hole" that sticks out of its outer ring: the overlap is empty, the part outside is filled.
    const GeometryColumn g = singlePolygon({kSquare, {{5, 2}, {15, 2}, {15, 8}, {5, 8}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0 - 30.0 + 30.0);
}

TEST(TessellatePolygons, RingTouchingItselfAtAVertex) {
    // A figure of eight whose two loops share the vertex (1,1).
    const GeometryColumn g = singlePolygon({{{0, 0}, {2, 0}, {1, 1}, {2, 2}, {0, 2}, {1, 1}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_DOUBLE_EQ(meshArea(m), 2.0);
}

TEST(TessellatePolygons, DegenerateRingsGiveNoTriangles) {
    GeometryColumn g;
    addPart(g, {{{0, 0}, {1, 1}}});                  // two vertices
    addPart(g, {{{0, 0}, {1, 1}, {1, 1}, {0, 0}}});  // two distinct vertices
    addPart(g, {{{3, 3}}});                          // one vertex
    addPart(g, {Ring{}});                            // none
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.triangleCount(), 0u);
    EXPECT_EQ(m.failedParts, 0u);
}

TEST(TessellatePolygons, CollinearRingHasNoArea) {
    const GeometryColumn g = singlePolygon({{{0, 0}, {1, 0}, {2, 0}, {3, 0}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_DOUBLE_EQ(meshArea(m), 0.0);
}

TEST(TessellatePolygons, DegenerateHoleIsIgnored) {
    const GeometryColumn g = singlePolygon({kSquare, {{2, 2}, {3, 3}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_DOUBLE_EQ(meshArea(m), 100.0);
}

TEST(TessellatePolygons, HolesWithoutAnOuterRingAreNotFilled) {
    const GeometryColumn g = singlePolygon({{{0, 0}, {10, 10}}, {{2, 2}, {8, 2}, {8, 8}, {2, 8}}});
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.triangleCount(), 0u);
}

TEST(TessellatePolygons, NonFiniteCoordinatesFailThePartOnly) {
    GeometryColumn g;
    addPart(g, {kSquare});
    addPart(g, {{{0, 0}, {10, 0}, {kNaN, 10}, {0, 10}}});
    g.endFeature();
    addPart(g, {kSquare, {{2, 2}, {8, 2}, {8, std::numeric_limits<double>::infinity()}, {2, 8}}});
    g.endFeature();
    addPart(g, {kSquare}, 20.0, 0.0);
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 2u);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 0), 100.0);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 1), 0.0);
    EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, 2), 100.0);
    // Failed parts leave no vertices behind.
    EXPECT_EQ(m.featureIds, (std::vector<uint32_t>{0, 0, 0, 0, 2, 2, 2, 2}));
}

TEST(TessellatePolygons, EmptyGeometryColumn) {
    const GeometryColumn g;
    const PolygonMesh m = tessellatePolygons(g, 1.0, 2.0);
    EXPECT_EQ(m.triangleCount(), 0u);
    EXPECT_TRUE(m.positions.empty());
    EXPECT_TRUE(m.featureIds.empty());
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_EQ(m.originX, 1.0);
    EXPECT_EQ(m.originY, 2.0);
}

TEST(TessellatePolygons, NullGeometriesOnly) {
    GeometryColumn g;
    g.endFeature();
    g.endFeature();
    const PolygonMesh m = tessellatePolygons(g, 0.0, 0.0);
    EXPECT_EQ(m.triangleCount(), 0u);
    EXPECT_EQ(m.failedParts, 0u);
}

TEST(TessellatePolygons, NonPolygonLayersGiveNoTriangles) {
    GeometryColumn g = singlePolygon({kSquare});
    g.kind = GeometryKind::Line;
    EXPECT_EQ(tessellatePolygons(g, 0.0, 0.0).triangleCount(), 0u);
}

TEST(TessellatePolygons, ManyFeaturesReuseOneTesselator) {
    // A grid of holed polygons: totals and per-feature areas stay right across many parts.
    GeometryColumn g;
    const int side = 30;
    for (int i = 0; i < side * side; ++i) {
        const double dx = (i % side) * 40.0, dy = (i / side) * 40.0;
        if (i % 3 == 0)
            addPart(g, {kUShape}, dx, dy);
        else
            addPart(g, {kSquare, {{2, 2}, {8, 2}, {8, 8}, {2, 8}}}, dx, dy);
        g.endFeature();
    }
    const PolygonMesh m = tessellatePolygons(g, 600.0, 600.0);
    expectWellFormed(m);
    EXPECT_EQ(m.failedParts, 0u);
    EXPECT_NEAR(meshArea(m), columnArea(g), 1e-9 * columnArea(g));
    for (uint32_t f = 0; f < static_cast<uint32_t>(side * side); f += 97)
        EXPECT_DOUBLE_EQ(meshAreaOfFeature(m, f), f % 3 == 0 ? 700.0 : 64.0) << f;
}

}  // namespace
}  // namespace bashu
