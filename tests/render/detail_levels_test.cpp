// A coarse detail level must look like the full meshes from where it is used: the same colours
// in the same places, to within the anti-aliased edges.
#include <gtest/gtest.h>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "support/image_compare.h"

namespace bashu {
namespace {

constexpr int kSide = 300;  // 9 x 10^4 squares of 13 vertices: enough for detail levels

GeometryColumn grid() {
    GeometryColumn g;
    for (int j = 0; j < kSide; ++j)
        for (int i = 0; i < kSide; ++i) {
            const double corners[5][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
            for (int c = 0; c < 4; ++c)
                for (int k = 0; k < 3; ++k) {
                    const double t = k / 3.0;
                    g.addVertex(i + corners[c][0] + t * (corners[c + 1][0] - corners[c][0]),
                                j + corners[c][1] + t * (corners[c + 1][1] - corners[c][1]));
                }
            g.endRing();
            g.endPart();
            g.endFeature();
        }
    return g;
}

// The grid's full meshes around its middle, and its detail levels when asked.
LayerMeshes gridMeshes(const GeometryColumn& g, bool withLevels) {
    LayerMeshes meshes;
    meshes.fill = tessellatePolygons(g, 150.0, 150.0);
    meshes.lines = buildLineMesh(g, 150.0, 150.0);
    if (withLevels) meshes.levels = buildDetailLevels(g, 150.0, 150.0);
    return meshes;
}

Image drawn(const LayerMeshes& meshes, const Camera& camera, size_t extraFeatures = 0) {
    Result<MapRenderer> renderer = MapRenderer::create();
    EXPECT_TRUE(renderer.ok());
    const size_t layer = renderer->addLayer(meshes);
    // Colours in broad bands, as a classified map: a dot or a square shows the same colour.
    std::vector<Rgba8> colors;
    for (int j = 0; j < kSide; ++j)
        for (int i = 0; i < kSide; ++i)
            colors.push_back(Rgba8{uint8_t(40 + 50 * (i / 60)), uint8_t(40 + 50 * (j / 60)), 120, 255});
    colors.resize(colors.size() + extraFeatures, Rgba8{30, 160, 60, 255});
    renderer->setFeatureColors(layer, colors);
    Result<OffscreenTarget> target = OffscreenTarget::create(camera.width, camera.height, 4);
    EXPECT_TRUE(target.ok());
    target->bind();
    LayerPaint paint;
    paint.typicalFeatureSize = 1.0;
    renderer->draw(camera, std::span(&paint, 1), Rgba8{255, 255, 255, 255});
    return target->read();
}

TEST(DetailLevels, TheWholeLayerDrawnFromALevelLooksLikeItsFullMeshes) {
    ASSERT_TRUE(testing::headlessContextReady());
    const GeometryColumn g = grid();
    const LayerMeshes full = gridMeshes(g, false);
    const LayerMeshes coarse = gridMeshes(g, true);
    ASSERT_FALSE(coarse.levels.empty());
    const Camera camera = Camera::fit(g.extent(), 240, 240, 0);  // squares of 0.8 px: dots
    std::vector<double> dotBelow;
    for (const DetailLevel& level : coarse.levels) dotBelow.push_back(level.dotBelow);
    ASSERT_GE(chooseDetailLevel(dotBelow, camera.unitsPerPixel), 0) << "the view must use a level";
    // Where two bands meet, the full meshes blend sub-pixel squares of both and a dot shows
    // one: those pixels (under 4% of the image) may differ; nowhere else.
    testing::ImageTolerance tolerance;
    tolerance.maxDifferentFraction = 0.04;
    const testing::ImageComparison comparison =
        testing::compareImages(drawn(coarse, camera), drawn(full, camera), tolerance);
    EXPECT_TRUE(comparison.matches) << comparison.differentPixels << " pixels differ";
}

TEST(DetailLevels, ALevelOfDotsAloneNeedsNoMultisampling) {
    ASSERT_TRUE(testing::headlessContextReady());
    const GeometryColumn g = grid();
    Result<MapRenderer> renderer = MapRenderer::create();
    ASSERT_TRUE(renderer.ok());
    renderer->addLayer(gridMeshes(g, true));
    LayerPaint paint;
    paint.typicalFeatureSize = 1.0;
    // Seen whole, squares of 0.8 px are dots drawn from a raster: no polygon edge to smooth.
    EXPECT_FALSE(
        renderer->needsMultisampling(Camera::fit(g.extent(), 240, 240, 0), std::span(&paint, 1), 1.0f));
    // Zoomed in to squares of 8 px, fills whose outlines are fading: their edges need it.
    EXPECT_TRUE(
        renderer->needsMultisampling(Camera::fit(g.extent(), 2400, 2400, 0), std::span(&paint, 1), 1.0f));
}

TEST(DetailLevels, ALevelOfShapesAndDotsLooksLikeItsFullMeshes) {
    ASSERT_TRUE(testing::headlessContextReady());
    GeometryColumn g = grid();
    // One large square beside the grid: it stays a shape while the small squares become dots,
    // so the level is drawn as triangles and points rather than as a raster.
    for (auto [x, y] : {std::pair{320.0, 50.0}, {520.0, 50.0}, {520.0, 250.0}, {320.0, 250.0}})
        g.addVertex(x, y);
    g.endRing();
    g.endPart();
    g.endFeature();
    LayerMeshes full;
    full.fill = tessellatePolygons(g, 260.0, 150.0);
    full.lines = buildLineMesh(g, 260.0, 150.0);
    LayerMeshes coarse = full;
    coarse.levels = buildDetailLevels(g, 260.0, 150.0);
    const Camera camera = Camera::fit(g.extent(), 240, 140, 0);
    std::vector<double> dotBelow;
    for (const DetailLevel& level : coarse.levels) dotBelow.push_back(level.dotBelow);
    const int level = chooseDetailLevel(dotBelow, camera.unitsPerPixel);
    ASSERT_GE(level, 0);
    ASSERT_GT(coarse.levels[size_t(level)].fill.indices.size(), 0u) << "the large square is a shape";
    ASSERT_GT(coarse.levels[size_t(level)].dots.dotCount(), 0u) << "the small ones are dots";
    // Besides the band borders, the grid's rim and the large square's edges (moved a quarter
    // pixel at most by snapping) are anti-aliased a little differently: one-pixel lines, 6% of
    // this small image. A wrong dot or shape would differ over the whole grid (half the image).
    testing::ImageTolerance tolerance;
    tolerance.maxDifferentFraction = 0.06;
    const testing::ImageComparison comparison =
        testing::compareImages(drawn(coarse, camera, 1), drawn(full, camera, 1), tolerance);
    EXPECT_TRUE(comparison.matches) << comparison.differentPixels << " pixels differ";
}

}  // namespace
}  // namespace bashu
