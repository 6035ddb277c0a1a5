// Restyling rewrites the per-feature colour table only: the meshes on the GPU stay as uploaded.
#include <gtest/gtest.h>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

GeometryColumn twoSquares() {
    GeometryColumn g;
    for (double x0 : {0.0, 20.0}) {
        for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}})
            g.addVertex(x0 + x, y);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    return g;
}

TEST(Recolour, ChangesPixelsWithoutUploadingMeshesAgain) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapRenderer> renderer = MapRenderer::create();
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;
    LayerMeshes meshes;
    meshes.fill = tessellatePolygons(twoSquares(), 15.0, 5.0);
    const size_t layer = renderer->addLayer(meshes);
    Result<OffscreenTarget> target = OffscreenTarget::create(120, 40, 4);
    ASSERT_TRUE(target.ok());
    Extent extent;
    extent.include(0, 0);
    extent.include(30, 10);
    const Camera camera = Camera::fit(extent, 120, 40, 0);
    LayerPaint paint;
    paint.strokeWidth = 0;
    const Rgba8 white{255, 255, 255, 255}, red{255, 0, 0, 255}, blue{0, 0, 255, 255}, green{0, 255, 0, 255};

    const std::vector<Rgba8> first = {red, blue};
    renderer->setFeatureColors(layer, first);
    target->bind();
    renderer->draw(camera, std::span(&paint, 1), white);
    Image before = target->read();
    EXPECT_EQ(before.pixel(20, 20), red);
    EXPECT_EQ(before.pixel(100, 20), blue);
    EXPECT_EQ(before.pixel(60, 20), white) << "the gap between the squares";

    const std::vector<Rgba8> second = {green, red};
    renderer->setFeatureColors(layer, second);
    target->bind();
    renderer->draw(camera, std::span(&paint, 1), white);
    Image after = target->read();
    EXPECT_EQ(after.pixel(20, 20), green);
    EXPECT_EQ(after.pixel(100, 20), red);
    EXPECT_EQ(renderer->layerCount(), 1u);
}

}  // namespace
}  // namespace bashu
