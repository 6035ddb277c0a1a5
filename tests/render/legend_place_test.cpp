// Where an export's legend goes: where it hides no unit of the built-in map, and beside the map
// (outside its frame) when the map fills the frame.
#include <gtest/gtest.h>

#include "canvas/image_canvas.h"
#include "carto/map_font.h"
#include "carto/map_furniture.h"
#include "export/render_scene.h"
#include "gl_context.h"

namespace bashu {
namespace {

MapScene builtinScene(const std::optional<MapView>& view = std::nullopt) {
    Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/gdp_2021.json");
    EXPECT_TRUE(document.ok()) << document.error().message;
    if (view) document->view = view;
    Result<MapScene> scene = buildScene(*document);
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    return scene.ok() ? std::move(*scene) : MapScene{};
}

ExportOptions legendOnly(int width, int height) {
    ExportOptions options;
    options.width = width;
    options.height = height;
    options.scaleBar = options.northArrow = false;
    return options;
}

// The legend's box as the furniture draws it over `mapPixels`: with the scale panel left out,
// the last box drawn.
PixelBox legendBox(const MapScene& scene, const MapLayout& layout, const Camera& camera,
                   const ExportOptions& options, const Image& mapPixels, const FontFace& font) {
    Image canvasImage = mapPixels;
    ImageCanvas canvas(canvasImage, font);
    const std::vector<PixelBox> boxes =
        drawFurniture(canvas, mapPixels, scene, layout, camera, options, font);
    EXPECT_FALSE(boxes.empty());
    return boxes.empty() ? PixelBox{} : boxes.back();
}

size_t mapPixelsUnder(const Image& map, const PixelBox& box, Rgba8 background) {
    size_t n = 0;
    for (int y = int(box.y0); y < int(box.y1); ++y)
        for (int x = int(box.x0); x < int(box.x1); ++x) n += map.pixel(x, y) != background ? 1 : 0;
    return n;
}

TEST(LegendPlace, OnTheBuiltInMapItHidesNoUnit) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Result<FontFace>& font = mapFont();
    if (!font) GTEST_SKIP() << "no map font: " << font.error().message;
    const MapScene scene = builtinScene();
    // The sizes the issue found it over 綦江, 南川, 武隆 and 黔江 at, and an A4 page.
    for (auto [width, height] : {std::pair{1280, 860}, std::pair{1024, 768}, std::pair{3508, 2480}}) {
        const ExportOptions options = legendOnly(width, height);
        MapLayout layout = layoutFor(scene, width, height);
        Camera camera = fitCamera(scene, layout);
        Result<Image> map = renderSceneImage(scene, camera);
        ASSERT_TRUE(map.ok()) << map.error().message;
        // On the map where it finds room, else beside it: the map drawn again, narrower.
        layout = withRoomForLegend(layout, *map, scene, camera, options, *font);
        if (layout.legendColumn > 0) {
            camera = fitCamera(scene, layout);
            map = renderSceneImage(scene, camera);
            ASSERT_TRUE(map.ok()) << map.error().message;
        }
        const PixelBox legend = legendBox(scene, layout, camera, options, *map, *font);
        EXPECT_GT(legend.x1 - legend.x0, 50.0f);
        EXPECT_EQ(mapPixelsUnder(*map, legend, scene.document.background), 0u)
            << width << "x" << height << ": legend at " << legend.x0 << "," << legend.y0 << ", column "
            << layout.legendColumn;
    }
}

TEST(LegendPlace, WhenTheMapFillsTheFrameItGoesBesideTheMap) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Result<FontFace>& font = mapFont();
    if (!font) GTEST_SKIP() << "no map font: " << font.error().message;
    // Zoomed in on the units between Chengdu and Chongqing: units everywhere in the frame.
    const MapScene scene = builtinScene(MapView{105.5, 30.0, 150000.0, 0.0});
    const ExportOptions options = legendOnly(1200, 800);
    const MapLayout layout = layoutFor(scene, options.width, options.height);
    Result<Image> full = renderSceneImage(scene, fitCamera(scene, layout));
    ASSERT_TRUE(full.ok()) << full.error().message;
    const MapLayout beside =
        withRoomForLegend(layout, *full, scene, fitCamera(scene, layout), options, *font);
    ASSERT_GT(beside.legendColumn, 0.0f) << "no place on the map hides nothing";
    EXPECT_LT(beside.legendColumn, 1200.0f / 3);

    std::string warning;
    Result<Image> image = renderMapExport(scene, options, &warning);
    ASSERT_TRUE(image.ok()) << image.error().message;
    const Rgba8 background = scene.document.background;
    const float columnLeft = 1200.0f - beside.legendColumn;
    const int middle = 400;
    // Units up to the column's edge, none in it; the legend in it.
    EXPECT_NE(image->pixel(int(columnLeft) - 20, middle), background);
    const PixelBox legend = legendBox(scene, beside, fitCamera(scene, beside), options, *image, *font);
    EXPECT_GE(legend.x0, columnLeft - 0.01f);
    for (int x = int(columnLeft) + 1; x < 1200; ++x)
        for (int y = int(beside.titleBand + beside.margin) + 1; y < int(legend.y0) - 2; ++y)
            ASSERT_EQ(image->pixel(x, y), background)
                << "the column above the legend is empty at " << x << "," << y;
}

TEST(LegendPlace, TheNoteRunsOnUnderTheLegendsColumn) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Result<FontFace>& font = mapFont();
    if (!font) GTEST_SKIP() << "no map font: " << font.error().message;
    const MapScene scene = builtinScene(MapView{105.5, 30.0, 150000.0, 0.0});
    ASSERT_FALSE(scene.document.note.empty());
    const ExportOptions options = legendOnly(900, 700);
    const MapLayout layout = layoutFor(scene, options.width, options.height);
    Result<Image> map = renderSceneImage(scene, fitCamera(scene, layout));
    ASSERT_TRUE(map.ok()) << map.error().message;
    const MapLayout beside = withRoomForLegend(layout, *map, scene, fitCamera(scene, layout), options, *font);
    ASSERT_GT(beside.legendColumn, 0.0f);
    std::string warning;
    Result<Image> image = renderMapExport(scene, options, &warning);
    ASSERT_TRUE(image.ok()) << image.error().message;
    // The note is wider than the map: its text goes on under the column, not cleared away.
    size_t text = 0;
    for (int y = int(furnitureBottom(beside)); y < 700; ++y)
        for (int x = 900 - int(beside.legendColumn) + 10; x < 900; ++x)
            text += image->pixel(x, y) != scene.document.background ? 1 : 0;
    EXPECT_GT(text, 50u);
}

}  // namespace
}  // namespace bashu
