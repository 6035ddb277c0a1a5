// A world map on a PNG export: rings and lines across the antimeridian, written for the sphere as
// the world-atlas TopoJSON writes them, are drawn at the map's two edges, not as bands across it.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "exported_map.h"
#include "gl_context.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

constexpr Rgba8 kWhite{255, 255, 255, 255};

using testing::ExportedMap;

// Land on three continents makes the map a world map; Fiji's ring goes from -180 the short way
// to 178 and back, and a route goes from 170E to 170W.
ExportedMap exportWorld(const std::string& crs) {
    const testing::TempFolder folder("bashu-world-seam-render");
    const fs::path& dir = folder.path();
    std::ofstream(dir / "land.geojson") << R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "west"}, "geometry": {"type": "Polygon", "coordinates": [[[-120, 20], [-60, 20], [-60, 60], [-120, 60], [-120, 20]]]}},
{"type": "Feature", "properties": {"name": "east"}, "geometry": {"type": "Polygon", "coordinates": [[[60, -40], [120, -40], [120, 0], [60, 0], [60, -40]]]}},
{"type": "Feature", "properties": {"name": "south"}, "geometry": {"type": "Polygon", "coordinates": [[[-30, -60], [30, -60], [30, -50], [-30, -50], [-30, -60]]]}},
{"type": "Feature", "properties": {"name": "Fiji"}, "geometry": {"type": "Polygon", "coordinates": [[[-180, -15], [-177, -15], [-177, -20], [-180, -20], [178, -20], [178, -15], [180, -15], [-180, -15]]]}}]})";
    std::ofstream(dir / "route.geojson") << R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[170, 40], [-170, 40]]}}]})";
    MapDocument document;
    document.crs = crs;
    LayerSpec land;
    land.source = (dir / "land.geojson").string();
    land.fill.color = Rgba8{200, 0, 0, 255};
    land.stroke.width = 0;
    LayerSpec route;
    route.source = (dir / "route.geojson").string();
    route.stroke.color = Rgba8{0, 0, 200, 255};
    route.stroke.width = 3;
    document.layers = {land, route};
    return testing::exportForTest(document, 1000, 500, (dir / "world.png").string());
}

Rgba8 pixelAt(const ExportedMap& e, double lon, double lat) { return testing::pixelAtLonLat(e, lon, lat); }

bool red(Rgba8 p) { return p.r > 150 && p.g < 80 && p.b < 80; }
bool blue(Rgba8 p) { return p.b > 150 && p.r < 80 && p.g < 80; }

TEST(WorldSeamExport, AcrossTheAntimeridianIsDrawnAtBothEdgesAndNotBetween) {
    ASSERT_TRUE(testing::headlessContextReady());
    const ExportedMap world = exportWorld("auto");
    EXPECT_NE(world.scene.mapCrs.find("+proj=eqearth"), std::string::npos) << world.scene.mapCrs;
    // Fiji on both sides of 180; nothing of it on the way across the map.
    EXPECT_TRUE(red(pixelAt(world, 179.0, -17.5)));
    EXPECT_TRUE(red(pixelAt(world, -178.5, -17.5)));
    for (double lon : {-150.0, -90.0, 0.0, 45.0, 150.0})
        EXPECT_EQ(pixelAt(world, lon, -17.5), kWhite) << "a band across the map at " << lon;
    // The route on both sides; not along 40N across the map.
    EXPECT_TRUE(blue(pixelAt(world, 175.0, 40.0)));
    EXPECT_TRUE(blue(pixelAt(world, -175.0, 40.0)));
    for (double lon : {-150.0, -30.0, 0.0, 30.0, 150.0})
        EXPECT_EQ(pixelAt(world, lon, 40.0), kWhite) << "a stroke across the map at " << lon;
}

TEST(WorldSeamExport, APacificCentredMapCutsAtItsOwnEdge) {
    ASSERT_TRUE(testing::headlessContextReady());
    // Centred on 160E: the seam is 20W, through the southern land, which falls in two; Fiji and
    // the route are whole in the middle.
    const ExportedMap pacific = exportWorld("+proj=eqearth +lon_0=160 +type=crs");
    EXPECT_TRUE(red(pixelAt(pacific, 180.0, -17.5)));
    EXPECT_TRUE(blue(pixelAt(pacific, 180.0, 40.0)));
    EXPECT_TRUE(red(pixelAt(pacific, -21.0, -55.0)));
    EXPECT_TRUE(red(pixelAt(pacific, -19.0, -55.0)));
    for (double lon : {-100.0, 60.0, 150.0})
        EXPECT_EQ(pixelAt(pacific, lon, -55.0), kWhite) << "a band across the map at " << lon;
}

TEST(WorldSeamExport, AMercatorMapClosesARingRoundThePoleAtItsEdge) {
    // Antarctica written for the sphere, eastward from 170E round to 170E: Mercator cannot show
    // the pole, so the ring is closed at Web Mercator's edge (85.05 S), not sent to infinity.
    const testing::TempFolder folder("bashu-world-seam-render");
    const fs::path& dir = folder.path();
    std::string ring;
    for (int i = 0; i <= 72; ++i) {
        const double lon = std::remainder(170.0 + 5.0 * i, 360.0);
        ring += (i ? ", [" : "[") + std::to_string(lon) + ", " + std::to_string(-70.0 - (i % 2)) + "]";
    }
    std::ofstream(dir / "antarctica.geojson")
        << R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, )"
        << R"("geometry": {"type": "Polygon", "coordinates": [[)" << ring << "]]}}]}";
    MapDocument document;
    document.crs = "EPSG:3857";
    LayerSpec layer;
    layer.source = (dir / "antarctica.geojson").string();
    document.layers = {layer};
    Result<MapScene> scene = buildScene(document);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    constexpr double kHalfWorld = 20037508.35;  // Web Mercator's square, in metres
    EXPECT_NEAR(shownExtent(scene->layers).minY, -kHalfWorld, 1.0);
    EXPECT_NEAR(shownExtent(scene->layers).minX, -kHalfWorld, 1.0);
    EXPECT_NEAR(shownExtent(scene->layers).maxX, kHalfWorld, 1.0);
}

}  // namespace
}  // namespace bashu
