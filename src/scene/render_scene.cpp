#include "scene/render_scene.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

#include "io/image_writer.h"
#include "render/offscreen_target.h"
#include "scene/map_furniture.h"
#include "scene/map_layout.h"

namespace bashu {

namespace {
// Finding and opening the font costs tens of milliseconds; do it once per process.
const Result<FontFace>& mapFont() {
    static const Result<FontFace> font = []() -> Result<FontFace> {
        Result<FontLocation> location = findMapFont();
        if (!location) return location.error();
        return FontFace::load(*location);
    }();
    return font;
}
}  // namespace

Camera fitCamera(const MapScene& scene, const ExportOptions& options) {
    return fitCamera(scene, layoutFor(scene, options.width, options.height, options.pixelScale));
}

Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale) {
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) return renderer.error();
    std::vector<LayerPaint> paints;
    for (const SceneLayer& layer : scene.layers) {
        uploadSceneLayer(*renderer, layer);
        paints.push_back(layer.paint);
    }
    Result<OffscreenTarget> target = OffscreenTarget::create(camera.width, camera.height, 4);
    if (!target) return target.error();
    target->bind();
    renderer->draw(camera, paints, scene.document.background, pixelScale);
    return target->read();
}

Result<Image> renderMapExport(const MapScene& scene, const ExportOptions& options, std::string* warning) {
    const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    const Camera camera = fitCamera(scene, layout);
    Result<Image> image = renderSceneImage(scene, camera, options.pixelScale);
    if (!image) return image;
    const Result<FontFace>& font = mapFont();
    if (!font) {
        if (warning) *warning = "no title, legend, scale bar or north arrow drawn: " + font.error().message;
    } else {
        if (warning && !font->location().coversChinese)
            *warning = "the font found (" + font->location().path +
                       ") has no Chinese characters; install fonts-noto-cjk";
        // Labels after the furniture, so they know where it is and keep clear of it.
        const std::vector<PixelBox> furniture = drawFurniture(*image, scene, layout, camera, options, *font);
        const PixelBox mapArea{0, 0, float(options.width), float(options.height)};
        auto measure = [&](const std::string& text, float size) {
            return std::pair{font->measure(text, size), 1.25f * font->ascent(size)};
        };
        drawLabels(*image, placeSceneLabels(scene, camera, options.pixelScale, measure, furniture, mapArea),
                   *font);
    }
    return image;
}

namespace {
std::string lowerExtension(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}
bool isGeoTiff(const std::string& extension) { return extension == ".tif" || extension == ".tiff"; }
}  // namespace

Status checkExportPath(const std::string& path) {
    const std::string extension = lowerExtension(path);
    if (extension == ".png" || isGeoTiff(extension)) return Ok{};
    return Error{path + ": cannot write '" + extension + "' images (use .png, or .tif for a GeoTIFF)"};
}

Status exportMap(const MapScene& scene, const ExportOptions& options, const std::string& path,
                 std::string* warning) {
    if (Status format = checkExportPath(path); !format) return format;
    if (isGeoTiff(lowerExtension(path))) {
        // The map alone, every pixel of it on the map: no title band, no furniture.
        MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
        layout.titleBand = 0;
        layout.margin = 0;
        const Camera camera = fitCamera(scene, layout);
        Result<Image> image = renderSceneImage(scene, camera, options.pixelScale);
        if (!image) return image.error();
        double left = 0, top = 0;
        camera.pixelToMap(0, 0, left, top);
        return writeGeoTiff(
            *image, GeoReference{left, top, camera.unitsPerPixel, camera.unitsPerPixel, scene.mapCrs}, path);
    }
    Result<Image> image = renderMapExport(scene, options, warning);
    if (!image) return image.error();
    return writePng(*image, path, options.dpi);
}

}  // namespace bashu
