// The furniture drawn on a CPU image (no GL): where each piece lands, that none covers another,
// and that it scales with pixelScale.
#include "carto/map_furniture.h"

#include <gtest/gtest.h>

#include "canvas/image_canvas.h"
#include "export/render_scene.h"
#include "support/scene_fixture.h"

namespace bashu {
namespace {

struct Bounds {
    int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;  // inclusive; empty while x1 < x0
    bool empty() const { return x1 < x0; }
    bool overlaps(const Bounds& o) const { return x0 <= o.x1 && o.x0 <= x1 && y0 <= o.y1 && o.y0 <= y1; }
};

class Furniture : public Scene {
protected:
    void SetUp() override {
        Scene::SetUp();
        Result<FontLocation> location = findMapFont();
        if (!location) GTEST_SKIP() << "no font: " << location.error().message;
        Result<FontFace> loaded = FontFace::load(*location);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        font.emplace(std::move(*loaded));
        Result<MapScene> built = buildScene(document());
        ASSERT_TRUE(built.ok()) << built.error().message;
        scene = std::move(*built);
    }

    // The furniture alone, drawn on a blank image (no map).
    Image drawn(const ExportOptions& options) {
        const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
        Image image;
        image.width = options.width;
        image.height = options.height;
        image.rgba.assign(size_t(options.width) * size_t(options.height) * 4, 255);
        ImageCanvas canvas(image, *font);
        drawFurniture(canvas, image, scene, layout, fitCamera(scene, layout), options, *font);
        return image;
    }

    // The bounding box of the pixels where two drawings differ.
    static Bounds difference(const Image& a, const Image& b) {
        Bounds d;
        for (int y = 0; y < a.height; ++y)
            for (int x = 0; x < a.width; ++x)
                if (a.pixel(x, y) != b.pixel(x, y))
                    d.x0 = std::min(d.x0, x), d.x1 = std::max(d.x1, x), d.y0 = std::min(d.y0, y),
                    d.y1 = std::max(d.y1, y);
        return d;
    }

    // The pixels `options` draws that the same options without the scale bar and arrow do not.
    Bounds scaleAndNorth(ExportOptions options) {
        const Image with = drawn(options);
        options.scaleBar = options.northArrow = false;
        return difference(with, drawn(options));
    }

    // The pixels the legend draws.
    Bounds legendOf(int width, int height) {
        return difference(drawn(only(width, height, true, false, false)),
                          drawn(only(width, height, false, false, false)));
    }

    static ExportOptions only(int width, int height, bool legend, bool scaleBar, bool northArrow) {
        ExportOptions o;
        o.width = width;
        o.height = height;
        o.legend = legend;
        o.scaleBar = scaleBar;
        o.northArrow = northArrow;
        return o;
    }

