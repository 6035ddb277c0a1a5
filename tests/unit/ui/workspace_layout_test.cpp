// The window's fixed layout: the sidebar's width kept usable whatever the window's size, and the
// map's area what the bars and the sidebar leave.
#include "ui/workspace_layout.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace bashu
