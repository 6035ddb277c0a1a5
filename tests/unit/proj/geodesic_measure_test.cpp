// Lengths and areas on the WGS 84 ellipsoid, against values known in closed form or published.
#include "proj/geodesic_measure.h"

#include <gtest/gtest.h>

#include <vector>

namespace bashu {
namespace {

TEST(GeodesicMeasure, ADegreeAlongTheEquatorIsTheSemiMajorAxisTimesPiOver180) {
    const std::vector<LonLat> path = {{0, 0}, {1, 0}};
    EXPECT_NEAR(geodesicLength(path), 6378137.0 * 3.14159265358979323846 / 180.0, 1e-6);
}

TEST(GeodesicMeasure, ADegreeOfLatitudeFromTheEquatorIsShorterThanOneAlongIt) {
    // The meridian arc from 0° to 1° N on WGS 84: 110,574.389 m.
    const std::vector<LonLat> path = {{0, 0}, {0, 1}};
    EXPECT_NEAR(geodesicLength(path), 110574.389, 0.001);
}

TEST(GeodesicMeasure, APathSumsItsLegs) {
    const std::vector<LonLat> path = {{104, 30}, {105, 30}, {105, 31}};
    const std::vector<LonLat> first = {{104, 30}, {105, 30}}, second = {{105, 30}, {105, 31}};
    EXPECT_NEAR(geodesicLength(path), geodesicLength(first) + geodesicLength(second), 1e-6);
    EXPECT_EQ(geodesicLength(std::vector<LonLat>{{104, 30}}), 0.0) << "one point has no length";
}

TEST(GeodesicMeasure, AOneDegreeCellAtTheEquatorIsAbout12309SquareKilometresEitherWayRound) {
    const std::vector<LonLat> ring = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    const std::vector<LonLat> reversed = {{0, 1}, {1, 1}, {1, 0}, {0, 0}};
    const GeodesicArea a = geodesicArea(ring), b = geodesicArea(reversed);
    EXPECT_NEAR(a.area / 1e6, 12309.0, 5.0);
    EXPECT_NEAR(a.area, b.area, 1e-3) << "positive whichever way the ring runs";
    EXPECT_NEAR(a.perimeter, geodesicLength(std::vector<LonLat>{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}),
                1e-6);
}

TEST(GeodesicMeasure, FewerThanThreeCornersHaveNoArea) {
    EXPECT_EQ(geodesicArea(std::vector<LonLat>{{0, 0}, {1, 0}}).area, 0.0);
}

}  // namespace
}  // namespace bashu
