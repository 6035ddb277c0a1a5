#include "core/geometry.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

GeometryColumn squareWithHole() {
    GeometryColumn g;
    for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}, {0.0, 0.0}})
        g.addVertex(x, y);
    g.endRing();
    // Hole given clockwise; area must be subtracted whatever its orientation.
    for (auto [x, y] : {std::pair{2.0, 2.0}, {2.0, 4.0}, {4.0, 4.0}, {4.0, 2.0}}) g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    g.endFeature();  // a second feature without geometry
    return g;
}

TEST(Geometry, CountsFollowTheHierarchy) {
    const GeometryColumn g = squareWithHole();
    EXPECT_EQ(g.featureCount(), 2u);
    EXPECT_EQ(g.partCount(), 1u);
    EXPECT_EQ(g.ringCount(), 2u);
    EXPECT_EQ(g.vertexCount(), 9u);
    EXPECT_EQ(g.ring(1).size(), 8u);
}

TEST(Geometry, SignedAreaIsPositiveCounterClockwise) {
    const std::vector<double> ccw = {0, 0, 4, 0, 4, 3};
    const std::vector<double> cw = {0, 0, 4, 3, 4, 0};
    EXPECT_DOUBLE_EQ(signedRingArea(ccw), 6.0);
    EXPECT_DOUBLE_EQ(signedRingArea(cw), -6.0);
}

TEST(Geometry, PartAreaSubtractsHoles) { EXPECT_DOUBLE_EQ(polygonPartArea(squareWithHole(), 0), 96.0); }

TEST(Geometry, AreaKeepsPrecisionFarFromTheOrigin) {
    const double x0 = 1.2e7, y0 = 3.4e6;
    const std::vector<double> ring = {x0, y0, x0 + 1, y0, x0 + 1, y0 + 1, x0, y0 + 1};
    EXPECT_DOUBLE_EQ(signedRingArea(ring), 1.0);
}

TEST(Geometry, ExtentsOfLayerAndFeature) {
    const GeometryColumn g = squareWithHole();
    const Extent e = g.extent();
    EXPECT_EQ(e.minX, 0.0);
    EXPECT_EQ(e.maxY, 10.0);
    EXPECT_FALSE(g.featureExtent(0).empty());
    EXPECT_TRUE(g.featureExtent(1).empty());
}

TEST(Geometry, ExtractFeaturesKeepsTheirRingsInTheOrderGiven) {
    const GeometryColumn g = squareWithHole();
    const size_t first[] = {0};
    const GeometryColumn one = extractFeatures(g, first);
    EXPECT_EQ(one.featureCount(), 1u);
    EXPECT_EQ(one.ringCount(), 2u);
    EXPECT_DOUBLE_EQ(polygonPartArea(one, 0), 96.0);
    const size_t second[] = {1};
    EXPECT_EQ(extractFeatures(g, second).partCount(), 0u) << "a feature without geometry stays empty";
    const size_t both[] = {1, 0};
    const GeometryColumn two = extractFeatures(g, both);
    ASSERT_EQ(two.featureCount(), 2u);
    EXPECT_EQ(two.featureOffsets[1], 0u) << "the empty one first, as asked";
    EXPECT_EQ(two.ringCount(), 2u);
}

}  // namespace
}  // namespace bashu
