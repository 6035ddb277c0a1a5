// The renderer's counters hold it to its design: geometry goes to the GPU once, a restyle
// rewrites only a colour table, an unchanged frame uploads nothing, and a view draws only the
// cells of a layer it can see.
#include <gtest/gtest.h>

#include <optional>
#include <span>
#include <vector>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "square_grid.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {
namespace {

constexpr Rgba8 kWhite{255, 255, 255, 255};

LayerMeshes filledAndOutlined(const GeometryColumn& g, double origin) {
    LayerMeshes meshes;
    meshes.fill = tessellatePolygons(g, origin, origin);
    meshes.lines = buildLineMesh(g, origin, origin);
    return meshes;
}

uint64_t bytesOf(const LayerMeshes& m) {
    return 4 * (m.fill.positions.size() + m.fill.featureIds.size() + m.fill.indices.size() +
                m.lines.segments.size() + m.lines.featureIds.size() + m.lines.along.size());
}

Camera cameraOn(double minX, double minY, double maxX, double maxY, int width, int height) {
    Extent extent;
    extent.include(minX, minY);
    extent.include(maxX, maxY);
    return Camera::fit(extent, width, height, 0);
}

class RendererCountersTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(testing::headlessContextReady());
        Result<MapRenderer> made = MapRenderer::create();
        ASSERT_TRUE(made.ok()) << made.error().message;
        renderer_.emplace(std::move(*made));
        Result<OffscreenTarget> target = OffscreenTarget::create(160, 120, 4);
        ASSERT_TRUE(target.ok()) << target.error().message;
        target_.emplace(std::move(*target));
    }
    void draw(const Camera& camera) {
        target_->bind();
        renderer_->draw(camera, std::span(&paint_, 1), kWhite);
    }

    std::optional<MapRenderer> renderer_;
    std::optional<OffscreenTarget> target_;
    LayerPaint paint_;
};

TEST_F(RendererCountersTest, AddingALayerUploadsItsMeshesOnceAndAGreyTable) {
    const LayerMeshes meshes = filledAndOutlined(testing::unitSquareGrid(4), 2.0);
    EXPECT_EQ(renderer_->counters(), RendererCounters{}) << "the shaders' quad is not a layer's mesh";
    renderer_->addLayer(meshes);
    const RendererCounters& c = renderer_->counters();
    EXPECT_EQ(c.meshUploads, 1u);
    EXPECT_EQ(c.meshBytes, bytesOf(meshes));
    EXPECT_EQ(c.colorTableUploads, 1u) << "every layer starts with one grey colour";
    EXPECT_EQ(c.colorTableBytes, 4u);
    EXPECT_EQ(c.drawCalls, 0u);
}

TEST_F(RendererCountersTest, ARestyleUploadsOneColourTableAndNoMesh) {
    const size_t layer = renderer_->addLayer(filledAndOutlined(testing::unitSquareGrid(4), 2.0));
    const Camera camera = cameraOn(0, 0, 4, 4, 160, 120);
    draw(camera);
    renderer_->resetCounters();
    EXPECT_EQ(renderer_->counters(), RendererCounters{});

    const std::vector<Rgba8> colors(16, Rgba8{200, 30, 30, 255});
    renderer_->setFeatureColors(layer, colors);
    draw(camera);
    const RendererCounters& c = renderer_->counters();
    EXPECT_EQ(c.colorTableUploads, 1u);
    EXPECT_EQ(c.colorTableBytes, 16u * 4u);
    EXPECT_EQ(c.meshUploads, 0u);
    EXPECT_EQ(c.meshBytes, 0u);
    EXPECT_EQ(c.uploads(), 1u);
    EXPECT_GT(c.drawCalls, 0u);
}

TEST_F(RendererCountersTest, ASecondDrawOfAnUnchangedSceneUploadsNothing) {
    const size_t polygons = renderer_->addLayer(filledAndOutlined(testing::unitSquareGrid(6), 3.0));
    renderer_->setFeatureColors(polygons, std::vector<Rgba8>(36, Rgba8{30, 120, 200, 255}));
    LayerMeshes points;
    GeometryColumn g;
    g.kind = GeometryKind::Point;
    for (double x : {1.5, 4.5}) {
        g.addVertex(x, 3.0);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    points.points = buildPointMesh(g, 3.0, 3.0);
    const size_t symbols = renderer_->addLayer(points);
    renderer_->setFeatureSizes(symbols, std::vector<float>{8.0f, 12.0f});
    const Camera camera = cameraOn(0, 0, 6, 6, 160, 120);
    const std::vector<LayerPaint> paints(2);
    target_->bind();
    renderer_->draw(camera, paints, kWhite);
    const uint64_t firstDrawCalls = renderer_->counters().drawCalls;
    renderer_->resetCounters();

    target_->bind();
    renderer_->draw(camera, paints, kWhite);
    const RendererCounters& c = renderer_->counters();
    EXPECT_EQ(c.uploads(), 0u);
    EXPECT_EQ(c.meshBytes, 0u);
    EXPECT_EQ(c.colorTableBytes, 0u);
    // Fills and outlines of the squares, one instanced draw of the symbols.
    EXPECT_EQ(c.drawCalls, firstDrawCalls);
    EXPECT_EQ(c.drawCalls, 3u);
}

TEST_F(RendererCountersTest, AZoomedInViewOfATiledLayerDrawsLessThanTheWholeView) {
    constexpr int kSide = 120;
    const LayerMeshes meshes = filledAndOutlined(testing::unitSquareGrid(kSide), 60.0);
    ASSERT_GT(meshes.fill.chunks.size(), 4u) << "the layer must span several cells";
    renderer_->addLayer(meshes);
    renderer_->resetCounters();

    draw(cameraOn(0, 0, kSide, kSide, 160, 120));
    const RendererCounters whole = renderer_->counters();
    // Every chunk in view: one run of fills and one of outlines.
    EXPECT_EQ(whole.drawCalls, 2u);
    EXPECT_EQ(whole.drawnElements, meshes.fill.indices.size() + meshes.lines.segmentCount());
    renderer_->resetCounters();

    draw(cameraOn(2, 2, 12, 10, 160, 120));
    const RendererCounters zoomed = renderer_->counters();
    EXPECT_GT(zoomed.drawCalls, 0u);
    EXPECT_LT(zoomed.drawnElements * 4, whole.drawnElements) << "most cells are out of view";
    EXPECT_EQ(zoomed.uploads(), 0u);
    renderer_->resetCounters();

    draw(cameraOn(500, 500, 510, 510, 160, 120));
    EXPECT_EQ(renderer_->counters().drawCalls, 0u) << "a view beside the layer draws nothing of it";
}

}  // namespace
}  // namespace bashu
