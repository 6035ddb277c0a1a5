#pragma once
// A map document built and exported through the PNG path, read back, with the pixel under a
// longitude and latitude: for render tests that check where things are drawn.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "export/render_scene.h"
#include "io/image_reader.h"

namespace bashu::testing {

struct ExportedMap {
    MapScene scene;
    Camera camera;
    Image image;
};

/// `document` exported to `png` at width x height, without legend, scale bar or north arrow; a
/// step that fails fails the test.
inline ExportedMap exportForTest(const MapDocument& document, int width, int height, const std::string& png) {
    ExportedMap e;
    Result<MapScene> scene = buildScene(document);
    EXPECT_TRUE(scene.ok()) << scene.error().message;
    if (!scene.ok()) return e;
    e.scene = std::move(*scene);
    ExportOptions options;
    options.width = width;
    options.height = height;
    options.legend = options.scaleBar = options.northArrow = false;
    e.camera = fitCamera(e.scene, options);
    std::string warning;
    EXPECT_TRUE(exportMap(e.scene, options, *exportTarget(png), &warning).ok());
    Result<Image> image = readImage(png);
    EXPECT_TRUE(image.ok()) << image.error().message;
    if (image.ok()) e.image = std::move(*image);
    return e;
}

/// The pixel `dx`, `dy` from where a longitude and latitude are drawn.
inline Rgba8 pixelAtLonLat(const ExportedMap& e, double lon, double lat, int dx = 0, int dy = 0) {
    double x = lon, y = lat, px = 0, py = 0;
    e.scene.fromLonLat(x, y);
    e.camera.mapToPixel(x, y, px, py);
    return e.image.pixel(int(px) + dx, int(py) + dy);
}

}  // namespace bashu::testing
