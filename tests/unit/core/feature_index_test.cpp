#include "core/feature_index.h"

#include <gtest/gtest.h>

#include <random>

namespace bashu {
namespace {

// n x n unit squares; square (i, j) is feature j * n + i. Square 0 has a hole in its middle.
GeometryColumn squares(int n) {
    GeometryColumn g;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            for (auto [x, y] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {1.0, 1.0}, {0.0, 1.0}, {0.0, 0.0}})
                g.addVertex(i + x, j + y);
            g.endRing();
            if (i == 0 && j == 0) {
                for (auto [x, y] : {std::pair{0.4, 0.4}, {0.6, 0.4}, {0.6, 0.6}, {0.4, 0.6}})
                    g.addVertex(x, y);
                g.endRing();
            }
            g.endPart();
            g.endFeature();
        }
    return g;
}

TEST(FeatureIndex, FindsThePolygonContainingThePoint) {
    const GeometryColumn g = squares(100);
    const FeatureIndex index(g);
    EXPECT_EQ(index.pick(37.5, 12.5, 0), std::optional<size_t>(12 * 100 + 37));
    EXPECT_EQ(index.pick(0.2, 0.2, 0), std::optional<size_t>(0));
    EXPECT_EQ(index.pick(0.5, 0.5, 0), std::nullopt) << "inside the hole";
    EXPECT_EQ(index.pick(-0.5, 3, 0), std::nullopt) << "outside every square";
    EXPECT_EQ(index.pick(150, 3, 0), std::nullopt);
}

TEST(FeatureIndex, OutlinesAlonePickNearTheirRingsNotInside) {
    // Polygons drawn without a fill (a region's outline over other layers) are found on their
    // edges: a click inside goes through to what lies under them.
    const GeometryColumn g = squares(3);
    const FeatureIndex index(g);
    EXPECT_EQ(index.pick(1.5, 1.5, 0.05, true), std::nullopt) << "the middle of square 4";
    EXPECT_EQ(index.pick(3.02, 2.5, 0.05, true), std::optional<size_t>(8)) << "near square 8's right edge";
    EXPECT_EQ(index.pick(-0.03, 0.5, 0.05, true), std::optional<size_t>(0)) << "just outside, within reach";
    EXPECT_EQ(index.pick(0.5, 0.45, 0.1, true), std::optional<size_t>(0)) << "the hole's ring is an edge too";
}

TEST(FeatureIndex, AgreesWithABruteForceScan) {
    const GeometryColumn g = squares(20);
    const FeatureIndex index(g);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(-1.0, 21.0);
    for (int k = 0; k < 2000; ++k) {
        const double x = coordinate(random), y = coordinate(random);
        std::optional<size_t> expected;
        if (x > 0 && x < 20 && y > 0 && y < 20) {
            const size_t f = size_t(int(y)) * 20 + size_t(int(x));
            const bool inHole = f == 0 && x > 0.4 && x < 0.6 && y > 0.4 && y < 0.6;
            if (!inHole) expected = f;
        }
        EXPECT_EQ(index.pick(x, y, 0), expected) << x << ", " << y;
    }
}

TEST(FeatureIndex, LinesAndPointsArePickedWithinTheTolerance) {
    GeometryColumn lines;
    lines.kind = GeometryKind::Line;
    for (double y : {0.0, 10.0}) {
        lines.addVertex(0, y);
        lines.addVertex(100, y);
        lines.endRing();
        lines.endPart();
        lines.endFeature();
    }
    const FeatureIndex lineIndex(lines);
    EXPECT_EQ(lineIndex.pick(50, 1.5, 2.0), std::optional<size_t>(0));
    EXPECT_EQ(lineIndex.pick(50, 8.0, 2.5), std::optional<size_t>(1));
    EXPECT_EQ(lineIndex.pick(50, 5.0, 2.0), std::nullopt);

    GeometryColumn points;
    points.kind = GeometryKind::Point;
    for (double x : {0.0, 3.0}) {
        points.addVertex(x, 0);
        points.endRing();
        points.endPart();
        points.endFeature();
    }
    const FeatureIndex pointIndex(points);
    EXPECT_EQ(pointIndex.pick(1.0, 0.5, 2.0), std::optional<size_t>(0)) << "the nearer one";
    EXPECT_EQ(pointIndex.pick(2.2, 0.0, 2.0), std::optional<size_t>(1));
}

TEST(FeatureIndex, EmptyGeometryPicksNothing) {
    GeometryColumn g;
    g.endFeature();  // one feature without geometry
    const FeatureIndex index(g);
    EXPECT_EQ(index.pick(0, 0, 1), std::nullopt);
    EXPECT_EQ(FeatureIndex().pick(0, 0, 1), std::nullopt);
}

}  // namespace
}  // namespace bashu
