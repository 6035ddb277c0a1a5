// Meshes are drawn a grid cell at a time, cells out of view skipped: what is on screen must be
// exactly what drawing everything gives.
#include <gtest/gtest.h>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "square_grid.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

constexpr int kSide = 120;  // cells a side: enough vertices for several chunks

GeometryColumn grid() { return testing::unitSquareGrid(kSide); }

Image drawn(const LayerMeshes& meshes, const Camera& camera) {
    Result<MapRenderer> renderer = MapRenderer::create();
    EXPECT_TRUE(renderer.ok());
    const size_t layer = renderer->addLayer(meshes);
    std::vector<Rgba8> colors;
    for (int f = 0; f < kSide * kSide; ++f)
        colors.push_back(Rgba8{uint8_t(f * 37), uint8_t(f * 11), uint8_t(f), 255});
    renderer->setFeatureColors(layer, colors);
    Result<OffscreenTarget> target = OffscreenTarget::create(camera.width, camera.height, 4);
    EXPECT_TRUE(target.ok());
    target->bind();
    LayerPaint paint;
    paint.strokeWidth = 2.0f;
    renderer->draw(camera, std::span(&paint, 1), Rgba8{255, 255, 255, 255});
    return target->read();
}

TEST(Culling, AZoomedViewShowsWhatDrawingEverythingShows) {
    ASSERT_TRUE(testing::headlessContextReady());
    const GeometryColumn g = grid();
    LayerMeshes chunked;
    chunked.fill = tessellatePolygons(g, 60.0, 60.0);
    chunked.lines = buildLineMesh(g, 60.0, 60.0);
    ASSERT_GT(chunked.fill.chunks.size(), 4u) << "the grid must span several cells";
    ASSERT_GT(chunked.lines.chunks.size(), 4u);
    LayerMeshes whole = chunked;
    whole.fill.chunks.clear();
    whole.lines.chunks.clear();
    // A view off centre whose right edge takes in half a unit of the next column of cells (the
    // grid's cells are about 40 units wide): some chunks are in, one barely, and some out.
    Extent shown;
    shown.include(18.0, 70.0);
    shown.include(40.5, 85.5);
    const Camera camera = Camera::fit(shown, 160, 110, 0);
    const Image a = drawn(chunked, camera), b = drawn(whole, camera);
    ASSERT_EQ(a.rgba.size(), b.rgba.size());
    EXPECT_TRUE(a.rgba == b.rgba);
    EXPECT_NE(a.pixel(80, 55), (Rgba8{255, 255, 255, 255})) << "the view is not empty";
}

}  // namespace
}  // namespace bashu
