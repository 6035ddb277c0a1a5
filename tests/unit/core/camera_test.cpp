#include "core/camera.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

TEST(Camera, FitShowsTheWholeExtentWithTheMargin) {
    Extent e;
    e.include(0, 0);
    e.include(1000, 500);
    const Camera c = Camera::fit(e, 220, 220, 10);
    // The wider side limits the scale: 1000 units over 200 usable pixels.
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 5.0);
    double px, py;
    c.mapToPixel(0, 500, px, py);
    EXPECT_DOUBLE_EQ(px, 10.0);
    EXPECT_DOUBLE_EQ(py, 60.0);
    c.mapToPixel(1000, 0, px, py);
    EXPECT_DOUBLE_EQ(px, 210.0);
    EXPECT_DOUBLE_EQ(py, 160.0);
}

TEST(Camera, PixelAndMapAreInverse) {
    Camera c;
    c.centerX = 1.2e7;
    c.centerY = -3e6;
    c.unitsPerPixel = 0.25;
    c.width = 800;
    c.height = 600;
    double x, y, px, py;
    c.pixelToMap(123.5, 456.25, x, y);
    c.mapToPixel(x, y, px, py);
    EXPECT_NEAR(px, 123.5, 1e-6);
    EXPECT_NEAR(py, 456.25, 1e-6);
}

TEST(Camera, ClipTransformMapsTheCentreToZeroAndEdgesToOne) {
    Camera c;
    c.centerX = 5e6;
    c.centerY = 2e6;
    c.unitsPerPixel = 10;
    c.width = 200;
    c.height = 100;
    // A layer whose origin is 1000 units east of the centre: its origin is at clip x = 1.
    const ClipTransform t = c.clipTransform(5e6 + 1000, 2e6);
    EXPECT_FLOAT_EQ(t.offsetX, 1.0f);
    EXPECT_FLOAT_EQ(t.offsetY, 0.0f);
    EXPECT_FLOAT_EQ(-1000.0f * t.scaleX + t.offsetX, 0.0f);
    EXPECT_FLOAT_EQ(500.0f * t.scaleY + t.offsetY, 1.0f);
}

TEST(Camera, ZoomKeepsThePointUnderTheCursor) {
    Camera c;
    c.centerX = 1000;
    c.centerY = 2000;
    c.unitsPerPixel = 2;
    c.width = 400;
    c.height = 300;
    double before[2], after[2];
    c.pixelToMap(37, 250, before[0], before[1]);
    c.zoomAbout(37, 250, 1.25);
    c.pixelToMap(37, 250, after[0], after[1]);
    EXPECT_NEAR(after[0], before[0], 1e-9);
    EXPECT_NEAR(after[1], before[1], 1e-9);
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 1.6);
    c.zoomAbout(37, 250, 0.0);  // ignored, never a broken camera
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 1.6);
}

TEST(Camera, DragMovesTheMapWithThePointer) {
    Camera c;
    c.unitsPerPixel = 3;
    c.width = 100;
    c.height = 100;
    double x0, y0, px, py;
    c.pixelToMap(10, 10, x0, y0);
    c.panByPixels(25, -5);
    c.mapToPixel(x0, y0, px, py);
    EXPECT_DOUBLE_EQ(px, 35);
    EXPECT_DOUBLE_EQ(py, 5);
}

TEST(Camera, BoxZoomShowsTheBoxFillingTheView) {
    Camera c;
    c.width = 400;
    c.height = 200;
    c.unitsPerPixel = 10.0;
    // Corners given bottom-right to top-left: the order of the drag does not matter.
    double x0, y0, x1, y1;
    c.pixelToMap(100, 50, x0, y0);
    c.pixelToMap(300, 150, x1, y1);
    c.zoomToBox(300, 150, 100, 50);
    // The box (200 x 100 pixels, the view's aspect) now fills the 400 x 200 view: twice the zoom.
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 5.0);
    double px, py;
    c.mapToPixel(x0, y0, px, py);
    EXPECT_NEAR(px, 0.0, 1e-9);
    EXPECT_NEAR(py, 0.0, 1e-9);
    c.mapToPixel(x1, y1, px, py);
    EXPECT_NEAR(px, 400.0, 1e-9);
    EXPECT_NEAR(py, 200.0, 1e-9);
}

TEST(Camera, BoxZoomKeepsATallBoxWhole) {
    Camera c;
    c.width = 400;
    c.height = 200;
    c.zoomToBox(0, 0, 10, 100);  // taller than the view's aspect: the height limits the zoom
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 0.5);
}

TEST(Camera, BoxZoomIgnoresADegenerateBox) {
    Camera c;
    c.width = 400;
    c.height = 200;
    c.unitsPerPixel = 3.0;
    c.zoomToBox(10, 10, 10.5, 90);
    EXPECT_DOUBLE_EQ(c.unitsPerPixel, 3.0);
    EXPECT_DOUBLE_EQ(c.centerX, 0.0);
}

TEST(Camera, EmptyExtentGivesAUsableCamera) {
    const Camera c = Camera::fit(Extent{}, 100, 100, 5);
    EXPECT_GT(c.unitsPerPixel, 0.0);
}

}  // namespace
}  // namespace bashu
