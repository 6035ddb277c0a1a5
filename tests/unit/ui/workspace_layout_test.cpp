// The window's fixed layout: the sidebar's width kept usable whatever the window's size, and the
// map's area what the bars and the sidebar leave.
#include "ui/workspace_layout.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include "ui/map_view_state.h"

namespace bashu {
namespace {

TEST(WorkspaceLayout, NoWidthSetGivesTheDefaultScaledByTheMonitor) {
    EXPECT_FLOAT_EQ(fittedSidebarWidth(0.0f, 1400.0f, 1.0f), 340.0f);
    EXPECT_FLOAT_EQ(fittedSidebarWidth(0.0f, 2800.0f, 2.0f), 680.0f) << "a 4K screen at twice the scale";
}

TEST(WorkspaceLayout, AWidthSavedOnALargerScreenIsCorrectedToHalfTheWindow) {
    EXPECT_FLOAT_EQ(fittedSidebarWidth(1200.0f, 800.0f, 1.0f), 400.0f);
    EXPECT_FLOAT_EQ(fittedSidebarWidth(500.0f, 1400.0f, 1.0f), 500.0f) << "a width that fits is kept";
}

TEST(WorkspaceLayout, ASidebarDraggedTooNarrowKeepsItsControlsReadable) {
    EXPECT_FLOAT_EQ(fittedSidebarWidth(30.0f, 1400.0f, 1.0f), 220.0f);
    EXPECT_FLOAT_EQ(fittedSidebarWidth(30.0f, 300.0f, 1.0f), 150.0f)
        << "but never more than half a tiny window";
}

TEST(WorkspaceLayout, TheBarsAreALineOfTheFontWithThePaddingKnownBeforeImGuiIsSetUp) {
    const float padding = ImGuiStyle().FramePadding.y;  // ImGui's default, no context needed
    EXPECT_FLOAT_EQ(menuBarHeightFor(1.0f, padding), kUiFontSize + 2 * padding);
    EXPECT_FLOAT_EQ(statusBarHeightFor(1.0f, padding), kUiFontSize + 2 * padding + 6.0f);
    EXPECT_FLOAT_EQ(menuBarHeightFor(2.0f, 2 * padding), 2 * menuBarHeightFor(1.0f, padding))
        << "a HiDPI screen: the font and the padding scaled";
}

TEST(WorkspaceLayout, TheMapTakesWhatTheBarsAndTheSidebarLeave) {
    const MapArea area = mapAreaOf(340.0f, 800.0f, 600.0f, 22.0f, 28.0f, 2.0);
    EXPECT_FLOAT_EQ(area.x, 340.0f);
    EXPECT_FLOAT_EQ(area.y, 22.0f);
    EXPECT_FLOAT_EQ(area.width, 460.0f);
    EXPECT_FLOAT_EQ(area.height, 550.0f);
    EXPECT_EQ(area.pixelWidth(), 920) << "the camera counts framebuffer pixels";
    EXPECT_EQ(area.pixelHeight(), 1100);
    double px = 0, py = 0;
    area.toMapPixels(340.0, 22.0, px, py);
    EXPECT_DOUBLE_EQ(px, 0.0);
    EXPECT_DOUBLE_EQ(py, 0.0);
    float wx = 0, wy = 0;
    area.toWindow(920.0, 1100.0, wx, wy);
    EXPECT_FLOAT_EQ(wx, 800.0f);
    EXPECT_FLOAT_EQ(wy, 572.0f);
    EXPECT_TRUE(area.contains(341.0f, 300.0f));
    EXPECT_FALSE(area.contains(339.0f, 300.0f)) << "the sidebar";
    EXPECT_FALSE(area.contains(500.0f, 580.0f)) << "the status bar";
}

TEST(WorkspaceLayout, AWindowSmallerThanItsBarsStillHasAMapOfOnePixel) {
    const MapArea area = mapAreaOf(150.0f, 300.0f, 30.0f, 22.0f, 28.0f, 1.0);
    EXPECT_EQ(area.pixelWidth(), 150);
    EXPECT_EQ(area.pixelHeight(), 1);
}

// Where an extent's corners land under a camera, in pixels.
struct Corners {
    double left, top, right, bottom;
};
Corners cornersOf(const Camera& camera, const Extent& e) {
    Corners c{};
    camera.mapToPixel(e.minX, e.maxY, c.left, c.top);
    camera.mapToPixel(e.maxX, e.minY, c.right, c.bottom);
    return c;
}

TEST(FitUncovered, TheExtentLandsBelowTheTitleAndBesideTheLegend) {
    Extent extent;
    extent.include(0, 0);
    extent.include(1000, 1000);
    // A 1000 x 800 map, the title box 100 high, the legend 200 x 300: going round it on the right
    // costs a fifth of the width, above it three sevenths of the height: the right.
    const Camera camera = fitUncovered(extent, 1000, 800, 10, MapCover{100, 200, 300});
    EXPECT_EQ(camera.width, 1000);
    EXPECT_EQ(camera.height, 800);
    const Corners c = cornersOf(camera, extent);
    EXPECT_GE(c.top, 110 - 1e-6);
    EXPECT_LE(c.bottom, 790 + 1e-6);
    EXPECT_LE(c.right, 800 + 1e-6);
    EXPECT_NEAR(c.bottom - c.top, 680, 1e-6) << "as large as the free part allows";
    // A wide legend goes above instead; a legend too large to go round stays over the map.
    const Corners above = cornersOf(fitUncovered(extent, 1000, 800, 10, MapCover{0, 500, 150}), extent);
    EXPECT_LE(above.bottom, 650 + 1e-6);
    const Corners over = cornersOf(fitUncovered(extent, 1000, 800, 10, MapCover{0, 600, 600}), extent);
    EXPECT_NEAR(over.bottom - over.top, 780, 1e-6);
    // The title box takes a quarter of the height at most.
    const Corners tall = cornersOf(fitUncovered(extent, 1000, 800, 10, MapCover{700, 0, 0}), extent);
    EXPECT_NEAR(tall.top, 210, 1e-6);
}

TEST(FitUncovered, TheSavedViewIsTheMapBelowTheTitleBoxAndComesBackThere) {
    // A map fitted clear of the title box and the legend saves the view of the map below the
    // title box (an export draws the title above the map, and places its legend anew), so an
    // export frames all the user saw beside the legend, and showing the view again puts it back
    // in the same place.
    MapViewState state;
    state.scene.toLonLat = [](double&, double&) {};
    state.scene.fromLonLat = [](double&, double&) {};
    state.camera.width = 1000;
    state.camera.height = 800;
    state.mapCover = MapCover{100, 200, 300};
    Extent extent;
    extent.include(0, 0);
    extent.include(1000, 1000);
    state.camera = fitUncovered(extent, 1000, 800, 0, state.mapCover);
    const std::optional<MapView> view = state.currentView();
    ASSERT_TRUE(view);
    EXPECT_NEAR(view->height, 1000, 1e-6) << "the extent fills the height below the title box";
    EXPECT_NEAR(view->width, 1000 * state.camera.unitsPerPixel, 1e-6) << "the map's whole width";
    double left = 0, top = 0;
    state.camera.pixelToMap(0, 100, left, top);
    EXPECT_NEAR(view->centerLon, left + view->width / 2, 1e-6);
    EXPECT_NEAR(view->centerLat, top - view->height / 2, 1e-6);
    EXPECT_LE(view->centerLon - view->width / 2, 0.0) << "the extent is in the view";
    EXPECT_GE(view->centerLon + view->width / 2, 1000.0);
    const Camera saved = state.camera;
    state.camera.centerX += 12345;
    state.camera.unitsPerPixel *= 3;
    state.showView(*view);
    EXPECT_NEAR(state.camera.centerX, saved.centerX, 1e-6);
    EXPECT_NEAR(state.camera.centerY, saved.centerY, 1e-6);
    EXPECT_NEAR(state.camera.unitsPerPixel, saved.unitsPerPixel, 1e-9);
}

}  // namespace
}  // namespace bashu
