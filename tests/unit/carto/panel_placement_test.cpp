// Where a panel goes on a drawn map: free places nearest a corner, the lower right first; none
// when the map is drawn everywhere; the corner that hides least as the last resort.
#include "carto/panel_placement.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

const Rgba8 kWhite{255, 255, 255, 255};

Image blank(int width, int height) {
    Image image;
    image.width = width;
    image.height = height;
    image.rgba.assign(size_t(width) * size_t(height) * 4, 255);
    return image;
}

// Paints [x0, x1) x [y0, y1) dark blue: a feature drawn there.
void paint(Image& image, int x0, int y0, int x1, int y1) {
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
            p[0] = 40, p[1] = 90, p[2] = 160;
        }
}

MapLayout plainLayout(int width, int height) {
    MapLayout layout;
    layout.width = width;
    layout.height = height;
    layout.margin = 10;
    layout.legendSize = 10;
    return layout;
}

TEST(DrawnPixels, CountsWhatDiffersFromTheBackgroundUnderABox) {
    Image image = blank(100, 80);
    paint(image, 10, 10, 20, 30);  // 200 pixels
    const DrawnPixels drawn(image, kWhite);
    EXPECT_EQ(drawn.under(PixelBox{0, 0, 100, 80}), 200u);
    EXPECT_EQ(drawn.under(PixelBox{15, 0, 100, 80}), 100u);
    EXPECT_EQ(drawn.under(PixelBox{20, 30, 100, 80}), 0u);
    EXPECT_EQ(drawn.under(PixelBox{-50, -50, 500, 500}), 200u) << "clamped to the image";
    // A faint antialiasing step is no feature.
    Image faint = blank(10, 10);
    faint.rgba[0] = 250;
    EXPECT_EQ(DrawnPixels(faint, kWhite).under(PixelBox{0, 0, 10, 10}), 0u);
    EXPECT_EQ(DrawnPixels(Image{}, kWhite).under(PixelBox{0, 0, 10, 10}), 0u) << "no image: nothing drawn";
}

TEST(DrawnPixels, OnALargeImageOneDrawnPixelStillCounts) {
    Image image = blank(3000, 2000);  // 6 million pixels: counted in cells
    paint(image, 2500, 1700, 2501, 1701);
    const DrawnPixels drawn(image, kWhite);
    EXPECT_GT(drawn.under(PixelBox{2490, 1690, 2510, 1710}), 0u);
    EXPECT_EQ(drawn.under(PixelBox{0, 0, 2400, 3000}), 0u);
}

TEST(FreePanelPlace, TheLowerRightCornerWhenNothingIsThere) {
    const MapLayout layout = plainLayout(400, 300);
    const Image image = blank(400, 300);
    const std::optional<PixelBox> place = freePanelPlace(DrawnPixels(image, kWhite), {100, 60}, layout, {});
    ASSERT_TRUE(place);
    EXPECT_FLOAT_EQ(place->x1, 390.0f);
    EXPECT_FLOAT_EQ(place->y1, 290.0f);
}

TEST(FreePanelPlace, TheFreePlaceNearestACornerOtherwise) {
    const MapLayout layout = plainLayout(400, 300);
    Image image = blank(400, 300);
    paint(image, 0, 0, 400, 200);      // the upper two thirds drawn
    paint(image, 330, 200, 400, 300);  // and a strip at the right
    // The lower left is free, but the scale panel's.
    const PixelBox scale{10, 230, 120, 290};
    const std::optional<PixelBox> place =
        freePanelPlace(DrawnPixels(image, kWhite), {100, 60}, layout, {scale});
    ASSERT_TRUE(place);
    EXPECT_LE(place->x1, 330.0f);
    EXPECT_GE(place->y0, 200.0f);
    EXPECT_GE(place->x1, 320.0f) << "as near the lower right as it can";
    EXPECT_FLOAT_EQ(place->y1, 290.0f);
    // Only the left is free: the upper left corner, above the scale panel.
    Image left = blank(400, 300);
    paint(left, 150, 0, 400, 300);
    const std::optional<PixelBox> upper =
        freePanelPlace(DrawnPixels(left, kWhite), {100, 60}, layout, {scale});
    ASSERT_TRUE(upper);
    EXPECT_FALSE(upper->overlaps(scale));
    EXPECT_FLOAT_EQ(upper->y0, 10.0f) << "the upper left corner";
}

TEST(FreePanelPlace, NoneWhenTheMapIsDrawnEverywhere) {
    const MapLayout layout = plainLayout(400, 300);
    Image image = blank(400, 300);
    paint(image, 0, 0, 400, 300);
    EXPECT_FALSE(freePanelPlace(DrawnPixels(image, kWhite), {100, 60}, layout, {}));
    EXPECT_FALSE(freePanelPlace(DrawnPixels(blank(400, 300), kWhite), {500, 60}, layout, {}))
        << "a panel wider than the map";
}

TEST(LeastCoveringCorner, TheLowerRightUnlessAnotherHidesClearlyLess) {
    const MapLayout layout = plainLayout(400, 300);
    Image image = blank(400, 300);
    paint(image, 0, 0, 400, 300);
    paint(image, 290, 10, 390, 70);  // the upper right repainted the same: still all drawn
    EXPECT_FLOAT_EQ(leastCoveringCorner(DrawnPixels(image, kWhite), {100, 60}, layout).y1, 290.0f);
    Image lighter = blank(400, 300);
    paint(lighter, 0, 60, 400, 300);  // the top strip empty
    EXPECT_FLOAT_EQ(leastCoveringCorner(DrawnPixels(lighter, kWhite), {100, 80}, layout).y0, 10.0f);
}

}  // namespace
}  // namespace bashu
