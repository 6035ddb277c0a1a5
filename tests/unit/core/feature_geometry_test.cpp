#include "core/feature_geometry.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <initializer_list>

namespace bashu {
namespace {

// A "C": the 30 x 30 square minus its middle-right 20 x 10 notch. Its centroid region is empty.
GeometryColumn cShape() {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (auto [x, y] : {std::pair{0.0, 0.0},
                        {30.0, 0.0},
                        {30.0, 10.0},
                        {10.0, 10.0},
                        {10.0, 20.0},
                        {30.0, 20.0},
                        {30.0, 30.0},
                        {0.0, 30.0},
                        {0.0, 0.0}})
        g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    return g;
}

TEST(FeatureGeometry, ContainsAndDistanceFollowTheOutline) {
    const GeometryColumn g = cShape();
    EXPECT_TRUE(featureContains(g, 0, 5, 15));
    EXPECT_FALSE(featureContains(g, 0, 20, 15)) << "inside the notch";
    EXPECT_DOUBLE_EQ(distanceToFeature(g, 0, 5, 15), 5.0);
    EXPECT_DOUBLE_EQ(distanceToFeature(g, 0, 20, 15), 5.0);
}

TEST(FeatureGeometry, ThePoleLiesInsideWhereTheCentroidWouldNot) {
    const GeometryColumn g = cShape();
    const InteriorPoint pole = poleOfInaccessibility(g, 0, 0.01);
    EXPECT_TRUE(featureContains(g, 0, pole.x, pole.y));
    // Deepest where an arm meets the spine: d from both outer sides and from the notch's corner
    // (10, 10): d = (10 - d) * sqrt(2), so d = 10 / (1 + 1 / sqrt(2)).
    EXPECT_NEAR(pole.depth, 10.0 / (1.0 + 1.0 / std::sqrt(2.0)), 0.05);
}

TEST(FeatureGeometry, InteriorPointsAreOnePointPerUnitAtItsPoleAndNoneWhereItHasNoGeometry) {
    GeometryColumn g = cShape();
    g.endFeature();  // a feature without geometry
    const GeometryColumn points = interiorPoints(g);
    EXPECT_EQ(points.kind, GeometryKind::Point);
    ASSERT_EQ(points.featureCount(), 2u);
    ASSERT_EQ(points.vertexCount(), 1u);
    EXPECT_TRUE(featureContains(g, 0, points.xy[0], points.xy[1])) << "inside the C, not in its notch";
    EXPECT_TRUE(points.featureExtent(1).empty());
}

TEST(FeatureGeometry, TheSquaresPoleIsItsCentre) {
    GeometryColumn g;
    g.kind = GeometryKind::Polygon;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {8.0, 0.0}, {8.0, 8.0}, {0.0, 8.0}, {0.0, 0.0}})
        g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    const InteriorPoint pole = poleOfInaccessibility(g, 0, 0.001);
    EXPECT_NEAR(pole.x, 4.0, 0.01);
    EXPECT_NEAR(pole.y, 4.0, 0.01);
    EXPECT_NEAR(pole.depth, 4.0, 0.01);
}

// Parts of one feature as squares (x, y, side), each a polygon part.
GeometryColumn squaresFeature(std::initializer_list<std::array<double, 3>> squares) {
    GeometryColumn g;
    for (const auto& [x, y, side] : squares) {
        for (auto [dx, dy] : {std::pair{0.0, 0.0}, {side, 0.0}, {side, side}, {0.0, side}, {0.0, 0.0}})
            g.addVertex(x + dx, y + dy);
        g.endRing();
        g.endPart();
    }
    g.endFeature();
    return g;
}

TEST(FeatureGeometry, APolygonCutToABoxKeepsWhatIsInsideIt) {
    GeometryColumn g;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}}) g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    Extent box;
    box.include(5, -5);
    box.include(20, 4);
    const GeometryColumn cut = clippedToBox(g, 0, box);
    ASSERT_EQ(cut.featureCount(), 1u);
    const Extent e = cut.featureExtent(0);
    EXPECT_DOUBLE_EQ(e.minX, 5);
    EXPECT_DOUBLE_EQ(e.maxX, 10);
    EXPECT_DOUBLE_EQ(e.minY, 0);
    EXPECT_DOUBLE_EQ(e.maxY, 4);
    Extent away;
    away.include(30, 30);
    away.include(40, 40);
    EXPECT_EQ(clippedToBox(g, 0, away).featureCount(), 0u) << "nothing of it in the box";
}

TEST(FeatureViewExtent, AFeatureCutAtAWorldMapsEdgeIsShownByItsLargerSide) {
    // Fiji on a world map 360 wide: most of it at the east edge, a sliver at the west edge.
    const GeometryColumn fiji = squaresFeature({{177.0, -19.0, 3.0}, {-180.0, -17.0, 0.5}});
    const Extent e = featureViewExtent(fiji, 0, 360.0);
    EXPECT_EQ(e.minX, 177.0);
    EXPECT_EQ(e.maxX, 180.0);
    // The whole feature where the map is narrow (a map of the Pacific) or the parts close.
    EXPECT_EQ(featureViewExtent(fiji, 0, 800.0).minX, -180.0);
    const GeometryColumn islands =
        squaresFeature({{0.0, 0.0, 1.0}, {100.0, 0.0, 1.0}, {200.0, 0.0, 1.0}, {300.0, 0.0, 1.0}});
    EXPECT_EQ(featureViewExtent(islands, 0, 360.0).width(), 301.0) << "no gap over a third";
}

TEST(FeatureGeometry, ACellsSquareIsAnUprightRectangleAndOtherShapesAreNot) {
    GeometryColumn g = squaresFeature({{0, 0, 2}});  // closed, from its lower left corner
    g.kind = GeometryKind::Polygon;
    for (auto [x, y] : {std::pair{5.0, 0.0}, {5.0, 3.0}, {9.0, 3.0}, {9.0, 0.0}}) g.addVertex(x, y);
    g.endRing();  // open, a tall side first
    g.endPart();
    g.endFeature();
    const GeometryColumn twoSquares = [] {
        GeometryColumn two = squaresFeature({{0, 0, 1}, {3, 0, 1}});
        two.kind = GeometryKind::Polygon;
        return two;
    }();
    GeometryColumn diamond;
    diamond.kind = GeometryKind::Polygon;
    for (auto [x, y] : {std::pair{1.0, 0.0}, {2.0, 1.0}, {1.0, 2.0}, {0.0, 1.0}, {1.0, 0.0}})
        diamond.addVertex(x, y);
    diamond.endRing();
    diamond.endPart();
    diamond.endFeature();
    EXPECT_TRUE(isUprightRectangle(g, 0));
    EXPECT_TRUE(isUprightRectangle(g, 1));
    EXPECT_FALSE(isUprightRectangle(cShape(), 0));
    EXPECT_FALSE(isUprightRectangle(twoSquares, 0)) << "two parts";
    EXPECT_FALSE(isUprightRectangle(diamond, 0)) << "turned";
    EXPECT_FALSE(isUprightRectangle(g, 2)) << "no such feature";
}

}  // namespace
}  // namespace bashu
