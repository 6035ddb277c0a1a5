#include "proj/transform.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/geometry.h"

namespace bashu {
namespace {

// Chengdu, Tianfu Square: longitude 104.066 E, latitude 30.657 N.
constexpr double kLon = 104.066, kLat = 30.657;

// A transform that must exist; the test fails (through the exception) when it does not.
Transform make(const std::string& from, const std::string& to) {
    Result<Transform> t = Transform::create(from, to);
    if (!t.ok()) throw std::runtime_error(from + " -> " + to + ": " + t.error().message);
    return std::move(t.value());
}

// A lon/lat cell as one closed ring, each edge cut into `steps` pieces (parallels are curves in
// a conic projection).
std::vector<double> densifiedCell(double lon0, double lat0, double lon1, double lat1, int steps) {
    std::vector<double> ring;
    auto edge = [&](double xa, double ya, double xb, double yb) {
        for (int i = 0; i < steps; ++i) {
            const double t = double(i) / steps;
            ring.push_back(xa + t * (xb - xa));
            ring.push_back(ya + t * (yb - ya));
        }
    };
    edge(lon0, lat0, lon1, lat0);
    edge(lon1, lat0, lon1, lat1);
    edge(lon1, lat1, lon0, lat1);
    edge(lon0, lat1, lon0, lat0);
    return ring;
}

// ---------------------------------------------------------------------------------------------
// Known points against PROJ's own command-line tools (PROJ 9.1.1).

TEST(Transform, Wgs84ToGaussKrugerCm105) {
    // cs2cs -d 4 EPSG:4326 EPSG:4544 <<< "30.657 104.066"
    //   -> 3393319.1755  410479.4236   (northing, easting: EPSG:4544's official axis order)
    const Transform t = make("EPSG:4326", "EPSG:4544");
    EXPECT_FALSE(t.isIdentity());
    std::array<double, 2> xy = {kLon, kLat};
    EXPECT_EQ(t.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[0], 410479.4236, 1e-3);   // x = easting
    EXPECT_NEAR(xy[1], 3393319.1755, 1e-3);  // y = northing
}

TEST(Transform, Wgs84ToWebMercator) {
    // cs2cs -d 4 EPSG:4326 EPSG:3857 <<< "30.657 104.066"  ->  11584574.1289  3588283.7229
    const Transform t = make("EPSG:4326", "EPSG:3857");
    std::array<double, 2> xy = {kLon, kLat};
    EXPECT_EQ(t.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[0], 11584574.1289, 1e-3);
    EXPECT_NEAR(xy[1], 3588283.7229, 1e-3);
}

TEST(Transform, ManyPointsInOneCall) {
    // cs2cs -d 4 EPSG:4326 EPSG:3857 <<< "26 97"   -> 10797990.6069  2999080.9435
    // cs2cs -d 4 EPSG:4326 EPSG:3857 <<< "34 110"  -> 12245143.9873  4028802.0261
    const Transform t = make("EPSG:4326", "EPSG:3857");
    std::vector<double> xy = {97, 26, kLon, kLat, 110, 34};
    EXPECT_EQ(t.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[0], 10797990.6069, 1e-3);
    EXPECT_NEAR(xy[1], 2999080.9435, 1e-3);
    EXPECT_NEAR(xy[2], 11584574.1289, 1e-3);
    EXPECT_NEAR(xy[3], 3588283.7229, 1e-3);
    EXPECT_NEAR(xy[4], 12245143.9873, 1e-3);
    EXPECT_NEAR(xy[5], 4028802.0261, 1e-3);
}

TEST(Transform, RoundTripThroughGaussKruger) {
    const Transform forward = make("EPSG:4326", "EPSG:4544");
    const Transform back = make("EPSG:4544", "EPSG:4326");
    const std::vector<double> start = {kLon, kLat, 103.5, 28.25, 106.75, 32.125, 105.0, 30.0};
    std::vector<double> xy = start;
    EXPECT_EQ(forward.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[6], 500000.0, 1e-6) << "the central meridian maps to the false easting";
    EXPECT_EQ(back.transformInPlace(xy), 0u);
    for (size_t i = 0; i < xy.size(); ++i) EXPECT_NEAR(xy[i], start[i], 1e-9) << i;
}

TEST(Transform, AxisOrderIsNormalisedOnBothSides) {
    // EPSG:4326 is officially latitude first; "+proj=longlat" is longitude first. After
    // normalisation both read x = longitude, so the transform changes nothing.
    const Transform t = make("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs +type=crs");
    std::array<double, 4> xy = {kLon, kLat, -70.5, -33.25};
    EXPECT_EQ(t.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[0], kLon, 1e-12);
    EXPECT_NEAR(xy[1], kLat, 1e-12);
    EXPECT_NEAR(xy[2], -70.5, 1e-12);
    EXPECT_NEAR(xy[3], -33.25, 1e-12);
}

TEST(Transform, SameCrsIsIdentity) {
    const Transform t = make("EPSG:4544", "EPSG:4544");
    EXPECT_TRUE(t.isIdentity());
    std::array<double, 2> xy = {410479.4236, 3393319.1755};
    EXPECT_EQ(t.transformInPlace(xy), 0u);
    EXPECT_EQ(xy[0], 410479.4236);
    EXPECT_EQ(xy[1], 3393319.1755);
}

TEST(Transform, AMovedTransformStillWorks) {
    Transform t = make("EPSG:4326", "EPSG:3857");
    Transform moved = std::move(t);
    std::array<double, 2> xy = {kLon, kLat};
    EXPECT_EQ(moved.transformInPlace(xy), 0u);
    EXPECT_NEAR(xy[0], 11584574.1289, 1e-3);
}

// ---------------------------------------------------------------------------------------------
// Points that cannot be transformed.

TEST(Transform, UntransformablePointsBecomeNanAndAreCounted) {
    // cs2cs EPSG:4326 EPSG:3857 <<< "95 104"  ->  * * inf   ("webmerc: Invalid latitude")
    const Transform t = make("EPSG:4326", "EPSG:3857");
    std::vector<double> xy = {104, 95, kLon, kLat, 10, -120, kLon, kLat};
    EXPECT_EQ(t.transformInPlace(xy), 2u);
    EXPECT_TRUE(std::isnan(xy[0]) && std::isnan(xy[1]));
    EXPECT_TRUE(std::isnan(xy[4]) && std::isnan(xy[5]));
    // A failure does not spill over to the points after it.
    EXPECT_NEAR(xy[2], 11584574.1289, 1e-3);
    EXPECT_NEAR(xy[3], 3588283.7229, 1e-3);
    EXPECT_NEAR(xy[6], 11584574.1289, 1e-3);
    EXPECT_NEAR(xy[7], 3588283.7229, 1e-3);
}

TEST(Transform, NonFiniteInputIsCountedAsFailed) {
    const Transform t = make("EPSG:4326", "EPSG:3857");
    const double nan = std::numeric_limits<double>::quiet_NaN(),
                 inf = std::numeric_limits<double>::infinity();
    std::vector<double> xy = {nan, 30, 104, inf, kLon, kLat};
    EXPECT_EQ(t.transformInPlace(xy), 2u);
    for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(std::isnan(xy[i])) << i;
    EXPECT_NEAR(xy[4], 11584574.1289, 1e-3);
}

TEST(Transform, AnOddLengthSpanLeavesItsLastValueAndWhatFollowsAlone) {
    const Transform t = make("EPSG:4326", "EPSG:3857");
    // Three values: one point and a stray x. The value after the span must not be touched.
    std::array<double, 4> memory = {kLon, kLat, 1.0, std::numeric_limits<double>::infinity()};
    EXPECT_EQ(t.transformInPlace(std::span<double>(memory.data(), 3)), 0u);
    EXPECT_NEAR(memory[0], 11584574.1289, 1e-3);
    EXPECT_EQ(memory[2], 1.0);
    EXPECT_TRUE(std::isinf(memory[3]));
}

TEST(Transform, EmptyInputDoesNothing) {
    const Transform t = make("EPSG:4326", "EPSG:3857");
    std::vector<double> none;
    EXPECT_EQ(t.transformInPlace(none), 0u);
    EXPECT_TRUE(t.transformedExtentOf(none).empty());
}

// ---------------------------------------------------------------------------------------------
// Extents.

TEST(Transform, ExtentIsTheDatasNotItsBoxCorners) {
    // The outline of a lon/lat box 100-110 E, 26-34 N, stored in Gauss-Kruger (CM 105 E): its
    // projected bounding box has corners beyond the data, whose lon/lat lie outside 100..110.
    std::vector<double> xy;
    for (int i = 0; i <= 100; ++i) {
        const double lon = 100.0 + 0.1 * i;
        xy.insert(xy.end(), {lon, 26.0, lon, 34.0});
    }
    for (int i = 0; i <= 80; ++i) {
        const double lat = 26.0 + 0.1 * i;
        xy.insert(xy.end(), {100.0, lat, 110.0, lat});
    }
    make("EPSG:4326", "EPSG:4544").transformInPlace(xy);
    const Transform back = make("EPSG:4544", "EPSG:4326");
    const Extent e = back.transformedExtentOf(xy);
    EXPECT_NEAR(e.minX, 100.0, 1e-7);
    EXPECT_NEAR(e.maxX, 110.0, 1e-7);
    EXPECT_NEAR(e.minY, 26.0, 1e-7);
    EXPECT_NEAR(e.maxY, 34.0, 1e-7);
    // What the box would have said: parallels bow towards the pole away from the central
    // meridian, so the box's top edge, as high as 34 N at 100 and 110 E, passes north of 34 N at
    // 105 E, and its bottom corners lie south of 26 N.
    Extent box;
    for (size_t i = 0; i < xy.size(); i += 2) box.include(xy[i], xy[i + 1]);
    std::array<double, 4> edges = {(box.minX + box.maxX) / 2, box.maxY, box.minX, box.minY};
    back.transformInPlace(edges);
    EXPECT_GT(edges[1], 34.0 + 0.05);
    EXPECT_LT(edges[3], 26.0 - 0.05);
}

TEST(Transform, ExtentOfASampleStaysInsideTheWhole) {
    std::vector<double> xy;
    for (int i = 0; i < 1000; ++i) xy.insert(xy.end(), {100.0 + 0.01 * i, 26.0 + 0.008 * i});
    const Transform t = make("EPSG:4326", "EPSG:4544");
    const Extent whole = t.transformedExtentOf(xy), sample = t.transformedExtentOf(xy, 10);
    ASSERT_FALSE(sample.empty());
    EXPECT_GE(sample.minX, whole.minX);
    EXPECT_LE(sample.maxX, whole.maxX);
    EXPECT_GE(sample.minY, whole.minY);
    EXPECT_LE(sample.maxY, whole.maxY);
    EXPECT_LT(sample.maxY, whole.maxY) << "every 100th point: the last one is not among them";
}

TEST(Transform, ExtentLeavesOutPointsThatCannotBeTransformed) {
    // Web Mercator stops short of the poles; one point lies beyond any pole.
    const Transform t = make("EPSG:4326", "EPSG:3857");
    std::vector<double> xy = {100, 80, 110, 95, 105, 85};
    const Extent e = t.transformedExtentOf(xy);
    ASSERT_FALSE(e.empty());
    std::array<double, 4> kept = {100, 80, 105, 85};
    t.transformInPlace(kept);
    EXPECT_NEAR(e.minX, kept[0], 1e-6);
    EXPECT_NEAR(e.minY, kept[1], 1e-6);
    EXPECT_NEAR(e.maxX, kept[2], 1e-6);
    EXPECT_NEAR(e.maxY, kept[3], 1e-6);
}

// ---------------------------------------------------------------------------------------------
// Equal-area projections fitted to an extent.

TEST(EqualArea, ConicForSichuanFollowsTheOneSixthRule) {
    Extent sichuan;
    sichuan.include(97, 26);
    sichuan.include(110, 34);
    const std::string crs = equalAreaConicFor(sichuan);
    EXPECT_EQ(
        crs,
        "+proj=aea +lat_0=30.0000 +lon_0=103.5000 +lat_1=27.3333 +lat_2=32.6667 +x_0=0 +y_0=0 +ellps=WGS84 "
        "+units=m +no_defs +type=crs");
    EXPECT_TRUE(validateCrs(crs).ok());
}

TEST(EqualArea, ConicKeepsTheAreaOfAOneDegreeCell) {
    // Reference area of the cell 105..106 E, 30..31 N on the WGS 84 ellipsoid, from PROJ's
    // cylindrical equal-area projection, where the cell is a rectangle:
    //   printf '105 30\n106 31\n' | proj -f %.6f +proj=cea +ellps=WGS84
    //     -> 11688546.533294 3171259.315519 / 11799866.024087 3266861.562376
    //   area = 111319.490793 m * 95602.246857 m = 10642393438.79 m^2
    // (the closed form b^2/2 * dlon * [q(lat)] for the ellipsoid gives 10642393438.88 m^2).
    constexpr double kReference = 111319.490793 * 95602.246857;
    Extent sichuan;
    sichuan.include(97, 26);
    sichuan.include(110, 34);
    const Transform t = make("EPSG:4326", equalAreaConicFor(sichuan));
    std::vector<double> ring = densifiedCell(105, 30, 106, 31, 50);
    ASSERT_EQ(t.transformInPlace(ring), 0u);
    const double area = std::abs(signedRingArea(ring));
    EXPECT_NEAR(area / kReference, 1.0, 1e-3);
    EXPECT_NEAR(area / kReference, 1.0, 1e-6) << "equal-area up to the densification of the edges";
}

TEST(EqualArea, AnExtentCentredOnTheEquatorGetsAzimuthalEqualArea) {
    Extent tropics;
    tropics.include(0, -10);
    tropics.include(20, 10);
    const std::string crs = equalAreaConicFor(tropics);
    EXPECT_EQ(
        crs,
        "+proj=laea +lat_0=0.0000 +lon_0=10.0000 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs");
    EXPECT_TRUE(validateCrs(crs).ok());

    // Equal-area too: the cell 10..11 E, 0.5 S..0.5 N.
    //   printf '10 -0.5\n11 0.5\n' | proj -f %.6f +proj=cea +ellps=WGS84
    //     -> 1113194.907933 -55286.454977 / 1224514.398726 55286.454977
    constexpr double kReference = (1224514.398726 - 1113194.907933) * (2 * 55286.454977);
    const Transform t = make("EPSG:4326", crs);
    std::vector<double> ring = densifiedCell(10, -0.5, 11, 0.5, 50);
    ASSERT_EQ(t.transformInPlace(ring), 0u);
    EXPECT_NEAR(std::abs(signedRingArea(ring)) / kReference, 1.0, 1e-3);
}

TEST(EqualArea, AnExtentOffTheEquatorStaysConic) {
    Extent straddling;
    straddling.include(95, -11);
    straddling.include(141, 6);  // the Indonesian archipelago: centred at 2.5 S
    const std::string crs = equalAreaConicFor(straddling);
    EXPECT_EQ(crs.rfind("+proj=aea +lat_0=-2.5000 +lon_0=118.0000 +lat_1=-8.1667 +lat_2=3.1667 ", 0), 0u)
        << crs;
    EXPECT_TRUE(validateCrs(crs).ok());
}

// ---------------------------------------------------------------------------------------------
// Definitions PROJ does not take.

TEST(Crs, AnUnknownCodeIsNamedInTheError) {
    // The reason is PROJ's own: `projinfo EPSG:999999` says "crs not found".
    const std::string message = "unknown coordinate reference system 'EPSG:999999': crs not found";
    Result<Transform> from = Transform::create("EPSG:999999", "EPSG:4326");
    ASSERT_FALSE(from.ok());
    EXPECT_EQ(from.error().message, message);
    Result<Transform> to = Transform::create("EPSG:4326", "EPSG:999999");
    ASSERT_FALSE(to.ok());
    EXPECT_EQ(to.error().message, message);
    Status valid = validateCrs("EPSG:999999");
    ASSERT_FALSE(valid.ok());
    EXPECT_EQ(valid.error().message, message);
}

// PROJ looks a free-form name up in its whole database (about a quarter of a second), so each of
// these asks only once.
TEST(Crs, AnUnknownNameIsNamedWhenTransforming) {
    // `projinfo "not a crs"` says "unrecognized format / unknown name".
    Result<Transform> t = Transform::create("EPSG:4326", "not a crs");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().message,
              "unknown coordinate reference system 'not a crs': unrecognized format / unknown name");
}

TEST(Crs, AnUnknownNameIsNamedWhenValidating) {
    Status valid = validateCrs("not a crs");
    ASSERT_FALSE(valid.ok());
    EXPECT_EQ(valid.error().message,
              "unknown coordinate reference system 'not a crs': unrecognized format / unknown name");
}

TEST(Crs, AProjStringWithoutTypeCrsIsAnOperationNotACrs) {
    // `projinfo "+proj=utm +zone=48"` describes a CONVERSION; with +type=crs it is a PROJCRS.
    Status utm = validateCrs("+proj=utm");
    ASSERT_FALSE(utm.ok());
    EXPECT_EQ(utm.error().message, "'+proj=utm' is not a coordinate reference system");
    Status bare = validateCrs("+proj=utm +zone=48");
    ASSERT_FALSE(bare.ok());
    EXPECT_EQ(bare.error().message, "'+proj=utm +zone=48' is not a coordinate reference system");
    EXPECT_TRUE(validateCrs("+proj=utm +zone=48 +datum=WGS84 +type=crs").ok());

    Result<Transform> t = Transform::create("EPSG:4326", "+proj=utm +zone=48");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().message, "'+proj=utm +zone=48' is not a coordinate reference system");
}

