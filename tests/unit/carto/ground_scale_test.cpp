#include "carto/ground_scale.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "support/scene_fixture.h"

namespace bashu {
namespace {

constexpr double kDegree = std::numbers::pi / 180.0;

// A camera over the fixture's squares (104..107 E, 30..31 N) at a given map point and scale.
Camera cameraAt(const MapScene& scene, double lon, double lat, double unitsPerPixel) {
    Camera camera;
    camera.width = 1000;
    camera.height = 800;
    camera.centerX = lon;
    camera.centerY = lat;
    scene.fromLonLat(camera.centerX, camera.centerY);
    camera.unitsPerPixel = unitsPerPixel;
    return camera;
}

class GroundScale : public Scene {
protected:
    MapScene sceneIn(const std::string& crs) {
        MapDocument d = document();
        d.crs = crs;
        Result<MapScene> scene = buildScene(d);
        EXPECT_TRUE(scene.ok()) << scene.error().message;
        return scene.ok() ? std::move(*scene) : MapScene{};
    }
};

TEST(Haversine, OneDegreeOfLatitudeOnTheMeanSphere) {
    EXPECT_NEAR(haversineMetres(105, 30, 105, 31), kMeanEarthRadiusMetres * kDegree, 1e-6);
    EXPECT_NEAR(haversineMetres(0, 0, 180, 0), kMeanEarthRadiusMetres * std::numbers::pi, 1e-6);
    EXPECT_EQ(haversineMetres(105, 30, 105, 30), 0.0);
}

TEST_F(GroundScale, DegreesShrinkWithTheCosineOfLatitude) {
    const MapScene scene = sceneIn("EPSG:4326");
    const Camera camera = cameraAt(scene, 105.5, 30.5, 0.001);  // a thousandth of a degree a pixel
    const double expected = 0.001 * kDegree * kMeanEarthRadiusMetres * std::cos(30.5 * kDegree);
    EXPECT_NEAR(groundMetresPerPixel(scene, camera), expected, 0.01 * expected);
    EXPECT_NEAR(groundMetresPerPixel(scene, camera), 95.8, 0.5);
}

TEST_F(GroundScale, MetricCrsGiveTheirUnitsPerPixel) {
    // The fitted equal-area conic and UTM 48N: metres, true to scale within a fraction of a
    // percent near the centre of this region.
    for (const char* crs : {"auto", "EPSG:32648"}) {
        const MapScene scene = sceneIn(crs);
        const Camera camera = cameraAt(scene, 105.5, 30.5, 250.0);
        EXPECT_NEAR(groundMetresPerPixel(scene, camera), 250.0, 2.5) << crs;
    }
}

TEST_F(GroundScale, TheScaleIsLocalAtAnyZoom) {
    // A whole hemisphere on 360 pixels: the pixel at the centre still spans about 1 degree.
    const MapScene scene = sceneIn("EPSG:4326");
    const Camera camera = cameraAt(scene, 0.0, 0.0, 1.0);
    EXPECT_NEAR(groundMetresPerPixel(scene, camera), kDegree * kMeanEarthRadiusMetres, 1.0);
}

TEST_F(GroundScale, UnknownWithoutConversions) {
    MapScene scene;
    EXPECT_TRUE(std::isnan(groundMetresPerPixel(scene, Camera{})));
    EXPECT_TRUE(std::isnan(northDirection(scene, Camera{})));
}

TEST_F(GroundScale, NorthIsUpInLonLatAndOnTheConicsCentralMeridian) {
    const MapScene degrees = sceneIn("EPSG:4326");
    EXPECT_NEAR(northDirection(degrees, cameraAt(degrees, 105.5, 30.5, 0.001)), 0.0, 1e-9);
    const MapScene conic = sceneIn("auto");  // fitted to 104..107 E: central meridian 105.5
    EXPECT_NEAR(northDirection(conic, cameraAt(conic, 105.5, 30.5, 250.0)), 0.0, 1e-6);
}

TEST_F(GroundScale, NorthTurnsWithTheMeridiansAwayFromTheCentralOne) {
    // UTM 48N (central meridian 105 E) at 107 E: grid convergence atan(tan(2 deg) sin(lat)),
    // true north turned anticlockwise from grid north (up).
    const MapScene scene = sceneIn("EPSG:32648");
    const double lat = 30.5;
    const double convergence = std::atan(std::tan(2 * kDegree) * std::sin(lat * kDegree));
    EXPECT_NEAR(northDirection(scene, cameraAt(scene, 107.0, lat, 250.0)), -convergence, 0.01 * kDegree);
    EXPECT_NEAR(northDirection(scene, cameraAt(scene, 103.0, lat, 250.0)), convergence, 0.01 * kDegree);
}

}  // namespace
}  // namespace bashu
