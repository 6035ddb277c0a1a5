#include "core/polygon_validity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace bashu {
namespace {

using Ring = std::vector<double>;  // x, y per vertex
using Part = std::vector<Ring>;    // outer ring, then holes

// One polygon feature of the given parts.
GeometryColumn feature(const std::vector<Part>& parts) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (const Part& part : parts) {
        for (const Ring& ring : part) {
            for (size_t i = 0; i + 1 < ring.size(); i += 2) g.addVertex(ring[i], ring[i + 1]);
            g.endRing();
        }
        g.endPart();
    }
    g.endFeature();
    return g;
}

PolygonFault faultOf(const std::vector<Part>& parts) { return checkPolygonFeature(feature(parts), 0).fault; }

const Ring kSquare{0, 0, 10, 0, 10, 10, 0, 10, 0, 0};

TEST(PolygonValidity, ASquareWithAHoleIsValid) {
    EXPECT_EQ(faultOf({{kSquare}}), PolygonFault::None);
    EXPECT_EQ(faultOf({{kSquare, {2, 2, 2, 4, 4, 4, 4, 2, 2, 2}}}), PolygonFault::None);
    // The closing vertex may be left out, and repeated vertices are not faults.
    EXPECT_EQ(faultOf({{{0, 0, 10, 0, 10, 0, 10, 10, 0, 10}}}), PolygonFault::None);
}

TEST(PolygonValidity, ABowTieCrossesItselfWhereItsEdgesMeet) {
    const PolygonFinding f = checkPolygonFeature(feature({{{0, 20, 10, 30, 10, 20, 0, 30, 0, 20}}}), 0);
    EXPECT_EQ(f.fault, PolygonFault::SelfIntersection);
    EXPECT_DOUBLE_EQ(f.x, 5.0);
    EXPECT_DOUBLE_EQ(f.y, 25.0);
}

TEST(PolygonValidity, ARingTouchingItselfOrDoublingBackIsInvalid) {
    // Touches itself at (5, 5), a vertex visited twice (an inverted hole, not allowed by OGC).
    EXPECT_EQ(faultOf({{{0, 0, 10, 0, 5, 5, 8, 8, 2, 8, 5, 5, 0, 0}}}), PolygonFault::SelfIntersection);
    // A spike: the ring runs out to (15, 5) and straight back.
    EXPECT_EQ(faultOf({{{0, 0, 10, 0, 10, 5, 15, 5, 10, 5, 10, 10, 0, 10, 0, 0}}}),
              PolygonFault::SelfIntersection);
}

TEST(PolygonValidity, ARingOfFewerThanThreeDistinctPointsEnclosesNothing) {
    EXPECT_EQ(faultOf({{{0, 0, 1, 1, 0, 0}}}), PolygonFault::TooFewPoints);
    EXPECT_EQ(faultOf({{kSquare, {3, 3, 3, 3, 3, 3}}}), PolygonFault::TooFewPoints);
}

TEST(PolygonValidity, HolesMustLieInsideTheirOuterRingWithoutCrossingIt) {
    EXPECT_EQ(faultOf({{kSquare, {8, 8, 12, 8, 12, 12, 8, 12, 8, 8}}}), PolygonFault::RingsCross);
    EXPECT_EQ(faultOf({{kSquare, {20, 20, 22, 20, 22, 22, 20, 22, 20, 20}}}), PolygonFault::HoleOutside);
    // A hole may touch its outer ring at one point.
    EXPECT_EQ(faultOf({{kSquare, {0, 5, 3, 4, 3, 6, 0, 5}}}), PolygonFault::None);
    // A hole running along the outer ring shares a stretch of it.
    EXPECT_EQ(faultOf({{kSquare, {0, 2, 3, 2, 3, 6, 0, 6, 0, 2}}}), PolygonFault::RingsCross);
}

