// The map body as vectors: what is drawn for each layer kind, with which colours and widths,
// and what is left out (hidden layers, features outside the area, sub-pixel detail).
#include "export/vector_map.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "export/render_scene.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

// Remembers what is drawn on it.
struct RecordingCanvas : VectorCanvas {
    struct Fill {
        VectorPath path;
        Rgba8 color;
    };
    struct Stroke {
        VectorPath path;
        bool closed = false;
        float width = 0;
        Rgba8 color;
        LineDash dash;
    };
    struct Circle {
        float cx = 0, cy = 0, radius = 0;
        Rgba8 fill, stroke;
    };
    std::vector<Fill> fills;
    std::vector<Stroke> strokes;
    std::vector<Circle> circles;
    std::vector<PixelBox> clips;

    void fillRect(float, float, float, float, Rgba8) override {}
    void frameRect(float, float, float, float, float, Rgba8) override {}
    void fillDisc(float, float, float, Rgba8) override {}
    void fillPolygon(std::span<const Point2>, Rgba8) override {}
    void drawText(float, float, std::string_view, float, Rgba8) override {}
    void drawHaloText(float, float, std::string_view, float, Rgba8, Rgba8, float, float) override {}
    void fillPath(const VectorPath& rings, Rgba8 color) override { fills.push_back({rings, color}); }
    void strokePath(const VectorPath& lines, bool closed, float width, Rgba8 color,
                    const LineDash& dash) override {
        strokes.push_back({lines, closed, width, color, dash});
    }
    void circle(float cx, float cy, float radius, Rgba8 fill, Rgba8 stroke, float) override {
        circles.push_back({cx, cy, radius, fill, stroke});
    }
    void beginClip(float x0, float y0, float x1, float y1) override { clips.push_back({x0, y0, x1, y1}); }
    void endClip() override {}
    Result<std::string> finish() override { return std::string(); }
};

class VectorMap : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        Result<MapScene> built = buildScene(document());
        ASSERT_TRUE(built.ok()) << built.error().message;
        scene = std::move(*built);
        options.width = 300;
        options.height = 200;
        camera = fitCamera(scene, options);
    }
    RecordingCanvas drawn(const PixelBox& area = {0, 0, 300, 200}) {
        RecordingCanvas canvas;
        stats = drawMapVectors(canvas, scene, camera, 1.0f, area);
        return canvas;
    }
    MapScene scene;
    ExportOptions options;
    Camera camera;
    VectorMapStats stats;
};

TEST_F(VectorMap, PolygonsAreFilledPerFeatureUnderOneOutline) {
    const RecordingCanvas canvas = drawn();
    ASSERT_EQ(canvas.fills.size(), 3u);
    for (size_t f = 0; f < 3; ++f) {
        EXPECT_EQ(canvas.fills[f].color, scene.layers[0].featureColors[f]) << f;
        EXPECT_EQ(canvas.fills[f].path.ends.size(), 1u);
        EXPECT_EQ(canvas.fills[f].path.points.size(), 5u) << "a square, its closing vertex kept";
    }
    ASSERT_EQ(canvas.strokes.size(), 1u);
    EXPECT_EQ(canvas.strokes[0].path.ends.size(), 3u);
    EXPECT_TRUE(canvas.strokes[0].closed);
    EXPECT_FLOAT_EQ(canvas.strokes[0].width, scene.layers[0].paint.strokeWidth);
    EXPECT_EQ(stats.paths, 4u);
    EXPECT_EQ(stats.vertices, 15u);
    ASSERT_EQ(canvas.clips.size(), 1u);
    // The squares lie side by side, left to right, in the middle of the image.
    EXPECT_LT(canvas.fills[0].path.points[0].x, canvas.fills[1].path.points[0].x);
}

TEST_F(VectorMap, OpacityAndVisibilityAreTheLayers) {
    scene.layers[0].paint.opacity = 0.5f;
    const RecordingCanvas half = drawn();
    ASSERT_EQ(half.fills.size(), 3u);
    EXPECT_NEAR(half.fills[0].color.a, scene.layers[0].featureColors[0].a / 2, 1);
    EXPECT_NEAR(half.strokes[0].color.a, scene.layers[0].paint.strokeColor.a / 2, 1);
    scene.layers[0].paint.visible = false;
    const RecordingCanvas hidden = drawn();
    EXPECT_TRUE(hidden.fills.empty());
    EXPECT_TRUE(hidden.strokes.empty());
}

