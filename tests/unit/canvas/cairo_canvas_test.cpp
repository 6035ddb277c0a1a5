// Cairo's canvas drawn into pixels (what a vector export judges its legend's corner on) and onto
// a PDF page.
#include "canvas/cairo_canvas.h"

#include <gtest/gtest.h>

#include <string>

namespace bashu {
namespace {

TEST(CairoCanvas, AnImageHoldsWhatWasDrawnInStraightColours) {
    Result<std::unique_ptr<CairoCanvas>> created = CairoCanvas::createImage(40, 30);
    ASSERT_TRUE(created.ok()) << created.error().message;
    CairoCanvas& canvas = **created;
    canvas.fillRect(0, 0, 40, 30, Rgba8{255, 255, 255, 255});
    // A square of holes by even-odd: the outer ring filled, the inner one left white.
    VectorPath rings;
    rings.points = {{5, 5}, {25, 5}, {25, 25}, {5, 25}, {10, 10}, {20, 10}, {20, 20}, {10, 20}};
    rings.ends = {4, 8};
    canvas.fillPath(rings, Rgba8{200, 40, 20, 255});
    canvas.circle(33, 8, 4, Rgba8{0, 0, 255, 128}, Rgba8{0, 0, 0, 0}, 0);
    const Image image = canvas.pixels();
    ASSERT_EQ(image.width, 40);
    ASSERT_EQ(image.height, 30);
    EXPECT_EQ(image.pixel(7, 7), (Rgba8{200, 40, 20, 255}));
    EXPECT_EQ(image.pixel(15, 15), (Rgba8{255, 255, 255, 255})) << "the hole";
    EXPECT_EQ(image.pixel(1, 28), (Rgba8{255, 255, 255, 255}));
    // Half-transparent blue over white: composited, and read back unpremultiplied.
    const Rgba8 blended = image.pixel(33, 8);
    EXPECT_NEAR(blended.r, 127, 2);
    EXPECT_NEAR(blended.b, 255, 1);
    EXPECT_EQ(blended.a, 255);
    Result<std::string> finished = canvas.finish();
    ASSERT_TRUE(finished.ok());
    EXPECT_TRUE(finished->empty()) << "an image has no document bytes";
}

TEST(CairoCanvas, AnImageStartsTransparentAndAPdfHasNoPixels) {
    Result<std::unique_ptr<CairoCanvas>> image = CairoCanvas::createImage(4, 4);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ((*image)->pixels().pixel(2, 2), (Rgba8{0, 0, 0, 0}));
    Result<std::unique_ptr<CairoCanvas>> pdf = CairoCanvas::createPdf(100, 50, 0, nullptr);
    ASSERT_TRUE(pdf.ok());
    (*pdf)->fillRect(0, 0, 100, 50, Rgba8{0, 0, 0, 255});
    EXPECT_EQ((*pdf)->pixels().width, 0);
    Result<std::string> bytes = (*pdf)->finish();
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(bytes->rfind("%PDF-", 0), 0u);
}

TEST(CairoCanvas, AnImpossibleImageIsRefusedWithItsSize) {
    Result<std::unique_ptr<CairoCanvas>> huge = CairoCanvas::createImage(100000, 100000);
    ASSERT_FALSE(huge.ok());
    EXPECT_NE(huge.error().message.find("100000 x 100000"), std::string::npos) << huge.error().message;
}

}  // namespace
}  // namespace bashu
