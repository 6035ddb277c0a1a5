// The graticule on a PNG export: its lines where their degrees project to, nothing between them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "exported_map.h"
#include "gl_context.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

using testing::ExportedMap;

// A white square from 104 to 107 E and 29.5 to 31.5 N on white, exported through the PNG path.
ExportedMap exportSquare(bool graticule) {
    const testing::TempFolder folder("bashu-graticule-render");
    const fs::path& dir = folder.path();
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
    return testing::exportForTest(document, 800, 600, (dir / (graticule ? "on.png" : "off.png")).string());
}

Rgba8 pixelAt(const ExportedMap& e, double lon, double lat, int dx = 0, int dy = 0) {
    return testing::pixelAtLonLat(e, lon, lat, dx, dy);
}

bool grey(Rgba8 p) { return p.r < 235 && p.r == p.g && p.g == p.b; }

TEST(GraticuleExport, LinesAreDrawnOnTheirDegreesAndNowhereElse) {
    ASSERT_TRUE(testing::headlessContextReady());
    const ExportedMap on = exportSquare(true), off = exportSquare(false);
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
