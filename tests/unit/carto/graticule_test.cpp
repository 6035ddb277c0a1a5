#include "carto/graticule.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/map_document.h"
#include "scene/map_scene.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

TEST(Graticule, IntervalIsRoundAndGivesAtMostTenLines) {
    EXPECT_EQ(graticuleInterval(9.5), 1.0);
    EXPECT_EQ(graticuleInterval(11), 2.0) << "the built-in map: about 11 degrees across";
    EXPECT_EQ(graticuleInterval(3), 0.5);
    EXPECT_EQ(graticuleInterval(2.2), 0.25);
    EXPECT_EQ(graticuleInterval(0.8), 0.1);
    EXPECT_EQ(graticuleInterval(45), 5.0);
    EXPECT_EQ(graticuleInterval(120), 15.0);
    EXPECT_EQ(graticuleInterval(360), 30.0);
    EXPECT_EQ(graticuleInterval(0), 0.001);
}

TEST(Graticule, DegreesReadWithTheirHemisphere) {
    EXPECT_EQ(degreeLabel(104, true, 1), "104°E");
    EXPECT_EQ(degreeLabel(30, false, 1), "30°N");
    EXPECT_EQ(degreeLabel(-12, false, 2), "12°S");
    EXPECT_EQ(degreeLabel(-73.5, true, 0.5), "73.5°W");
    EXPECT_EQ(degreeLabel(30.25, false, 0.25), "30.25°N");
    EXPECT_EQ(degreeLabel(0, true, 1), "0°");
    EXPECT_EQ(degreeLabel(0, false, 1), "0°") << "the equator";
    EXPECT_EQ(degreeLabel(180, true, 10), "180°");
    EXPECT_EQ(degreeLabel(190, true, 10), "170°W") << "past the antimeridian, continuous longitudes";
    EXPECT_EQ(degreeLabel(104.30000000001, true, 0.1), "104.3°E");
    EXPECT_EQ(degreeLabel(105, true, 2.5), "105°E") << "no trailing zero";
}

// Longitude and latitude as map coordinates: straight lines, easy to check by hand.
void identity(double&, double&) {}

TEST(Graticule, LinesOfAnUnprojectedMapAreStraightAndMeetTheEdgesAtTheirDegrees) {
    Camera camera;
    // 1000 x 800 pixels: 100.05 to 110.05 E, 26.05 to 34.05 N (no line on an edge).
    camera.centerX = 105.05, camera.centerY = 30.05;
    camera.unitsPerPixel = 0.01;
    camera.width = 1000, camera.height = 800;
    const PixelBox area{0, 0, 1000, 800};
    const Graticule g = buildGraticule(camera, area, identity, identity, 0);
    EXPECT_EQ(g.interval, 1.0);
    // 10 meridians (101 to 110) and 8 parallels (27 to 34).
    EXPECT_EQ(g.lines.size(), 18u);
    for (const std::vector<Point2>& line : g.lines)
        for (const Point2& p : line) {
            EXPECT_GE(p.x, area.x0);
            EXPECT_LE(p.x, area.x1);
            EXPECT_GE(p.y, area.y0);
            EXPECT_LE(p.y, area.y1);
        }
    // 104°E is 105 pixels left of the centre, at the top and at the bottom.
    int found = 0;
    for (const GraticuleTick& tick : g.ticks)
        if (tick.text == "104°E") {
            EXPECT_TRUE(tick.edge == FrameEdge::Top || tick.edge == FrameEdge::Bottom);
            EXPECT_NEAR(tick.at, 395.0f, 0.01f);
            ++found;
        }
    EXPECT_EQ(found, 2);
    // 31°N is 95 pixels above the centre, at the left and right edges.
    found = 0;
    for (const GraticuleTick& tick : g.ticks)
        if (tick.text == "31°N") {
            EXPECT_TRUE(tick.edge == FrameEdge::Left || tick.edge == FrameEdge::Right);
            EXPECT_NEAR(tick.at, 305.0f, 0.01f);
            ++found;
        }
    EXPECT_EQ(found, 2);
}

TEST(Graticule, AGivenIntervalIsKeptAndTheAreaClipsTheLines) {
    Camera camera;
    camera.centerX = 105.05, camera.centerY = 30.05;
    camera.unitsPerPixel = 0.01;
    camera.width = 1000, camera.height = 800;
    // A title band above y = 200: lines stop there.
    const PixelBox area{0, 200, 1000, 800};
    const Graticule g = buildGraticule(camera, area, identity, identity, 2.5);
    EXPECT_EQ(g.interval, 2.5);
    size_t meridians = 0;
    for (const GraticuleTick& tick : g.ticks) {
        if (tick.edge == FrameEdge::Top) {
            ++meridians;
            EXPECT_TRUE(tick.text == "102.5°E" || tick.text == "105°E" || tick.text == "107.5°E" ||
                        tick.text == "110°E")
                << tick.text;
        }
        if (tick.edge == FrameEdge::Left) {
            EXPECT_GE(tick.at, 200.0f);
        }
    }
    EXPECT_EQ(meridians, 4u);
    for (const std::vector<Point2>& line : g.lines)
        for (const Point2& p : line) EXPECT_GE(p.y, 200.0f);
}

// A real map CRS: the equal-area conic fitted to the data curves the parallels, and every point
// of a line is on its degree.
TEST_F(Scene, GraticuleFollowsTheMapProjection) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    Camera camera = Camera::fit(shownExtent(scene->layers), 1200, 900, 40);
    const PixelBox area{0, 0, 1200, 900};
    const Graticule g = buildGraticule(camera, area, scene->toLonLat, scene->fromLonLat, 0.5);
    ASSERT_FALSE(g.lines.empty());
    bool curved = false;
    size_t checked = 0;
    for (const std::vector<Point2>& line : g.lines) {
        ASSERT_GE(line.size(), 2u);
        // Back to degrees: a meridian keeps one longitude, a parallel one latitude.
        std::vector<std::pair<double, double>> degrees;
        for (const Point2& p : line) {
            double x = 0, y = 0;
            camera.pixelToMap(p.x, p.y, x, y);
            scene->toLonLat(x, y);
            degrees.emplace_back(x, y);
        }
        const bool meridian = std::abs(degrees.front().first - degrees.back().first) < 1e-3;
        for (const auto& [lon, lat] : degrees) {
            const double value = meridian ? lon : lat;
            EXPECT_NEAR(value, std::round(value / 0.5) * 0.5, 1e-3);
            ++checked;
        }
        // A parallel of a conic is an arc: its middle is off the chord between its ends.
        if (!meridian && line.size() > 8) {
            const Point2 a = line.front(), b = line.back(), m = line[line.size() / 2];
            const double chord = std::hypot(b.x - a.x, b.y - a.y);
            const double off = std::abs((b.x - a.x) * (m.y - a.y) - (b.y - a.y) * (m.x - a.x)) / chord;
            if (chord > 600 && off > 1.0) curved = true;
        }
    }
    EXPECT_GT(checked, 100u);
    EXPECT_TRUE(curved) << "the conic's parallels are arcs";
}

}  // namespace
}  // namespace bashu