TEST(PolygonValidity, PartsMayTouchButNotOverlapOrNest) {
    const Ring beside{10, 0, 20, 0, 20, 10, 10, 10, 10, 0};     // shares the edge x = 10
    const Ring corner{10, 10, 20, 10, 20, 20, 10, 20, 10, 10};  // touches at (10, 10)
    EXPECT_EQ(faultOf({{kSquare}, {corner}}), PolygonFault::None);
    EXPECT_EQ(faultOf({{kSquare}, {beside}}), PolygonFault::RingsCross);
    EXPECT_EQ(faultOf({{kSquare}, {{5, 5, 15, 5, 15, 15, 5, 15, 5, 5}}}), PolygonFault::RingsCross);
    EXPECT_EQ(faultOf({{kSquare}, {{2, 2, 4, 2, 4, 4, 2, 4, 2, 2}}}), PolygonFault::NestedParts);
    // An island in a lake is fine.
    EXPECT_EQ(faultOf({{kSquare, {2, 2, 8, 2, 8, 8, 2, 8, 2, 2}}, {{4, 4, 6, 4, 6, 6, 4, 6, 4, 4}}}),
              PolygonFault::None);
}

// A circle of n vertices, optionally with the vertex on its far left thrown out past its right
// side, so the two edges to it cross the circle (a crossing the sweep of large rings must find).
Ring circle(size_t n, bool thrown) {
    Ring ring;
    for (size_t i = 0; i < n; ++i) {
        const double a = 2 * M_PI * double(i) / double(n);
        ring.push_back(100.0 * std::cos(a));
        ring.push_back(100.0 * std::sin(a));
    }
    if (thrown) {
        ring[2 * (n / 2)] = 150.0;
        ring[2 * (n / 2) + 1] = 20.0;
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    return ring;
}

TEST(PolygonValidity, ConvexRingsThatWindOnceAreValidAndStarsThatWindTwiceAreNot) {
    Ring hexagon, pentagram;
    for (int i = 0; i <= 6; ++i) {
        hexagon.push_back(std::cos(M_PI * i / 3));
        hexagon.push_back(std::sin(M_PI * i / 3));
    }
    for (int i = 0; i <= 5; ++i) {  // every second corner of a pentagon: all turns one way
        pentagram.push_back(std::cos(4 * M_PI * i / 5));
        pentagram.push_back(std::sin(4 * M_PI * i / 5));
    }
    EXPECT_EQ(faultOf({{hexagon}}), PolygonFault::None);
    EXPECT_EQ(faultOf({{pentagram}}), PolygonFault::SelfIntersection);
    // A side doubling back on a convex ring is a spike, not a convex ring.
    EXPECT_EQ(faultOf({{{0, 0, 10, 0, 5, 0, 10, 0, 10, 10, 0, 10, 0, 0}}}), PolygonFault::SelfIntersection);
}

TEST(PolygonValidity, LargeRingsAreSweptNotComparedPairwise) {
    EXPECT_EQ(faultOf({{circle(5000, false)}}), PolygonFault::None);
    EXPECT_EQ(faultOf({{circle(5000, true)}}), PolygonFault::SelfIntersection);
}

TEST(PolygonValidity, FindingsComeInFeatureOrderFromEveryThread) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    // 2000 features of 60 vertices (enough for two threads); every 7th is a bow-tie.
    for (size_t f = 0; f < 2000; ++f) {
        const double x = double(f) * 30.0;
        if (f % 7 == 3) {
            const double bow[] = {0, 20, 10, 30, 10, 20, 0, 30, 0, 20};
            for (size_t i = 0; i < 10; i += 2) g.addVertex(x + bow[i], bow[i + 1]);
        } else {
            const Ring ring = circle(60, false);
            for (size_t i = 0; i < ring.size(); i += 2) g.addVertex(x + ring[i] / 10, ring[i + 1] / 10);
        }
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    const std::vector<PolygonFinding> found = findInvalidPolygons(g);
    ASSERT_EQ(found.size(), 286u);
    for (size_t i = 0; i < found.size(); ++i) {
        EXPECT_EQ(found[i].feature, 7 * i + 3);
        EXPECT_EQ(found[i].fault, PolygonFault::SelfIntersection);
    }
}

TEST(PolygonValidity, OnlyPolygonsAreChecked) {
    GeometryColumn lines;
    lines.kind = GeometryKind::Line;
    for (double v : {0.0, 20.0, 10.0, 30.0, 10.0, 20.0, 0.0, 30.0}) lines.addVertex(v, v);
    lines.endRing();
    lines.endPart();
    lines.endFeature();
    EXPECT_TRUE(findInvalidPolygons(lines).empty());
    EXPECT_EQ(checkPolygonFeature(lines, 0).fault, PolygonFault::None);
}

}  // namespace
}  // namespace bashu
