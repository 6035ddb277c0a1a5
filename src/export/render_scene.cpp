#include "export/render_scene.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "canvas/image_canvas.h"
#include "carto/map_font.h"
#include "carto/map_furniture.h"
#include "carto/map_layout.h"
#include "core/atomic_write.h"
#include "export/vector_export.h"
#include "io/image_writer.h"
#include "render/offscreen_target.h"

namespace bashu {

Camera fitCamera(const MapScene& scene, const ExportOptions& options) {
    return fitCamera(scene, layoutFor(scene, options.width, options.height, options.pixelScale));
}

Result<SceneImages> SceneImages::create(const MapScene& scene) {
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) return renderer.error();
    for (const SceneLayer& layer : scene.layers) uploadSceneLayer(*renderer, layer);
    return SceneImages(std::move(*renderer));
}

Result<SceneImages> SceneImages::uploadAndRelease(MapScene& scene) {
    Result<MapRenderer> renderer = MapRenderer::create();
    if (!renderer) return renderer.error();
    for (SceneLayer& layer : scene.layers) {
        uploadSceneLayer(*renderer, layer);
        // Before the next layer is uploaded: the peak holds one layer's meshes twice at most.
        layer.meshes = LayerMeshes{};
    }
    return SceneImages(std::move(*renderer));
}

Result<Image> SceneImages::render(const MapScene& scene, const Camera& camera, float pixelScale,
                                  int tileSide) {
    std::vector<LayerPaint> paints;
    for (size_t i = 0; i < scene.layers.size() && i < renderer_.layerCount(); ++i) {
        // Colour tables only: the meshes stay as uploaded.
        renderer_.setFeatureColors(i, scene.layers[i].featureColors);
        renderer_.setFeatureSizes(i, scene.layers[i].featureSizes);
        renderer_.setFeatureDashes(i, scene.layers[i].featureDashes);
        paints.push_back(scene.layers[i].paint);
    }
    const int side = std::min(tileSide > 0 ? tileSide : kRenderTileSide, OffscreenTarget::maxSide());
    const int samples = renderer_.needsMultisampling(camera, paints, pixelScale) ? 4 : 0;
    Result<OffscreenTarget> target =
        OffscreenTarget::create(std::min(side, camera.width), std::min(side, camera.height), samples);
    if (!target) return target.error();
    if (target->width() == camera.width && target->height() == camera.height) {
        target->bind();
        renderer_.draw(camera, paints, scene.document.background, pixelScale);
        return target->read();
    }
    // Tile by tile: each tile's camera has the same scale, centred on the map point at the
    // tile's centre, so its pixels are exactly the image's there; lines and dashes run on across
    // tile edges as they are laid out in map units.
    Image image(camera.width, camera.height);
    const size_t rowBytes = size_t(camera.width) * 4;
    for (int top = 0; top < camera.height; top += target->height())
        for (int left = 0; left < camera.width; left += target->width()) {
            Camera tile = camera;
            tile.width = target->width();
            tile.height = target->height();
            camera.pixelToMap(left + 0.5 * tile.width, top + 0.5 * tile.height, tile.centerX, tile.centerY);
            target->bind();
            renderer_.draw(tile, paints, scene.document.background, pixelScale);
            const Image pixels = target->read();
            const int width = std::min(tile.width, camera.width - left);
            const int height = std::min(tile.height, camera.height - top);
            for (int y = 0; y < height; ++y)
                std::copy_n(&pixels.rgba[size_t(y) * size_t(pixels.width) * 4], size_t(width) * 4,
                            &image.rgba[size_t(top + y) * rowBytes + size_t(left) * 4]);
        }
    return image;
}

Result<Image> renderSceneImage(const MapScene& scene, const Camera& camera, float pixelScale) {
    Result<SceneImages> images = SceneImages::create(scene);
    if (!images) return images.error();
    return images->render(scene, camera, pixelScale);
}

