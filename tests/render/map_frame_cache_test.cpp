// The window's frame cache: an unchanged map is copied, a moving one shown moved, and anything
// that changes the map's contents (or the end of a movement) draws it again.
#include "render/map_frame_cache.h"

#include <gtest/gtest.h>

#include "gl_context.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

// One 10 x 10 square at the origin, red on white, in a 100 x 80 view of 1 unit per pixel.
struct CacheScene {
    Result<MapRenderer> renderer = MapRenderer::create();
    Result<OffscreenTarget> window = OffscreenTarget::create(100, 80, 0);
    Camera camera;
    LayerPaint paint;
    const Rgba8 white{255, 255, 255, 255}, red{255, 0, 0, 255}, blue{0, 0, 255, 255};

    CacheScene() {
        GeometryColumn g;
        for (auto [x, y] : {std::pair{0.0, 0.0}, {10.0, 0.0}, {10.0, 10.0}, {0.0, 10.0}}) g.addVertex(x, y);
        g.endRing();
        g.endPart();
        g.endFeature();
        LayerMeshes meshes;
        meshes.fill = tessellatePolygons(g, 5.0, 5.0);
        if (renderer) renderer->setFeatureColors(renderer->addLayer(meshes), std::vector<Rgba8>{red});
        camera.width = 100;
        camera.height = 80;
        camera.centerX = 5.0;
        camera.centerY = 5.0;
        paint.strokeWidth = 0;
    }
    Result<bool> present(MapFrameCache& cache, bool moving) {
        return cache.present(*renderer, camera, std::span(&paint, 1), white, moving, window->framebuffer());
    }
};

TEST(MapFrameCache, AnUnchangedMapIsCopiedNotDrawnAgain) {
    ASSERT_TRUE(testing::headlessContextReady());
    CacheScene s;
    ASSERT_TRUE(s.renderer.ok() && s.window.ok());
    MapFrameCache cache;
    EXPECT_TRUE(*s.present(cache, false)) << "the first frame draws";
    const Image first = s.window->read();
    EXPECT_EQ(first.pixel(50, 40), s.red);
    EXPECT_EQ(first.pixel(20, 20), s.white);
    EXPECT_FALSE(*s.present(cache, false)) << "nothing changed: a copy";
    EXPECT_EQ(s.window->read().rgba, first.rgba);
}

TEST(MapFrameCache, AMovingMapShowsTheLastImageMovedThenDrawsWhenSettled) {
    ASSERT_TRUE(testing::headlessContextReady());
    CacheScene s;
    ASSERT_TRUE(s.renderer.ok() && s.window.ok());
    MapFrameCache cache;
    ASSERT_TRUE(*s.present(cache, false));
    s.camera.panByPixels(30, 20);  // the map follows a drag 30 right, 20 down
    EXPECT_FALSE(*s.present(cache, true)) << "while moving the image is only moved";
    const Image moved = s.window->read();
    EXPECT_EQ(moved.pixel(80, 60), s.red) << "the square moved with the drag";
    EXPECT_EQ(moved.pixel(50, 40), s.white);
    EXPECT_TRUE(*s.present(cache, false)) << "settled: drawn again";
    EXPECT_EQ(s.window->read().pixel(80, 60), s.red);
}

TEST(MapFrameCache, NewColoursOrPaintsDrawEvenWhileMoving) {
    ASSERT_TRUE(testing::headlessContextReady());
    CacheScene s;
    ASSERT_TRUE(s.renderer.ok() && s.window.ok());
    MapFrameCache cache;
    ASSERT_TRUE(*s.present(cache, false));
    s.renderer->setFeatureColors(0, std::vector<Rgba8>{s.blue});
    EXPECT_TRUE(*s.present(cache, true));
    EXPECT_EQ(s.window->read().pixel(50, 40), s.blue);
    s.paint.visible = false;
    EXPECT_TRUE(*s.present(cache, true));
    EXPECT_EQ(s.window->read().pixel(50, 40), s.white);
}

}  // namespace
}  // namespace bashu
