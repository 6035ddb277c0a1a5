// Images larger than a tile are drawn tile by tile: the result must be the image drawn at once,
// with lines, dashes, casings, fills and symbols running on across the tile edges.
#include <gtest/gtest.h>

#include "export/render_scene.h"
#include "gl_context.h"
#include "support/image_compare.h"

namespace bashu {
namespace {

// The corridors map: dashed, dotted and cased lines, points and polygons.
Result<MapScene> corridorsScene() {
    Result<MapDocument> document = loadMapDocument(std::string(BASHU_GEODATA) + "/corridors.json");
    if (!document) return document.error();
    return buildScene(*document);
}

TEST(Tiling, TilesGiveTheImageDrawnAtOnce) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapScene> scene = corridorsScene();
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ExportOptions options;
    options.width = 700;
    options.height = 500;
    const Camera camera = fitCamera(*scene, options);
    Result<SceneImages> images = SceneImages::create(*scene);
    ASSERT_TRUE(images.ok()) << images.error().message;
    Result<Image> whole = images->render(*scene, camera, 1.5f);
    ASSERT_TRUE(whole.ok()) << whole.error().message;
    // Tiles of an odd size, so edges fall anywhere, and the last row and column are partial.
    Result<Image> tiled = images->render(*scene, camera, 1.5f, 137);
    ASSERT_TRUE(tiled.ok()) << tiled.error().message;
    ASSERT_EQ(tiled->width, 700);
    ASSERT_EQ(tiled->height, 500);
    // Multisampling may round an edge pixel differently; nothing more.
    const testing::ImageComparison same = testing::compareImages(*tiled, *whole, {12, 0.002});
    EXPECT_TRUE(same.matches) << same.differentPixels << " pixels differ";

    // The comparison can fail: a tile drawn a pixel off is seen.
    Camera shifted = camera;
    shifted.centerX += camera.unitsPerPixel;
    Result<Image> off = images->render(*scene, shifted, 1.5f, 137);
    ASSERT_TRUE(off.ok());
    EXPECT_FALSE(testing::compareImages(*off, *whole, {12, 0.002}).matches);
}

// `bashu render` draws its one map from meshes the GPU holds alone: the same image, and the
// scene's own copies let go.
TEST(Tiling, AMapDrawnFromMeshesLetGoIsTheSame) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapScene> scene = corridorsScene();
    ASSERT_TRUE(scene.ok()) << scene.error().message;
    ExportOptions options;
    options.width = 1400;  // over kRenderTileSide: drawn tile by tile from the meshes uploaded once
    options.height = 1100;
    std::string warning;
    Result<Image> kept = renderMapExport(*scene, options, &warning);
    ASSERT_TRUE(kept.ok()) << kept.error().message;
    Result<SceneImages> uploaded = SceneImages::uploadAndRelease(*scene);
    ASSERT_TRUE(uploaded.ok()) << uploaded.error().message;
    for (const SceneLayer& layer : scene->layers) {
        EXPECT_TRUE(layer.meshes.fill.indices.empty()) << layer.spec.name;
        EXPECT_TRUE(layer.meshes.lines.segments.empty()) << layer.spec.name;
        EXPECT_TRUE(layer.meshes.points.positions.empty()) << layer.spec.name;
        EXPECT_TRUE(layer.meshes.levels.empty()) << layer.spec.name;
    }
    Result<Image> released = renderMapExport(*scene, options, &warning, nullptr, &*uploaded);
    ASSERT_TRUE(released.ok()) << released.error().message;
    EXPECT_TRUE(testing::compareImages(*released, *kept, {0, 0.0}).matches);
    // Drawn from the scene alone now, the map has nothing left to draw: the comparison can fail.
    Result<Image> empty = renderMapExport(*scene, options, &warning);
    ASSERT_TRUE(empty.ok()) << empty.error().message;
    EXPECT_FALSE(testing::compareImages(*empty, *kept, {12, 0.002}).matches);
}

TEST(Tiling, ExportsOverTheLimitsAreRefusedWithTheSize) {
    EXPECT_TRUE(checkExportSize(16384, 16384).ok());
    EXPECT_TRUE(checkExportSize(32768, 8192).ok());
    const Status tooMany = checkExportSize(32768, 16384);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().message,
              "an image of 32768x16384 pixels (536 million) is more than the 268 million pixels an export "
              "may have");
    EXPECT_FALSE(checkExportSize(40000, 16).ok());
    EXPECT_FALSE(checkExportSize(15, 100).ok());
}

}  // namespace
}  // namespace bashu