Result<Image> renderMapExport(const MapScene& scene, const ExportOptions& options, std::string* warning,
                              Camera* cameraUsed, SceneImages* uploaded) {
    MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    Camera camera = fitCamera(scene, layout);
    std::optional<SceneImages> created;
    if (!uploaded) {
        Result<SceneImages> images = SceneImages::create(scene);
        if (!images) return images.error();
        created.emplace(std::move(*images));
    }
    SceneImages& images = uploaded ? *uploaded : *created;
    Result<Image> image = images.render(scene, camera, options.pixelScale);
    if (!image) return image;
    if (const FontFace* font = usableMapFont(warning)) {
        // A legend that would hide features on the map goes beside it: the map is drawn again,
        // narrower (its meshes are uploaded once).
        if (MapLayout beside = withRoomForLegend(layout, *image, scene, camera, options, *font);
            beside.legendColumn != layout.legendColumn) {
            layout = beside;
            camera = fitCamera(scene, layout);
            image = images.render(scene, camera, options.pixelScale);
            if (!image) return image;
        }
        ImageCanvas canvas(*image, *font);
        drawMapOverlay(canvas, *image, scene, layout, camera, options, *font);
    }
    if (cameraUsed) *cameraUsed = camera;
    return image;
}

Status checkExportSize(int width, int height) {
    if (width < 16 || height < 16 || width > kMaxExportSide || height > kMaxExportSide)
        return Error{"an image of " + std::to_string(width) + "x" + std::to_string(height) +
                     " pixels: exports are 16 to " + std::to_string(kMaxExportSide) + " pixels a side"};
    if (static_cast<long long>(width) * height > kMaxExportPixels)
        return Error{"an image of " + std::to_string(width) + "x" + std::to_string(height) + " pixels (" +
                     std::to_string(static_cast<long long>(width) * height / 1000000) +
                     " million) is more than the " + std::to_string(kMaxExportPixels / 1000000) +
                     " million pixels an export may have"};
    return Ok{};
}

namespace {
// The GeoTIFF's layout: the map alone, every pixel of it on the map (no title band, no margin).
MapLayout geoTiffLayout(const MapScene& scene, const ExportOptions& options) {
    MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    layout.titleBand = 0;
    layout.margin = 0;
    return layout;
}
}  // namespace

void releaseCoordinatesNotDrawn(MapScene& scene, ExportFormat format) {
    if (!drawnThroughGl(format)) return;
    // Labels are placed on the coordinates; the rest of an image comes from the meshes, the legend
    // and the scene's extent. The offsets stay, so the layer still counts its features.
    for (SceneLayer& layer : scene.layers)
        if (layer.labels.empty()) layer.data.geometry.xy = std::vector<double>();
}

Camera exportCamera(const MapScene& scene, const ExportOptions& options, ExportFormat format) {
    return format == ExportFormat::GeoTiff ? fitCamera(scene, geoTiffLayout(scene, options))
                                           : fitCamera(scene, options);
}

Status exportMap(const MapScene& scene, const ExportOptions& options, const ExportTarget& target,
                 std::string* warning, SceneImages* uploaded) {
    const std::string& path = target.path;
    if (Status size = checkExportSize(options.width, options.height); !size)
        return Error{path + ": " + size.error().message};
    switch (target.format) {
        case ExportFormat::GeoTiff: {
            // The map alone, every pixel of it on the map: no title band, no furniture.
            const Camera camera = exportCamera(scene, options, target.format);
            Result<Image> image = uploaded ? uploaded->render(scene, camera, options.pixelScale)
                                           : renderSceneImage(scene, camera, options.pixelScale);
            if (!image) return image.error();
            double left = 0, top = 0;
            camera.pixelToMap(0, 0, left, top);
            return writeGeoTiff(
                *image, GeoReference{left, top, camera.unitsPerPixel, camera.unitsPerPixel, scene.mapCrs},
                path);
        }
        case ExportFormat::Svg:
        case ExportFormat::Pdf: {
            // No GL here: a vector export works without a context.
            const VectorFormat vector =
                target.format == ExportFormat::Pdf ? VectorFormat::Pdf : VectorFormat::Svg;
            Result<std::string> document = vectorMapDocument(scene, options, vector, warning);
            if (!document) return Error{path + ": " + document.error().message};
            return writeTextFileAtomically(path, *document);
        }
        case ExportFormat::Png:
            break;
    }
    Result<Image> image = renderMapExport(scene, options, warning, nullptr, uploaded);
    if (!image) return image.error();
    return writePng(*image, path, options.dpi);
}

}  // namespace bashu
