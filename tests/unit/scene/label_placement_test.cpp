#include "scene/label_placement.h"

#include <gtest/gtest.h>

namespace bashu {
namespace {

// Squares of side `side` in a row, 2 units apart, named A, B, C...
Layer squares(int count, double side) {
    Layer layer;
    layer.geometry.kind = GeometryKind::Polygon;
    Column& name = layer.attributes.addColumn("name", FieldType::String);
    for (int i = 0; i < count; ++i) {
        const double x0 = i * (side + 2.0);
        for (auto [x, y] : {std::pair{0.0, 0.0}, {side, 0.0}, {side, side}, {0.0, side}, {0.0, 0.0}})
            layer.geometry.addVertex(x0 + x, y);
        layer.geometry.endRing();
        layer.geometry.endPart();
        layer.geometry.endFeature();
        name.appendString(std::string(1, char('A' + i)));
    }
    return layer;
}

// Every character 10 px wide, 12 px high at size 12.
std::pair<float, float> fixedWidth(const std::string& text, float size) {
    return {float(text.size()) * size * 10.0f / 12.0f, size};
}

Camera cameraOver(double minX, double minY, double maxX, double maxY, int w, int h) {
    Extent e;
    e.include(minX, minY);
    e.include(maxX, maxY);
    return Camera::fit(e, w, h, 0);
}

TEST(Labels, CandidatesSitDeepInsideAndLargestFirst) {
    Layer layer = squares(2, 10);
    layer.geometry.xy[2] = 14.0;  // widen A's right side: A is now the larger unit
    layer.geometry.xy[4] = 14.0;
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> c = labelCandidates(layer, style);
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].text, "A") << "larger area first";
    EXPECT_NEAR(c[1].x, 17.0, 0.2);
    EXPECT_NEAR(c[1].y, 5.0, 0.2);
}

TEST(Labels, ALabelMustFitInsideItsPolygon) {
    const Layer layer = squares(2, 10);
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> candidates = labelCandidates(layer, style);
    const LabelLayer labels{&candidates, &layer.geometry, &style, 0};
    // 22 x 10 map units over 220 x 100 pixels: each square is 100 px wide, a label 10 x 12 px.
    const Camera camera = cameraOver(0, 0, 22, 10, 220, 100);
    const PixelBox area{0, 0, 220, 100};
    EXPECT_EQ(placeLabels({labels}, camera, 1.0f, fixedWidth, {}, area).size(), 2u);
    // At a tenth of the scale each square is 10 px: no label fits inside.
    const Camera far = cameraOver(-100, -45, 122, 55, 220, 100);
    EXPECT_TRUE(placeLabels({labels}, far, 1.0f, fixedWidth, {}, area).empty());
}

TEST(Labels, NoLabelOverlapsAnotherOrTheFurniture) {
    // Points close together: their labels compete for the same places.
    Layer layer;
    layer.geometry.kind = GeometryKind::Point;
    Column& name = layer.attributes.addColumn("name", FieldType::String);
    for (int i = 0; i < 30; ++i) {
        layer.geometry.addVertex(double(i % 6) * 3.0, double(i / 6) * 2.0);
        layer.geometry.endRing();
        layer.geometry.endPart();
        layer.geometry.endFeature();
        name.appendString("P" + std::to_string(i));
    }
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> candidates = labelCandidates(layer, style);
    const LabelLayer labels{&candidates, &layer.geometry, &style, 3};
    const Camera camera = cameraOver(-2, -2, 17, 10, 400, 250);
    const PixelBox area{0, 0, 400, 250}, legend{300, 150, 400, 250};
    const std::vector<PlacedLabel> placed = placeLabels({labels}, camera, 1.0f, fixedWidth, {legend}, area);
    ASSERT_GT(placed.size(), 5u);
    EXPECT_LT(placed.size(), 30u) << "not all fit";
    for (size_t i = 0; i < placed.size(); ++i) {
        EXPECT_TRUE(placed[i].box.inside(area));
        EXPECT_FALSE(placed[i].box.overlaps(legend)) << placed[i].text;
        for (size_t j = i + 1; j < placed.size(); ++j)
            EXPECT_FALSE(placed[i].box.overlaps(placed[j].box)) << placed[i].text << " / " << placed[j].text;
    }
}

TEST(Labels, APriorityFieldOrdersThePlacement) {
    Layer layer = squares(3, 10);
    Column& gdp = layer.attributes.addColumn("gdp", FieldType::Real);
    for (double v : {1.0, 30.0, 20.0}) gdp.appendNumber(v);
    LabelStyle style;
    style.field = "name";
    style.priority = "gdp";
    const std::vector<LabelCandidate> c = labelCandidates(layer, style);
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c[0].text, "B");
    EXPECT_EQ(c[1].text, "C");
    EXPECT_EQ(c[2].text, "A");
}

}  // namespace
}  // namespace bashu
