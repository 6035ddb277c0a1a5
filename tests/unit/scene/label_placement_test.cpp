#include "scene/label_placement.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

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

TEST(Labels, ZoomedInOnAUnitWhoseLabelPointIsOffScreenItIsNamedInItsVisiblePart) {
    // A 100-unit square seen only in its left corner strip (0-20 x 0-10): its pole (50, 50) is
    // off screen, its name goes to the middle of what is seen.
    const Layer layer = squares(1, 100);
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> candidates = labelCandidates(layer, style);
    const LabelLayer labels{&candidates, &layer.geometry, &style, 0};
    const Camera camera = cameraOver(0, 0, 20, 10, 200, 100);
    const std::vector<PlacedLabel> placed =
        placeLabels({labels}, camera, 1.0f, fixedWidth, {}, PixelBox{0, 0, 200, 100});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_NEAR(0.5f * (placed[0].box.x0 + placed[0].box.x1), 100.0f, 10.0f);
    EXPECT_NEAR(0.5f * (placed[0].box.y0 + placed[0].box.y1), 50.0f, 10.0f);
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

// Line labels: placeAlongLine on lines given in pixels, 100 x 12 px labels in a 600 x 400 area.
constexpr float kWidth = 100, kHeight = 12;
const PixelBox kArea{0, 0, 600, 400};

std::optional<RotatedBox> along(const std::vector<Point2>& line) {
    return placeAlongLine(line, kWidth, kHeight, kArea, [](const RotatedBox&) { return true; });
}

TEST(LineLabels, AStraightLineGetsItsLabelAtItsMiddleAlongIt) {
    // Rising to the right on the image: y goes down, so the angle is negative (anticlockwise).
    const std::optional<RotatedBox> box = along({{100, 300}, {300, 200}, {500, 100}});
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->cx, 300, 0.01);
    EXPECT_NEAR(box->cy, 200, 0.01);
    EXPECT_NEAR(box->angle, std::atan2(-200.0, 400.0), 1e-4);
    EXPECT_FLOAT_EQ(box->halfWidth, kWidth / 2);
    EXPECT_FLOAT_EQ(box->halfHeight, kHeight / 2);
    // Falling to the right: clockwise.
    const std::optional<RotatedBox> down = along({{100, 100}, {400, 250}});
    ASSERT_TRUE(down);
    EXPECT_NEAR(down->angle, std::atan2(150.0, 300.0), 1e-4);
    EXPECT_NEAR(down->cx, 250, 0.01);
    EXPECT_NEAR(down->cy, 175, 0.01);
}

TEST(LineLabels, ALineDrawnRightToLeftStillReadsLeftToRight) {
    const std::optional<RotatedBox> forwards = along({{100, 300}, {500, 100}});
    const std::optional<RotatedBox> backwards = along({{500, 100}, {100, 300}});
    ASSERT_TRUE(forwards && backwards);
    // The chord of the backwards line points down-left (about 153 degrees): the text is turned
    // half a turn, back to the forwards line's angle, so it is not upside down.
    EXPECT_NEAR(backwards->angle, forwards->angle, 1e-4);
    EXPECT_GT(std::cos(backwards->angle), 0.0f) << "the text runs rightwards";
    EXPECT_NEAR(backwards->cx, 300, 0.01);
    EXPECT_NEAR(backwards->cy, 200, 0.01);
    // Straight left: no turn at all, rather than 180 degrees.
    const std::optional<RotatedBox> left = along({{500, 200}, {100, 200}});
    ASSERT_TRUE(left);
    EXPECT_NEAR(left->angle, 0.0f, 1e-6);
    // Upright lines read downwards whichever way they were drawn: +90 degrees, never -90.
    for (const std::vector<Point2>& upright :
         {std::vector<Point2>{{300, 380}, {300, 20}}, std::vector<Point2>{{300, 20}, {300, 380}}}) {
        const std::optional<RotatedBox> box = along(upright);
        ASSERT_TRUE(box);
        EXPECT_NEAR(box->angle, std::numbers::pi_v<float> / 2, 1e-5);
    }
}

// A zig-zag along y = 200 from x = 50 to 550: vertices every `period` / 2 pixels, `amplitude`
// above and below the axis in turn.
std::vector<Point2> zigzag(float amplitude, float period) {
    std::vector<Point2> line;
    for (int i = 0; 50 + float(i) * period / 2 <= 550; ++i)
        line.push_back({50 + float(i) * period / 2, 200 + (i % 2 ? amplitude : -amplitude)});
    return line;
}

TEST(LineLabels, AZigZagTooTightForTheTextGetsNone) {
    // 10 px either side of its axis: further than 0.3 x 12 px from any chord.
    EXPECT_FALSE(along(zigzag(10, 20)));
    EXPECT_FALSE(along(zigzag(10, 60)));
    // The same line with a 1 px wobble is straight enough, and the label is level.
    const std::optional<RotatedBox> wobble = along(zigzag(1, 20));
    ASSERT_TRUE(wobble);
    EXPECT_NEAR(wobble->angle, 0.0f, 0.03f);
    EXPECT_NEAR(wobble->cy, 200, 1.5f);
}

