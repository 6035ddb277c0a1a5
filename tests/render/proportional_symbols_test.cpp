// Proportional symbols: each point drawn with its own diameter, translucent so overlaps show.
#include <gtest/gtest.h>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "tessellate/line_mesh.h"

namespace bashu {
namespace {

TEST(ProportionalSymbols, EachPointHasItsOwnDiameter) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapRenderer> renderer = MapRenderer::create();
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;
    GeometryColumn points;
    points.kind = GeometryKind::Point;
    for (double x : {25.0, 75.0}) {
        points.addVertex(x, 50.0);
        points.endRing();
        points.endPart();
        points.endFeature();
    }
    LayerMeshes meshes;
    meshes.points = buildPointMesh(points, 50.0, 50.0);
    const size_t layer = renderer->addLayer(meshes);
    renderer->setFeatureColors(layer, std::vector<Rgba8>(2, Rgba8{255, 0, 0, 255}));
    const std::vector<float> diameters = {40.0f, 10.0f};
    renderer->setFeatureSizes(layer, diameters);
    Result<OffscreenTarget> target = OffscreenTarget::create(100, 100, 4);
    ASSERT_TRUE(target.ok());
    Extent extent;
    extent.include(0, 0);
    extent.include(100, 100);
    LayerPaint paint;
    target->bind();
    renderer->draw(Camera::fit(extent, 100, 100, 0), std::span(&paint, 1), Rgba8{255, 255, 255, 255});
    const Image image = target->read();
    auto reddish = [](Rgba8 p) { return p.r > 200 && p.g < 150; };
    EXPECT_TRUE(reddish(image.pixel(25 + 15, 50))) << "15 px from the big symbol's centre: inside";
    EXPECT_FALSE(reddish(image.pixel(75 + 15, 50))) << "15 px from the small one's: outside";
    EXPECT_TRUE(reddish(image.pixel(75, 50)));
    EXPECT_GT(image.pixel(25, 50).g, 30) << "translucent fill";

    renderer->setFeatureSizes(layer, {});  // back to one size for all
    target->bind();
    renderer->draw(Camera::fit(extent, 100, 100, 0), std::span(&paint, 1), Rgba8{255, 255, 255, 255});
    EXPECT_FALSE(reddish(target->read().pixel(25 + 15, 50)));
}

}  // namespace
}  // namespace bashu
