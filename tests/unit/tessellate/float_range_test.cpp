// Coordinates a float cannot hold relative to the mesh origin (found by fuzz/tessellate and
// fuzz/vector_csv: a CSV polygon with a coordinate of 6.7e45 gave infinite GPU positions): the
// vertices are left out of every mesh, like NaN and infinite ones, and nothing else changes.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "tessellate/float_range.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

constexpr double kFar = 6.6666666666666666e45;  // a double, but beyond FLT_MAX (3.4e38)

// One feature: a unit square, then a triangle reaching `far`.
GeometryColumn squareAndFarTriangle(GeometryKind kind, double far) {
    GeometryColumn g;
    g.kind = kind;
    for (const auto& [x, y] : std::vector<std::pair<double, double>>{{0, 0}, {1, 0}, {1, 1}, {0, 1}})
        g.addVertex(x, y);
    g.endRing();
    g.endPart();
    for (const auto& [x, y] : std::vector<std::pair<double, double>>{{0, 0}, {far, 0}, {0, 2}})
        g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    return g;
}

bool allFinite(const std::vector<float>& values) {
    for (float v : values)
        if (!std::isfinite(v)) return false;
    return true;
}

TEST(FloatRange, FitsFloat) {
    EXPECT_TRUE(fitsFloat(0.0));
    EXPECT_TRUE(fitsFloat(-3.0e38));
    EXPECT_FALSE(fitsFloat(kFar));
    EXPECT_FALSE(fitsFloat(-1e39));
    EXPECT_FALSE(fitsFloat(std::nan("")));
    EXPECT_FALSE(fitsFloat(INFINITY));
}

TEST(FloatRange, PolygonPartsBeyondFloatRangeFail) {
    const PolygonMesh m = tessellatePolygons(squareAndFarTriangle(GeometryKind::Polygon, kFar), 0.0, 0.0);
    EXPECT_TRUE(allFinite(m.positions));
    EXPECT_EQ(m.failedParts, 1u);
    EXPECT_EQ(m.triangleCount(), 2u);  // the square
    EXPECT_EQ(m.featureIds.size(), 4u);
}

TEST(FloatRange, TheOriginDecides) {
    // What matters is the stored difference: a square 1e39 away fits beside an origin there.
    GeometryColumn g;
    for (const auto& [x, y] :
         std::vector<std::pair<double, double>>{{0, 0}, {1e24, 0}, {1e24, 1e24}, {0, 1e24}})
        g.addVertex(1e39 + x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    EXPECT_EQ(tessellatePolygons(g, 0.0, 0.0).failedParts, 1u);
    const PolygonMesh near = tessellatePolygons(g, 1e39, 0.0);
    EXPECT_TRUE(allFinite(near.positions));
    EXPECT_EQ(near.failedParts, 0u);
    EXPECT_EQ(near.triangleCount(), 2u);
}

TEST(FloatRange, SegmentsAndPointsBeyondFloatRangeAreDropped) {
    const LineMesh lines = buildLineMesh(squareAndFarTriangle(GeometryKind::Polygon, kFar), 0.0, 0.0);
    EXPECT_TRUE(allFinite(lines.segments));
    EXPECT_EQ(lines.segmentCount(), 4u + 1u);  // the square, and the triangle's edge (0,2)-(0,0)
    const PointMesh points = buildPointMesh(squareAndFarTriangle(GeometryKind::Point, kFar), 0.0, 0.0);
    EXPECT_TRUE(allFinite(points.positions));
    EXPECT_EQ(points.pointCount(), 4u + 2u);
}

}  // namespace
}  // namespace bashu