TEST(LineLabels, ALineShorterThanTheTextAndItsMarginGetsNone) {
    // The chord must reach the text's width plus its height (half a height spare at each end).
    EXPECT_FALSE(along({{200, 200}, {200 + kWidth + kHeight - 1, 200}}));
    EXPECT_TRUE(along({{200, 200}, {200 + kWidth + kHeight + 1, 200}}));
    // Long enough in all but too bent: a hairpin whose arms are each too short.
    EXPECT_FALSE(along({{200, 200}, {290, 200}, {200, 210}}));
}

TEST(LineLabels, TheStraightStretchNearestTheMiddleIsTaken) {
    // Straight from x = 0 to 250, a sharp bend, then straight again from 300 to 500: the middle
    // of the line is near the bend, where nothing fits; the nearest straight stretch is used.
    const std::optional<RotatedBox> box = along({{10, 200}, {250, 200}, {275, 150}, {300, 200}, {500, 200}});
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->angle, 0.0f, 1e-5);
    EXPECT_NEAR(box->cy, 200, 0.01);
    EXPECT_TRUE(box->cx + kWidth / 2 < 250 || box->cx - kWidth / 2 > 300) << box->cx;
    EXPECT_TRUE(std::abs(box->cx - 250 + 56) < 3 || std::abs(box->cx - 300 - 56) < 3)
        << "next to the bend: " << box->cx;
}

TEST(LineLabels, OnlyTheStretchesInsideTheAreaAndAcceptedAreUsed) {
    // The line runs far off the area to the right; its label lies in the part seen.
    const std::optional<RotatedBox> box = along({{100, 200}, {5000, 200}});
    ASSERT_TRUE(box);
    EXPECT_NEAR(box->cx, 350, 1.0f) << "the middle of the part inside the area";
    EXPECT_TRUE(box->bound().inside(kArea));
    // A taken middle: the next free stretch out from it.
    const PixelBox taken{300, 150, 400, 250};
    const std::optional<RotatedBox> beside =
        placeAlongLine(std::vector<Point2>{{100, 200}, {600, 200}}, kWidth, kHeight, kArea,
                       [&](const RotatedBox& b) { return !b.bound().overlaps(taken); });
    ASSERT_TRUE(beside);
    EXPECT_TRUE(beside->bound().x1 <= 300 || beside->bound().x0 >= 400) << beside->cx;
    EXPECT_FALSE(placeAlongLine(std::vector<Point2>{{100, 200}, {600, 200}}, kWidth, kHeight, kArea,
                                [](const RotatedBox&) { return false; }));
}

TEST(RotatedBoxes, CrossingBoxesOverlapAndParallelOnesApartDoNot) {
    const float turn = 0.5f;  // about 29 degrees
    const RotatedBox a{100, 100, 50, 6, turn};
    // An X: the same centre, turned the other way.
    EXPECT_TRUE(a.overlaps(RotatedBox{100, 100, 50, 6, -turn}));
    // Crossing away from the centres: the second box's middle lies on the first's far end.
    EXPECT_TRUE(a.overlaps(RotatedBox{100 + 45 * std::cos(turn), 100 + 45 * std::sin(turn), 30, 4, 1.4f}));
    // Side by side along the same direction, 13 px apart across it (their half heights sum to 12):
    // their bounds overlap widely, the boxes do not.
    const float nx = -std::sin(turn), ny = std::cos(turn);
    const RotatedBox apart{100 + 13 * nx, 100 + 13 * ny, 50, 6, turn};
    EXPECT_TRUE(a.bound().overlaps(apart.bound()));
    EXPECT_FALSE(a.overlaps(apart));
    EXPECT_FALSE(apart.overlaps(a));
    // 11 px apart they do.
    EXPECT_TRUE(a.overlaps(RotatedBox{100 + 11 * nx, 100 + 11 * ny, 50, 6, turn}));
    // End to end along the direction with a gap: apart.
    const float ux = std::cos(turn), uy = std::sin(turn);
    EXPECT_FALSE(a.overlaps(RotatedBox{100 + 101 * ux, 100 + 101 * uy, 50, 6, turn}));
    EXPECT_TRUE(a.overlaps(RotatedBox{100 + 99 * ux, 100 + 99 * uy, 50, 6, turn}));
}