TEST_F(VectorMap, FeaturesOutsideTheAreaAreLeftOut) {
    // The map CRS is a conic: the border of the first and second squares leans. Left of it all.
    double left = 1e9;
    for (double lat : {30.0, 31.0}) {
        double x = 105, y = lat;
        scene.fromLonLat(x, y);
        double px = 0, py = 0;
        camera.mapToPixel(x, y, px, py);
        left = std::min(left, px);
    }
    const RecordingCanvas canvas = drawn(PixelBox{0, 0, float(left) - 5, 200});
    ASSERT_EQ(canvas.fills.size(), 1u) << "only the first square";
    EXPECT_EQ(canvas.fills[0].color, scene.layers[0].featureColors[0]);
    EXPECT_FLOAT_EQ(canvas.clips[0].x1, float(left) - 5);
}

TEST_F(VectorMap, OutlinesFadeAsTheRendererFadesThem) {
    SceneLayer& layer = scene.layers[0];
    layer.paint.typicalFeatureSize = 2.0 * camera.unitsPerPixel;  // 2 pixels: no outlines
    EXPECT_TRUE(drawn().strokes.empty());
    layer.paint.typicalFeatureSize = 10.0 * camera.unitsPerPixel;  // halfway between 4 and 16
    const RecordingCanvas halfway = drawn();
    ASSERT_EQ(halfway.strokes.size(), 1u);
    EXPECT_NEAR(halfway.strokes[0].color.a, layer.paint.strokeColor.a / 2, 1);
    layer.paint.typicalFeatureSize = 20.0 * camera.unitsPerPixel;
    EXPECT_EQ(drawn().strokes[0].color.a, layer.paint.strokeColor.a);
}

// A layer of one kind in a scene of its own, seen 1:1 around the origin.
SceneLayer layerOf(GeometryKind kind) {
    SceneLayer layer;
    layer.data.geometry.kind = kind;
    return layer;
}

TEST(VectorMapDetail, VerticesCloserThanAQuarterPixelAreDropped) {
    MapScene scene;
    SceneLayer layer = layerOf(GeometryKind::Polygon);
    // A circle 10 pixels across drawn with 1000 vertices, 0.06 pixels apart.
    for (int i = 0; i <= 1000; ++i) {
        const double a = 2 * std::numbers::pi * (i % 1000) / 1000.0;
        layer.data.geometry.addVertex(10 * std::cos(a), 10 * std::sin(a));
    }
    layer.data.geometry.endRing();
    layer.data.geometry.endPart();
    layer.data.geometry.endFeature();
    // And an island smaller than a pixel: nothing of it would show.
    for (auto [x, y] : {std::pair{50.0, 50.0}, {50.1, 50.0}, {50.1, 50.1}, {50.0, 50.0}})
        layer.data.geometry.addVertex(x, y);
    layer.data.geometry.endRing();
    layer.data.geometry.endPart();
    layer.data.geometry.endFeature();
    layer.featureColors = {Rgba8{200, 0, 0, 255}, Rgba8{0, 200, 0, 255}};
    scene.layers.push_back(layer);
    Camera camera;
    camera.width = 200;
    camera.height = 200;
    RecordingCanvas canvas;
    const VectorMapStats stats = drawMapVectors(canvas, scene, camera, 1.0f, PixelBox{0, 0, 200, 200});
    ASSERT_EQ(canvas.fills.size(), 1u) << "the island is gone";
    const VectorPath& ring = canvas.fills[0].path;
    // 2 pi 10 / 0.25 = 251 at most.
    EXPECT_LE(ring.points.size(), 252u);
    EXPECT_GE(ring.points.size(), 200u);
    EXPECT_EQ(stats.vertices, ring.points.size());
    EXPECT_NEAR(ring.points.front().x, ring.points.back().x, 1e-3) << "the ring still closes";
    EXPECT_NEAR(ring.points.front().y, ring.points.back().y, 1e-3);
}

TEST(VectorMapDetail, ProportionalPointsAreTranslucentCirclesOfTheirSize) {
    MapScene scene;
    SceneLayer layer = layerOf(GeometryKind::Point);
    for (double x : {-10.0, 0.0, 10.0}) {
        layer.data.geometry.addVertex(x, 0);
        layer.data.geometry.endRing();
        layer.data.geometry.endPart();
        layer.data.geometry.endFeature();
    }
    layer.featureColors.assign(3, Rgba8{0, 0, 200, 255});
    layer.featureSizes = {10, 0, 20};  // no value: no symbol
    scene.layers.push_back(layer);
    Camera camera;
    camera.width = 100;
    camera.height = 100;
    RecordingCanvas canvas;
    drawMapVectors(canvas, scene, camera, 2.0f, PixelBox{0, 0, 100, 100});
    ASSERT_EQ(canvas.circles.size(), 2u);
    EXPECT_FLOAT_EQ(canvas.circles[0].radius, 10.0f) << "diameter 10 at 2x";
    EXPECT_FLOAT_EQ(canvas.circles[1].radius, 20.0f);
    EXPECT_FLOAT_EQ(canvas.circles[1].cx, 60.0f);
    EXPECT_EQ(canvas.circles[0].fill.a, 191) << "three quarters opaque";
    EXPECT_EQ(canvas.circles[0].stroke, layer.paint.pointOutline);
}

