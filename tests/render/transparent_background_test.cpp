// A transparent background stays transparent in a PNG export: around the map, under the title
// and note bands, while the map, title and legend are opaque.
#include <gtest/gtest.h>

#include "export/render_scene.h"
#include "gl_context.h"

namespace bashu {
namespace {

TEST(TransparentBackground, OnlyTheMapAndFurnitureAreOpaque) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/gdp_2021.json");
    ASSERT_TRUE(document.ok()) << document.error().message;
    document->background = Rgba8{255, 255, 255, 0};
    Result<MapScene> scene = buildScene(*document);
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ExportOptions options;
    options.width = 800;
    options.height = 600;
    std::string warning;
    Result<Image> image = renderMapExport(*scene, options, &warning);
    ASSERT_TRUE(image.ok()) << image.error().message;
    EXPECT_EQ(image->pixel(2, 2).a, 0) << "the corner, in the title band";
    EXPECT_EQ(image->pixel(2, 598).a, 0) << "the bottom corner, in the note band";
    // The middle of the map is covered by units; the title's text has some opaque pixels.
    EXPECT_EQ(image->pixel(400, 330).a, 255);
    int opaqueInTitle = 0;
    for (int y = 0; y < 60; ++y)
        for (int x = 0; x < 400; ++x) opaqueInTitle += image->pixel(x, y).a > 200 ? 1 : 0;
    EXPECT_GT(opaqueInTitle, 100) << "the title is drawn";

    // An opaque background stays opaque everywhere.
    scene->document.background = Rgba8{255, 255, 255, 255};
    Result<Image> opaque = renderMapExport(*scene, options, &warning);
    ASSERT_TRUE(opaque.ok());
    EXPECT_EQ(opaque->pixel(2, 2).a, 255);
    EXPECT_EQ(opaque->pixel(2, 598).a, 255);
}

}  // namespace
}  // namespace bashu
