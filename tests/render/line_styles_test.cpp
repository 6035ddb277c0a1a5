// Line styles on the GPU: dashes laid out along each line, casings under the line, widths by
// feature. Pixels are checked where each must or must not show.
#include <gtest/gtest.h>

#include "gl_context.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"
#include "tessellate/line_mesh.h"

namespace bashu {
namespace {

// Horizontal lines from map x 0 to 100, one feature each, at the given heights.
GeometryColumn horizontalLines(std::initializer_list<double> heights) {
    GeometryColumn g;
    g.kind = GeometryKind::Line;
    for (double y : heights) {
        g.addVertex(0.0, y);
        g.addVertex(40.0, y);  // a middle vertex: the dash pattern must run on across it
        g.addVertex(100.0, y);
        g.endRing();
        g.endPart();
        g.endFeature();
    }
    return g;
}

// Draws the lines in a 120 x 60 view, one map unit a pixel: map x 0 is pixel 10, map y 30 is
// the middle row.
Image drawn(const GeometryColumn& lines, const LayerPaint& paint, std::span<const float> widths = {},
            std::span<const LineDash> dashes = {}) {
    Result<MapRenderer> renderer = MapRenderer::create();
    EXPECT_TRUE(renderer.ok()) << renderer.error().message;
    LayerMeshes meshes;
    meshes.lines = buildLineMesh(lines, 50.0, 30.0);
    const size_t layer = renderer->addLayer(meshes);
    if (!widths.empty()) renderer->setFeatureSizes(layer, widths);
    if (!dashes.empty()) renderer->setFeatureDashes(layer, dashes);
    Result<OffscreenTarget> target = OffscreenTarget::create(120, 60, 4);
    EXPECT_TRUE(target.ok());
    target->bind();
    Camera camera;
    camera.centerX = 50.0;
    camera.centerY = 30.0;
    camera.width = 120;
    camera.height = 60;
    renderer->draw(camera, std::span(&paint, 1), Rgba8{255, 255, 255, 255});
    return target->read();
}

bool dark(Rgba8 p) { return p.r < 60 && p.g < 60 && p.b < 60; }
bool white(Rgba8 p) { return p.r > 240 && p.g > 240 && p.b > 240; }
bool red(Rgba8 p) { return p.r > 200 && p.g < 60 && p.b < 60; }

// A black line 4 px wide on a red casing `casing` px wide each side.
LayerPaint casedLine(float casing) {
    LayerPaint paint;
    paint.strokeColor = Rgba8{0, 0, 0, 255};
    paint.strokeWidth = 4.0f;
    paint.casingColor = Rgba8{255, 0, 0, 255};
    paint.casingWidth = casing;
    return paint;
}

TEST(LineStyles, DashesAlternateAlongTheLineFromItsStart) {
    ASSERT_TRUE(testing::headlessContextReady());
    LayerPaint paint;
    paint.strokeColor = Rgba8{0, 0, 0, 255};
    paint.strokeWidth = 4.0f;
    paint.dash = LineDash{10, 10};
    const Image image = drawn(horizontalLines({30.0}), paint);
    // Dashes over [0, 10), [20, 30), ... of the line, which starts at pixel 10.
    for (int along : {5, 25, 45, 65, 85}) EXPECT_TRUE(dark(image.pixel(10 + along, 30))) << along;
    for (int along : {15, 35, 55, 75, 95}) EXPECT_TRUE(white(image.pixel(10 + along, 30))) << along;

    paint.dash = LineDash{};
    const Image solid = drawn(horizontalLines({30.0}), paint);
    for (int along : {5, 15, 35, 55, 95}) EXPECT_TRUE(dark(solid.pixel(10 + along, 30))) << along;
}

TEST(LineStyles, ACasingLiesSolidUnderTheLineOnEachSide) {
    ASSERT_TRUE(testing::headlessContextReady());
    LayerPaint paint = casedLine(3.0f);
    paint.dash = LineDash{10, 10};
    const Image image = drawn(horizontalLines({30.0}), paint);
    // Pixel rows are centred half a pixel off the line at y 30: row 29 and 30 are the line's middle.
    EXPECT_TRUE(dark(image.pixel(15, 30))) << "in a dash: the line";
    EXPECT_TRUE(red(image.pixel(25, 30))) << "in a gap: the casing shows through";
    EXPECT_TRUE(red(image.pixel(15, 30 + 3))) << "beside the line (2 px half width + 3 px casing)";
    EXPECT_TRUE(red(image.pixel(15, 29 - 3)));
    EXPECT_TRUE(white(image.pixel(15, 30 + 7))) << "beyond the casing";
}

TEST(LineStyles, EachFeatureHasItsOwnWidthAndZeroDrawsNothing) {
    ASSERT_TRUE(testing::headlessContextReady());
    LayerPaint paint;
    paint.strokeColor = Rgba8{0, 0, 0, 255};
    paint.strokeWidth = 1.0f;
    const std::vector<float> widths = {2.0f, 12.0f, 0.0f};
    const Image image = drawn(horizontalLines({15.0, 35.0, 50.0}), paint, widths);
    // Map y 15 is pixel row 45 (y up), 35 is row 25, 50 is row 10.
    auto darkRows = [&](int middle, int reach) {
        int rows = 0;
        for (int y = middle - reach; y <= middle + reach; ++y) rows += dark(image.pixel(60, y)) ? 1 : 0;
        return rows;
    };
    EXPECT_NEAR(darkRows(45, 5), 2, 1);
    EXPECT_NEAR(darkRows(25, 8), 12, 1);
    EXPECT_EQ(darkRows(10, 5), 0) << "a feature of no width is not drawn";
}

TEST(LineStyles, EachFeatureMayHaveItsOwnDash) {
    ASSERT_TRUE(testing::headlessContextReady());
    const LayerPaint paint = casedLine(2.0f);
    // Map y 15 is pixel row 45, y 45 is row 15: the first line solid, the second dashed 10/10.
    const std::vector<LineDash> dashes = {LineDash{}, LineDash{10, 10}};
    const Image image = drawn(horizontalLines({15.0, 45.0}), paint, {}, dashes);
    for (int along : {5, 15, 25, 35}) EXPECT_TRUE(dark(image.pixel(10 + along, 45))) << "solid " << along;
    EXPECT_TRUE(dark(image.pixel(15, 15)));
    EXPECT_TRUE(red(image.pixel(25, 15))) << "a gap shows the casing, which is solid";
    EXPECT_TRUE(dark(image.pixel(35, 15)));
}

}  // namespace
}  // namespace bashu