TEST(Crs, Names) {
    EXPECT_EQ(crsName("EPSG:4326"), "WGS 84");
    EXPECT_EQ(crsName("EPSG:4544"), "CGCS2000 / 3-degree Gauss-Kruger CM 105E");
    EXPECT_EQ(crsName("EPSG:999999"), "EPSG:999999") << "unknown: the definition itself";
}

TEST(Crs, LongitudeLatitudeInDegrees) {
    EXPECT_TRUE(isLonLatCrs("EPSG:4326"));
    EXPECT_TRUE(isLonLatCrs("EPSG:4490"));  // CGCS2000
    EXPECT_TRUE(isLonLatCrs("+proj=longlat +datum=WGS84 +type=crs"));
    EXPECT_TRUE(isLonLatCrs("EPSG:4326+5773"));  // with EGM96 heights
    EXPECT_FALSE(isLonLatCrs("EPSG:4544"));      // Gauss-Kruger
    EXPECT_FALSE(isLonLatCrs("EPSG:3857"));
    EXPECT_FALSE(isLonLatCrs("EPSG:4807"));  // NTF (Paris), in grads
    EXPECT_FALSE(isLonLatCrs("not a crs"));
}

TEST(Crs, CentralMeridians) {
    EXPECT_DOUBLE_EQ(centralMeridianOf("EPSG:4326"), 0.0);
    EXPECT_DOUBLE_EQ(centralMeridianOf("EPSG:3857"), 0.0);
    EXPECT_NEAR(centralMeridianOf("EPSG:4544"), 105.0, 1e-9);   // Gauss-Kruger CM 105E
    EXPECT_NEAR(centralMeridianOf("EPSG:32648"), 105.0, 1e-9);  // UTM zone 48N
    EXPECT_NEAR(centralMeridianOf("+proj=robin +lon_0=150 +type=crs"), 150.0, 1e-9);
    EXPECT_NEAR(centralMeridianOf("+proj=eqearth +lon_0=-160 +type=crs"), -160.0, 1e-9);
    EXPECT_NEAR(centralMeridianOf(equalAreaConicFor(Extent{97.0, 26.0, 110.0, 34.0})), 103.5, 1e-9);
    EXPECT_DOUBLE_EQ(centralMeridianOf("not a crs"), 0.0);
}

TEST(EqualArea, EqualEarthForTheWorldKeepsAreasAndItsCentre) {
    const std::string crs = equalEarthFor(150.0);
    EXPECT_NEAR(centralMeridianOf(crs), 150.0, 1e-9);
    // A 1-degree cell has the same area on the equator and at 60N, as on the ellipsoid (where the
    // cell at 60N is about half as large).
    Transform t = make("EPSG:4326", crs);
    auto cellArea = [&](double lat) {
        std::vector<double> ring = densifiedCell(150.0, lat, 151.0, lat + 1.0, 16);
        t.transformInPlace(ring);
        return std::abs(signedRingArea(ring));
    };
    EXPECT_NEAR(cellArea(60.0) / cellArea(0.0), 0.4918, 0.01);
}

}  // namespace
}  // namespace bashu