TEST(RotatedBoxes, ATurnedBoxBesideTheCornerOfAnUnturnedOneIsApart) {
    const RotatedBox square = RotatedBox::of(PixelBox{0, 0, 10, 10});
    // Across the square's corner (10, 10), 45 degrees to its sides, 1.5 half heights away.
    const float d = 1.5f / std::sqrt(2.0f);
    const RotatedBox diagonal{10 + d, 10 + d, 5, 1, -std::numbers::pi_v<float> / 4};
    EXPECT_TRUE(square.bound().overlaps(diagonal.bound())) << "a bounds test would say they meet";
    EXPECT_FALSE(square.overlaps(diagonal));
    EXPECT_FALSE(diagonal.overlaps(square));
    const RotatedBox closer{10, 10, 5, 1, -std::numbers::pi_v<float> / 4};
    EXPECT_TRUE(square.overlaps(closer));
    // Corners: in order around the box, the bound holding them.
    const std::array<Point2, 4> corners = RotatedBox{0, 0, 2, 1, std::numbers::pi_v<float> / 2}.corners();
    EXPECT_NEAR(corners[0].x, 1, 1e-5);
    EXPECT_NEAR(corners[0].y, -2, 1e-5);
    EXPECT_NEAR(corners[2].x, -1, 1e-5);
    EXPECT_NEAR(corners[2].y, 2, 1e-5);
    const PixelBox bound = RotatedBox{0, 0, 2, 1, std::numbers::pi_v<float> / 2}.bound();
    EXPECT_NEAR(bound.x1, 1, 1e-5);
    EXPECT_NEAR(bound.y1, 2, 1e-5);
}

// Lines in map units (y up), named L0, L1, ...
Layer lines(const std::vector<std::vector<std::pair<double, double>>>& shapes) {
    Layer layer;
    layer.geometry.kind = GeometryKind::Line;
    Column& name = layer.attributes.addColumn("name", FieldType::String);
    for (size_t i = 0; i < shapes.size(); ++i) {
        for (auto [x, y] : shapes[i]) layer.geometry.addVertex(x, y);
        layer.geometry.endRing();
        layer.geometry.endPart();
        layer.geometry.endFeature();
        name.appendString("L" + std::to_string(i) + "-railway");  // 10 characters: 100 px
    }
    return layer;
}

TEST(LineLabels, PlacedLabelsRunAlongTheirLinesAndNeverOverlap) {
    // Six parallel lines rising at 30 degrees, 1 unit (10 px) apart: their labels, 12 px high,
    // cannot all sit at the lines' middles.
    std::vector<std::vector<std::pair<double, double>>> shapes;
    const double c = std::cos(std::numbers::pi / 6), s = std::sin(std::numbers::pi / 6);
    for (int i = 0; i < 6; ++i) shapes.push_back({{-s * i, c * i}, {-s * i + 40 * c, c * i + 40 * s}});
    const Layer layer = lines(shapes);
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> candidates = labelCandidates(layer, style);
    const LabelLayer labels{&candidates, &layer.geometry, &style, 0};
    const Camera camera = cameraOver(-5, -2, 38, 25, 430, 270);  // 10 px a unit
    const PixelBox area{0, 0, 430, 270}, legend{330, 0, 430, 60};
    const std::vector<PlacedLabel> placed = placeLabels({labels}, camera, 1.0f, fixedWidth, {legend}, area);
    ASSERT_GE(placed.size(), 2u);
    for (size_t i = 0; i < placed.size(); ++i) {
        // The map's y goes up, the image's down: rising lines turn their text anticlockwise.
        EXPECT_NEAR(placed[i].angle, -std::numbers::pi / 6, 1e-3) << placed[i].text;
        EXPECT_FLOAT_EQ(placed[i].width, 100.0f);
        EXPECT_FLOAT_EQ(placed[i].height, 12.0f);
        const RotatedBox box = placed[i].textBox();
        EXPECT_TRUE(placed[i].box.inside(area));
        EXPECT_FALSE(box.overlaps(RotatedBox::of(legend))) << placed[i].text;
        // Centred on its own line: the label's centre is on it.
        const int line = placed[i].text[1] - '0';
        double x = 0, y = 0;
        camera.pixelToMap(box.cx, box.cy, x, y);
        EXPECT_NEAR((x + s * line) * s - (y - c * line) * c, 0.0, 0.05) << placed[i].text;
        for (size_t j = i + 1; j < placed.size(); ++j)
            EXPECT_FALSE(box.overlaps(placed[j].textBox())) << placed[i].text << " / " << placed[j].text;
    }
}

TEST(LineLabels, ALineTooShortOnScreenIsNotLabelledElsewhere) {
    const Layer layer = lines({{{0, 0}, {5, 0}}, {{0, 5}, {20, 5}}});
    LabelStyle style;
    style.field = "name";
    const std::vector<LabelCandidate> candidates = labelCandidates(layer, style);
    ASSERT_EQ(candidates.size(), 2u);
    EXPECT_EQ(candidates[0].text, "L1-railway") << "the longer line first";
    const LabelLayer labels{&candidates, &layer.geometry, &style, 0};
    const Camera camera = cameraOver(-2, -2, 22, 7, 240, 90);  // 10 px a unit: 50 and 200 px
    const std::vector<PlacedLabel> placed =
        placeLabels({labels}, camera, 1.0f, fixedWidth, {}, PixelBox{0, 0, 240, 90});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].text, "L1-railway");
    EXPECT_FLOAT_EQ(placed[0].angle, 0.0f);
}

}  // namespace
}  // namespace bashu
