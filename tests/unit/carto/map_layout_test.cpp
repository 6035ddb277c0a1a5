#include "carto/map_layout.h"

#include <gtest/gtest.h>

#include "support/scene_fixture.h"

namespace bashu {
namespace {

// The map area of a layout: the rows between the title band and the note band.
std::pair<double, double> mapAreaRows(const MapLayout& layout) {
    const double top = layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0;
    return {top, double(layout.height) - double(layout.noteBand)};
}

TEST_F(Scene, AViewWithAHeightShowsAllOfItInTheMapArea) {
    Result<MapScene> scene = buildScene(document());
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    scene->document.title = "A title takes a band";
    // A view as a wide window saw it: 300 km across, 250 km from top to bottom.
    MapView view;
    view.centerLon = 105.5;
    view.centerLat = 30.5;
    view.width = 300000;
    view.height = 250000;
    scene->document.view = view;
    const MapLayout layout = layoutFor(*scene, 800, 500);
    const Camera camera = fitCamera(*scene, layout);
    const auto [top, bottom] = mapAreaRows(layout);
    // The height decides (the map area is wider than the view): all 250 km fit between the bands.
    EXPECT_NEAR(camera.unitsPerPixel, 250000.0 / (bottom - top), 1.0);
    double x = view.centerLon, y = view.centerLat;
    scene->fromLonLat(x, y);
    double px = 0, py = 0;
    camera.mapToPixel(x, y, px, py);
    EXPECT_NEAR(py, 0.5 * (top + bottom), 0.5) << "the view's centre in the middle of the map area";

    scene->document.view->height = 0;  // width only: it fills the image's width
    EXPECT_NEAR(fitCamera(*scene, layout).unitsPerPixel, 300000.0 / 800, 1e-6);
}

}  // namespace
}  // namespace bashu