// Three horizontal lines, one feature each, at y -10, 0 and 10.
SceneLayer threeLines() {
    SceneLayer layer = layerOf(GeometryKind::Line);
    for (double y : {-10.0, 0.0, 10.0}) {
        layer.data.geometry.addVertex(-20, y);
        layer.data.geometry.addVertex(20, y);
        layer.data.geometry.endRing();
        layer.data.geometry.endPart();
        layer.data.geometry.endFeature();
    }
    layer.featureColors.assign(3, Rgba8{1, 0, 0, 255});
    return layer;
}

// The lines of `layer` drawn in a 100 x 100 view at `pixelScale`.
RecordingCanvas drawnLines(const SceneLayer& layer, float pixelScale) {
    MapScene scene;
    scene.layers.push_back(layer);
    Camera camera;
    camera.width = 100;
    camera.height = 100;
    RecordingCanvas canvas;
    drawMapVectors(canvas, scene, camera, pixelScale, PixelBox{0, 0, 100, 100});
    return canvas;
}

TEST(VectorMapDetail, LinesOfOneColourShareAPath) {
    SceneLayer layer = threeLines();
    layer.featureColors[2] = Rgba8{2, 0, 0, 255};
    layer.paint.strokeByFeature = true;
    layer.paint.strokeWidth = 3;
    const RecordingCanvas canvas = drawnLines(layer, 1.0f);
    ASSERT_EQ(canvas.strokes.size(), 2u);
    EXPECT_EQ(canvas.strokes[0].path.ends.size(), 2u);
    EXPECT_FALSE(canvas.strokes[0].closed);
    EXPECT_FLOAT_EQ(canvas.strokes[0].width, 3.0f);
    EXPECT_EQ(canvas.strokes[1].color, (Rgba8{2, 0, 0, 255}));
}

TEST(VectorMapDetail, CasingIsStrokedSolidUnderTheDashedLines) {
    SceneLayer layer = threeLines();
    layer.paint.strokeColor = Rgba8{9, 9, 9, 255};
    layer.paint.strokeWidth = 2;
    layer.paint.dash = LineDash{6, 3};
    layer.paint.casingColor = Rgba8{200, 0, 0, 255};
    layer.paint.casingWidth = 1.5f;
    const RecordingCanvas canvas = drawnLines(layer, 2.0f);
    ASSERT_EQ(canvas.strokes.size(), 2u);
    EXPECT_EQ(canvas.strokes[0].color, (Rgba8{200, 0, 0, 255})) << "the casing comes first";
    EXPECT_FLOAT_EQ(canvas.strokes[0].width, 2 * 2 + 2 * 1.5f * 2)
        << "line width plus a casing each side, at 2x";
    EXPECT_TRUE(canvas.strokes[0].dash.solid());
    EXPECT_EQ(canvas.strokes[0].path.ends.size(), 3u);
    EXPECT_EQ(canvas.strokes[1].color, (Rgba8{9, 9, 9, 255}));
    EXPECT_FLOAT_EQ(canvas.strokes[1].width, 4.0f);
    EXPECT_EQ(canvas.strokes[1].dash, (LineDash{12, 6})) << "dashes scale with the export";
}

TEST(VectorMapDetail, LinesByCategoryKeepTheirOwnDashes) {
    SceneLayer layer = threeLines();
    layer.paint.strokeWidth = 2;
    layer.featureDashes = {LineDash{}, LineDash{2, 3}, LineDash{2, 3}};
    const RecordingCanvas canvas = drawnLines(layer, 2.0f);
    ASSERT_EQ(canvas.strokes.size(), 2u) << "one path per dash";
    EXPECT_TRUE(canvas.strokes[0].dash.solid());
    EXPECT_EQ(canvas.strokes[1].dash, (LineDash{4, 6})) << "scaled with the export";
    EXPECT_EQ(canvas.strokes[1].path.ends.size(), 2u);
}

TEST(VectorMapDetail, LinesByValueHaveTheirOwnWidthsAndZeroIsNotDrawn) {
    SceneLayer layer = threeLines();
    layer.featureSizes = {4.0f, 0.0f, 8.0f};
    layer.paint.strokeWidth = 1;
    const RecordingCanvas canvas = drawnLines(layer, 1.0f);
    ASSERT_EQ(canvas.strokes.size(), 2u) << "one path per width; the line of no value is left out";
    EXPECT_FLOAT_EQ(canvas.strokes[0].width, 4.0f);
    EXPECT_EQ(canvas.strokes[0].path.ends.size(), 1u);
    EXPECT_FLOAT_EQ(canvas.strokes[1].width, 8.0f);
}

}  // namespace
}  // namespace bashu
