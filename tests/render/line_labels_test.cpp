// A line's label on a PNG export: its glyphs drawn along the line, turned to it, on its middle.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numbers>
#include <tuple>

#include "export/render_scene.h"
#include "gl_context.h"
#include "io/image_reader.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

// Where the dark pixels of an image lie: their count, centre, principal direction (radians, y
// down, in (-pi/2, pi/2]) and standard deviations along and across it.
struct Ink {
    size_t count = 0;
    double cx = 0, cy = 0, angle = 0, along = 0, across = 0;
};

Ink darkPixels(const Image& image, const std::function<void(int, int)>& each) {
    Ink ink;
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const Rgba8 p = image.pixel(x, y);
            // The label is black; the line light blue, the halo and the background white.
            if (p.r > 90 || p.g > 90 || p.b > 90) continue;
            each(x, y);
            ++ink.count;
            sx += x;
            sy += y;
            sxx += double(x) * x;
            syy += double(y) * y;
            sxy += double(x) * y;
        }
    if (ink.count == 0) return ink;
    const double n = double(ink.count);
    ink.cx = sx / n;
    ink.cy = sy / n;
    const double vxx = sxx / n - ink.cx * ink.cx, vyy = syy / n - ink.cy * ink.cy,
                 vxy = sxy / n - ink.cx * ink.cy;
    ink.angle = 0.5 * std::atan2(2 * vxy, vxx - vyy);
    const double mean = 0.5 * (vxx + vyy), half = std::sqrt(0.25 * (vxx - vyy) * (vxx - vyy) + vxy * vxy);
    ink.along = std::sqrt(mean + half);
    ink.across = std::sqrt(std::max(0.0, mean - half));
    return ink;
}

struct Exported {
    Image image;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the line's ends in pixels
};

// One straight line from (lon0, lat0) to (lon1, lat1), light blue and labelled in black, on white,
// exported to PNG without furniture.
Exported exportLine(double lon0, double lat0, double lon1, double lat1) {
    const testing::TempFolder folder("bashu-line-labels-render");
    const fs::path& dir = folder.path();
    std::ofstream(dir / "line.geojson") << R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "成渝高速铁路"}, "geometry": {"type": "LineString", "coordinates": [[)"
                                        << lon0 << ", " << lat0 << "], [" << lon1 << ", " << lat1 << "]]}}]}";
    MapDocument document;
    document.background = Rgba8{255, 255, 255, 255};
    LayerSpec layer;
    layer.source = (dir / "line.geojson").string();
    layer.stroke.color = Rgba8{0x9e, 0xca, 0xe1, 255};
    layer.stroke.width = 3;
    layer.label.field = "name";
    layer.label.size = 18;
    layer.label.color = Rgba8{0, 0, 0, 255};
    document.layers.push_back(layer);
    Result<MapScene> scene = buildScene(document);
    Exported e;
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    if (!scene) return e;
    ExportOptions options;
    options.width = 800;
    options.height = 600;
    options.legend = options.scaleBar = options.northArrow = false;
    const Camera camera = fitCamera(*scene, options);
    const std::string png = (dir / "line.png").string();
    std::string warning;
    EXPECT_TRUE(exportMap(*scene, options, *exportTarget(png), &warning).ok());
    Result<Image> image = readImage(png);
    EXPECT_TRUE(image.ok()) << image.error().message;
    if (image) e.image = std::move(*image);
    for (auto [lon, lat, px, py] :
         {std::tuple{lon0, lat0, &e.x0, &e.y0}, std::tuple{lon1, lat1, &e.x1, &e.y1}}) {
        double x = lon, y = lat;
        scene->fromLonLat(x, y);
        camera.mapToPixel(x, y, *px, *py);
    }
    return e;
}

// Checks that the label's ink lies on the line, runs along it and sits on its middle.
void expectLabelAlongTheLine(const Exported& e) {
    const double length = std::hypot(e.x1 - e.x0, e.y1 - e.y0);
    const double ux = (e.x1 - e.x0) / length, uy = (e.y1 - e.y0) / length;
    double farthest = 0;
    const Ink ink = darkPixels(e.image, [&](int x, int y) {
        farthest = std::max(farthest, std::abs((x - e.x0) * uy - (y - e.y0) * ux));
    });
    // Six 18 px glyphs: well over a few hundred dark pixels.
    ASSERT_GT(ink.count, 300u);
    EXPECT_LT(farthest, 14.0) << "every glyph pixel within the text's half height of the line";
    // The ink runs along the line: its long axis is the line's direction (as an axis), and it is
    // long and thin, as a row of six glyphs is.
    const double lineAngle = std::atan2(uy, ux);
    EXPECT_LT(std::abs(std::remainder(ink.angle - lineAngle, std::numbers::pi)), 3 * std::numbers::pi / 180)
        << "ink at " << ink.angle * 180 / std::numbers::pi << " degrees, the line at "
        << lineAngle * 180 / std::numbers::pi;
    EXPECT_GT(ink.along, 5 * ink.across);
    EXPECT_GT(ink.along, 25.0) << "six glyphs' length, not a blot";
    // On the line's middle.
    EXPECT_NEAR(ink.cx, 0.5 * (e.x0 + e.x1), 8.0);
    EXPECT_NEAR(ink.cy, 0.5 * (e.y0 + e.y1), 8.0);
}

TEST(LineLabelsExport, ARisingLinesLabelIsDrawnAlongIt) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Exported e = exportLine(104.0, 29.5, 107.0, 31.5);
    ASSERT_LT(e.y1, e.y0) << "rising on the image";
    expectLabelAlongTheLine(e);
}

TEST(LineLabelsExport, ALineDrawnRightToLeftGetsTheSameUprightLabel) {
    ASSERT_TRUE(testing::headlessContextReady());
    // Falling to the right on the image, drawn from its right end.
    const Exported backwards = exportLine(107.0, 29.5, 104.0, 31.2);
    expectLabelAlongTheLine(backwards);
    // Drawn the other way the label is the same: a label turned half a turn (upside down) would
    // put its ink elsewhere.
    const Exported forwards = exportLine(104.0, 31.2, 107.0, 29.5);
    size_t same = 0, differ = 0;
    for (int y = 0; y < forwards.image.height; ++y)
        for (int x = 0; x < forwards.image.width; ++x) {
            const Rgba8 a = forwards.image.pixel(x, y), b = backwards.image.pixel(x, y);
            const bool darkA = a.r < 90 && a.g < 90 && a.b < 90, darkB = b.r < 90 && b.g < 90 && b.b < 90;
            if (darkA && darkB) ++same;
            if (darkA != darkB) ++differ;
        }
    EXPECT_GT(same, 300u);
    EXPECT_LT(differ, same / 20);
    // Which way up: CJK glyphs' ink sits low in the text's box (the box reaches the font's ascent,
    // above the glyphs' tops), so upright text along a line falling to the right has its ink
    // centre on the line's lower-left side, towards the text's foot.
    const double length = std::hypot(forwards.x1 - forwards.x0, forwards.y1 - forwards.y0);
    const double ux = (forwards.x1 - forwards.x0) / length, uy = (forwards.y1 - forwards.y0) / length;
    ASSERT_GT(ux, 0.0);
    const Ink ink = darkPixels(forwards.image, [](int, int) {});
    // Across the reading direction towards the text's foot: (-uy, ux) turns it clockwise, y down.
    const double towardsFoot = (ink.cx - forwards.x0) * -uy + (ink.cy - forwards.y0) * ux;
    EXPECT_GT(towardsFoot, 1.0) << "upright; upside down it would be as far the other way";
}

}  // namespace
}  // namespace bashu
