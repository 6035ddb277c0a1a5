// Outlines fade with the size of features on screen: gone below 4 pixels, whole above 16.
#include "thematic/outline_visibility.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

Camera cameraAt(double unitsPerPixel) {
    Camera camera;
    camera.unitsPerPixel = unitsPerPixel;
    camera.width = 800;
    camera.height = 600;
    return camera;
}

LayerPaint polygonsOfSize(double mapUnits) {
    LayerPaint paint;
    paint.typicalFeatureSize = mapUnits;
    return paint;
}

TEST(OutlineVisibility, FadesInLinearlyBetweenFourAndSixteenPixels) {
    const Camera camera = cameraAt(2.0);  // features of 20 units are 10 pixels
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(20.0), camera, 1.0f), 0.5f);
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(14.0), camera, 1.0f), 0.25f);  // 7 px
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(8.0), camera, 1.0f), 0.0f);    // 4 px
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(32.0), camera, 1.0f), 1.0f);   // 16 px
}

TEST(OutlineVisibility, IsClampedOutsideTheFade) {
    const Camera camera = cameraAt(1.0);
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(1.0), camera, 1.0f), 0.0f);
    EXPECT_FLOAT_EQ(outlineVisibility(polygonsOfSize(1000.0), camera, 1.0f), 1.0f);
}

TEST(OutlineVisibility, CountsPixelsAtOneX) {
    // A 2x export has twice the pixels per unit but fades the same features as the 1x window.
    const LayerPaint paint = polygonsOfSize(10.0);
    EXPECT_FLOAT_EQ(outlineVisibility(paint, cameraAt(1.0), 1.0f), 0.5f);
    EXPECT_FLOAT_EQ(outlineVisibility(paint, cameraAt(0.5), 2.0f), 0.5f);
}

TEST(OutlineVisibility, KeepsOutlinesWholeWithoutASizeOrAFill) {
    const Camera camera = cameraAt(100.0);  // every feature far below a pixel
    EXPECT_FLOAT_EQ(outlineVisibility(LayerPaint{}, camera, 1.0f), 1.0f) << "size unknown";
    LayerPaint lines = polygonsOfSize(1.0);
    lines.drawFill = false;
    EXPECT_FLOAT_EQ(outlineVisibility(lines, camera, 1.0f), 1.0f) << "no fill: strokes are the layer";
}

}  // namespace
}  // namespace bashu
