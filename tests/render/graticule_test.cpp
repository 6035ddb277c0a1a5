// The graticule on a PNG export: its lines where their degrees project to, nothing between them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "gl_context.h"
#include "io/image_reader.h"
#include "scene/render_scene.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

struct Exported {
    MapScene scene;
    Camera camera;
    Image image;
};

// A white square from 104 to 107 E and 29.5 to 31.5 N on white, exported through the PNG path.
Exported exportSquare(bool graticule) {
    const fs::path dir = fs::temp_directory_path() / "bashu-graticule-render";
    fs::create_directories(dir);
    std::ofstream(dir / "square.geojson") << R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[104, 29.5], [107, 29.5], [107, 31.5], [104, 31.5], [104, 29.5]]]}}]})";
    MapDocument document;
    LayerSpec layer;
    layer.source = (dir / "square.geojson").string();
    layer.fill.color = Rgba8{255, 255, 255, 255};
    layer.stroke.width = 0;
    document.layers.push_back(layer);
    document.graticule.shown = graticule;
    document.graticule.interval = 1;
    Exported e;
    Result<MapScene> scene = buildScene(document);
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    e.scene = std::move(*scene);
    ExportOptions options;
    options.width = 800;
    options.height = 600;
    options.legend = options.scaleBar = options.northArrow = false;
    e.camera = fitCamera(e.scene, options);
    const std::string png = (dir / (graticule ? "on.png" : "off.png")).string();
    std::string warning;
    EXPECT_TRUE(exportMap(e.scene, options, png, &warning).ok());
    Result<Image> image = readImage(png);
    EXPECT_TRUE(image.ok()) << image.error().message;
    e.image = std::move(*image);
    return e;
}

Rgba8 pixelAt(const Exported& e, double lon, double lat, int dx = 0, int dy = 0) {
    double x = lon, y = lat, px = 0, py = 0;
    e.scene.fromLonLat(x, y);
    e.camera.mapToPixel(x, y, px, py);
    return e.image.pixel(int(px) + dx, int(py) + dy);
}

bool grey(Rgba8 p) { return p.r < 235 && p.r == p.g && p.g == p.b; }

TEST(GraticuleExport, LinesAreDrawnOnTheirDegreesAndNowhereElse) {
    ASSERT_TRUE(testing::headlessContextReady());
    const Exported on = exportSquare(true), off = exportSquare(false);
    // On 105°E and on 30°N, inside the square: grey with the graticule, white without.
    for (const auto& [lon, lat] : {std::pair{105.0, 30.3}, std::pair{105.6, 30.0}, std::pair{106.0, 31.2}}) {
        EXPECT_TRUE(grey(pixelAt(on, lon, lat))) << lon << " " << lat;
        EXPECT_EQ(pixelAt(off, lon, lat), (Rgba8{255, 255, 255, 255})) << lon << " " << lat;
    }
    // Half a degree from every line: white either way.
    EXPECT_EQ(pixelAt(on, 105.5, 30.5), (Rgba8{255, 255, 255, 255}));
    EXPECT_EQ(pixelAt(on, 104.5, 29.7), (Rgba8{255, 255, 255, 255}));
    // Thin: four pixels beside 105°E is off the line.
    EXPECT_EQ(pixelAt(on, 105.0, 30.3, 4, 0), (Rgba8{255, 255, 255, 255}));
    EXPECT_EQ(pixelAt(on, 105.0, 30.3, -4, 0), (Rgba8{255, 255, 255, 255}));
}

}  // namespace
}  // namespace bashu
