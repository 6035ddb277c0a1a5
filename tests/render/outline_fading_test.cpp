// Outlines of a polygon layer fade out as its features shrink to a few pixels: a dense layer
// seen whole shows its colours, not a grey mesh of borders, and shows its borders zoomed in.
#include <gtest/gtest.h>

#include "core/feature_geometry.h"
#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

// n x n unit squares side by side.
GeometryColumn grid(int n) {
    GeometryColumn g;
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n; ++col) {
            for (auto [x, y] : {std::pair{0, 0}, {1, 0}, {1, 1}, {0, 1}}) g.addVertex(col + x, row + y);
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

// Pixels that are the outline's black rather than the fill's red.
size_t outlinePixels(const Image& image) {
    size_t dark = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.pixel(x, y).r < 128) ++dark;
    return dark;
}

TEST(OutlineFading, DenseFeaturesLoseTheirOutlinesAndRegainThemZoomedIn) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapRenderer> renderer = MapRenderer::create();
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;
    const GeometryColumn cells = grid(100);
    LayerMeshes meshes;
    meshes.fill = tessellatePolygons(cells, 50.0, 50.0);
    meshes.lines = buildLineMesh(cells, 50.0, 50.0);
    const size_t layer = renderer->addLayer(meshes);
    renderer->setFeatureColors(layer, std::vector<Rgba8>(cells.featureCount(), Rgba8{255, 0, 0, 255}));
    Result<OffscreenTarget> target = OffscreenTarget::create(200, 200, 4);
    ASSERT_TRUE(target.ok());
    LayerPaint paint;
    paint.strokeColor = {0, 0, 0, 255};
    paint.strokeWidth = 1.0f;
    paint.typicalFeatureSize = typicalFeatureSize(cells);
    EXPECT_DOUBLE_EQ(paint.typicalFeatureSize, 1.0);
    const Rgba8 white{255, 255, 255, 255};

    auto draw = [&](const Camera& camera) {
        target->bind();
        renderer->draw(camera, std::span(&paint, 1), white);
        return target->read();
    };
    Extent all;
    all.include(0, 0);
    all.include(100, 100);
    const Image whole = draw(Camera::fit(all, 200, 200, 0));  // 2 pixels a cell
    EXPECT_EQ(outlinePixels(whole), 0u) << "cells of 2 pixels are drawn without outlines";
    EXPECT_EQ(whole.pixel(100, 100), (Rgba8{255, 0, 0, 255}));

    Extent few;
    few.include(40, 40);
    few.include(50, 50);
    const Image close = draw(Camera::fit(few, 200, 200, 0));  // 20 pixels a cell
    EXPECT_GT(outlinePixels(close), 200u * 8) << "zoomed in, every border is drawn";

    paint.typicalFeatureSize = 0.0;  // unknown: outlines are always drawn
    EXPECT_GT(outlinePixels(draw(Camera::fit(all, 200, 200, 0))), 200u * 50);
}

// Fill edges need multisampling only where no opaque outline covers them: lines, outlines and
// symbols smooth their own edges.
TEST(OutlineFading, MultisamplingOnlyWhereFillEdgesShowBare) {
    ASSERT_TRUE(testing::headlessContextReady());
    Result<MapRenderer> renderer = MapRenderer::create();
    ASSERT_TRUE(renderer.ok()) << renderer.error().message;
    Extent all;
    all.include(0, 0);
    all.include(100, 100);
    const Camera whole = Camera::fit(all, 200, 200, 0);  // 2 pixels a unit
    LayerPaint outlined;
    outlined.strokeWidth = 0.8f;
    outlined.typicalFeatureSize = 20.0;  // 40 pixels: outlines drawn whole
    auto needs = [&](const LayerPaint& paint, float pixelScale = 1.0f) {
        return renderer->needsMultisampling(whole, std::span(&paint, 1), pixelScale);
    };
    EXPECT_FALSE(needs(outlined));
    LayerPaint bare = outlined;
    bare.strokeWidth = 0.0f;
    EXPECT_TRUE(needs(bare)) << "no outline";
    LayerPaint thin = outlined;
    thin.strokeWidth = 0.5f;
    EXPECT_TRUE(needs(thin)) << "an outline too thin to cover the edge";
    EXPECT_FALSE(needs(thin, 2.0f)) << "at 2x it is a pixel wide";
    LayerPaint translucent = outlined;
    translucent.opacity = 0.6f;
    EXPECT_TRUE(needs(translucent));
    LayerPaint faded = outlined;
    faded.typicalFeatureSize = 4.0;  // 8 pixels: outlines fading
    EXPECT_TRUE(needs(faded));
    LayerPaint lines = bare;
    lines.drawFill = false;
    EXPECT_FALSE(needs(lines)) << "lines smooth their own edges";
    LayerPaint hidden = bare;
    hidden.visible = false;
    EXPECT_FALSE(needs(hidden));
}

}  // namespace
}  // namespace bashu