    std::optional<FontFace> font;
    MapScene scene;
};

TEST_F(Furniture, ScaleBarAndArrowSitLowerLeftApartFromTheLegend) {
    const Bounds legend = legendOf(800, 600);
    const Bounds both = scaleAndNorth(only(800, 600, true, true, true));
    ASSERT_FALSE(legend.empty() || both.empty());
    EXPECT_GT(legend.x0, 400) << "legend lower right";
    EXPECT_LT(both.x1, 400) << "scale bar and arrow lower left";
    EXPECT_GT(both.y0, 300);
    EXPECT_FALSE(both.overlaps(legend));
    // Each can be left out on its own.
    const Bounds bar = scaleAndNorth(only(800, 600, true, true, false));
    const Bounds arrow = scaleAndNorth(only(800, 600, true, false, true));
    ASSERT_FALSE(bar.empty() || arrow.empty());
    EXPECT_LT(bar.y1 - bar.y0, both.y1 - both.y0);
    EXPECT_LT(arrow.y1 - arrow.y0, both.y1 - both.y0);
}

TEST_F(Furniture, OnANarrowImageTheyGoAboveTheLegend) {
    // A wide legend (a long heading) on a narrow image: no room beside it.
    MapDocument d = document();
    d.layers[0].name = "Gross domestic product by unit";
    Result<MapScene> built = buildScene(d);
    ASSERT_TRUE(built.ok()) << built.error().message;
    scene = std::move(*built);
    const Bounds legend = legendOf(240, 600);
    const Bounds both = scaleAndNorth(only(240, 600, true, true, true));
    ASSERT_FALSE(legend.empty() || both.empty());
    EXPECT_LT(both.y1, legend.y0);
}

TEST_F(Furniture, ItScalesWithPixelScale) {
    const Bounds one = scaleAndNorth(only(800, 600, true, true, true));
    ExportOptions twice = only(1600, 1200, true, true, true);
    twice.pixelScale = 2;
    const Bounds two = scaleAndNorth(twice);
    ASSERT_FALSE(one.empty() || two.empty());
    EXPECT_NEAR(two.x1 - two.x0, 2 * (one.x1 - one.x0), 4);
    EXPECT_NEAR(two.y1 - two.y0, 2 * (one.y1 - one.y0), 4);
}

TEST_F(Furniture, LongTextStaysWithinTheImageAndTheNoteSitsUnderTheMap) {
    scene.document.title = std::string(40, 'W') + " 成渝地区双城经济圈 " + std::string(40, 'W');
    scene.document.note = "Data: " + std::string(300, 'x');
    ExportOptions options;
    options.width = 400;
    options.height = 300;
    options.legend = options.scaleBar = options.northArrow = false;
    const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    ASSERT_GT(layout.noteBand, 0.0f);
    const Image image = drawn(options);
    // Nothing drawn in the right margin: the title and the note were shrunk, then cut.
    const Rgba8 white{255, 255, 255, 255};
    for (int y = 0; y < image.height; ++y)
        for (int x = int(float(options.width) - layout.margin) + 1; x < image.width; ++x)
            ASSERT_EQ(image.pixel(x, y), white) << x << ", " << y;
    // The note's text lies in its band, under the map and above the bottom margin.
    Bounds note;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.pixel(x, y) != white && y > image.height / 2)
                note.x0 = std::min(note.x0, x), note.x1 = std::max(note.x1, x),
                note.y0 = std::min(note.y0, y), note.y1 = std::max(note.y1, y);
    ASSERT_FALSE(note.empty());
    EXPECT_GE(float(note.y0), furnitureBottom(layout));
    EXPECT_LE(float(note.y1), float(options.height) - layout.margin);
}

TEST_F(Furniture, ALongNoteTakesTwoLinesInItsBand) {
    ExportOptions options;
    options.width = 400;
    options.height = 300;
    options.legend = options.scaleBar = options.northArrow = false;
    scene.document.note = "Data: a short credit";
    const MapLayout one = layoutFor(scene, options.width, options.height, options.pixelScale);
    EXPECT_EQ(one.noteLines, 1);
    // Sources and the boundaries' limits, too long for one line at this width: two lines, each at
    // the note's size, rather than one shrunk to unreadable print.
    scene.document.note =
        "Data: 4 values from statistics bulletins and yearbooks, 10 from reports of official figures, 16 "
        "from secondary compilations · Boundaries: web-map data, about 2016, simplified; not for survey use";
    const MapLayout two = layoutFor(scene, options.width, options.height, options.pixelScale);
    EXPECT_EQ(two.noteLines, 2);
    EXPECT_GT(two.noteBand, 1.5f * one.noteBand);
    const Image image = drawn(options);
    // Two rows of text in the band: a blank row between two inked ones.
    const Rgba8 white{255, 255, 255, 255};
    std::vector<bool> inked;
    for (int y = int(furnitureBottom(two)); y < image.height; ++y) {
        bool any = false;
        for (int x = 0; x < image.width && !any; ++x) any = image.pixel(x, y) != white;
        inked.push_back(any);
    }
    int runs = 0;
    for (size_t y = 0; y < inked.size(); ++y)
        if (inked[y] && (y == 0 || !inked[y - 1])) ++runs;
    EXPECT_EQ(runs, 2) << "two lines of text";
}

TEST_F(Furniture, TheLegendMovesOffABusyCornerOfTheMap) {
    ExportOptions options;
    options.width = 600;
    options.height = 450;
    options.scaleBar = options.northArrow = false;
    const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    auto legendBox = [&](bool busyLowerRight) {
        Image image;
        image.width = options.width;
        image.height = options.height;
        image.rgba.assign(size_t(options.width) * size_t(options.height) * 4, 255);
        // The map's own drawing: dense features in the lower right half.
        if (busyLowerRight)
            for (int y = options.height / 2; y < options.height; ++y)
                for (int x = options.width / 2; x < options.width; ++x) {
                    uint8_t* p = &image.rgba[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
                    p[0] = 40, p[1] = 90, p[2] = 160;
                }
        scene.document.background = Rgba8{255, 255, 255, 255};
        ImageCanvas canvas(image, *font);
        const std::vector<PixelBox> boxes =
            drawFurniture(canvas, image, scene, layout, fitCamera(scene, layout), options, *font);
        for (const PixelBox& b : boxes)
            if (b.x1 >= float(options.width) - layout.margin - 1 && b.y1 - b.y0 < float(options.height) / 2)
                return b;
        return PixelBox{};
    };
    const PixelBox usual = legendBox(false);
    EXPECT_NEAR(usual.y1, furnitureBottom(layout), 1.0) << "the lower right when nothing is there";
    const PixelBox moved = legendBox(true);
    EXPECT_LT(moved.y1, float(options.height) / 2) << "above the busy half";
}

}  // namespace
}  // namespace bashu
