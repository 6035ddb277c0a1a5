#include "export/vector_export.h"

#include <memory>

#include "canvas/cairo_canvas.h"
#include "canvas/svg_canvas.h"
#include "carto/map_font.h"
#include "carto/map_furniture.h"
#include "carto/map_layout.h"

namespace bashu {

Result<std::unique_ptr<VectorCanvas>> vectorCanvas(VectorFormat format, const ExportOptions& options,
                                                   const FontFace* font) {
    switch (format) {
        case VectorFormat::Svg:
            return std::unique_ptr<VectorCanvas>(std::make_unique<SvgCanvas>(
                options.width, options.height, options.dpi, font ? font->familyName() : std::string()));
        case VectorFormat::Pdf: {
            Result<std::unique_ptr<CairoCanvas>> pdf = CairoCanvas::createPdf(
                options.width, options.height, options.dpi, font ? &font->location() : nullptr);
            if (!pdf) return pdf.error();
            return std::unique_ptr<VectorCanvas>(std::move(*pdf));
        }
    }
    return Error{"unknown vector format"};
}

namespace {

// The map shows between the title band and the note band, left of the legend's column: they
// frame it as on the PNG.
PixelBox mapBodyArea(const MapScene& scene, const ExportOptions& options, const MapLayout& layout) {
    PixelBox area{0, 0, float(options.width) - layout.legendColumn, float(options.height)};
    if (!scene.document.title.empty()) area.y0 = layout.margin + layout.titleBand;
    if (!scene.document.note.empty()) area.y1 = furnitureBottom(layout);
    return area;
}

// The map body drawn again into pixels, on the CPU: the legend goes where it hides none of the
// map, judged on these, so a vector export needs no GL context. Empty if Cairo cannot make the
// image (the legend then keeps its usual corner).
Image mapBodyPixels(const MapScene& scene, const ExportOptions& options, const Camera& camera,
                    const PixelBox& area) {
    Result<std::unique_ptr<CairoCanvas>> raster = CairoCanvas::createImage(options.width, options.height);
    if (!raster) return Image{};
    (*raster)->fillRect(0, 0, float(options.width), float(options.height), scene.document.background);
    drawMapVectors(**raster, scene, camera, options.pixelScale, area);
    return (*raster)->pixels();
}

}  // namespace

Result<std::string> vectorMapDocument(const MapScene& scene, const ExportOptions& options,
                                      VectorFormat format, std::string* warning, VectorMapStats* stats) {
    MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    Camera camera = fitCamera(scene, layout);
    const FontFace* font = usableMapFont(warning);
    // The map as pixels, where the legend goes where it hides nothing, or beside the map.
    PixelBox area = mapBodyArea(scene, options, layout);
    Image mapPixels;
    if (font) {
        mapPixels = mapBodyPixels(scene, options, camera, area);
        if (MapLayout beside = withRoomForLegend(layout, mapPixels, scene, camera, options, *font);
            beside.legendColumn != layout.legendColumn) {
            layout = beside;
            camera = fitCamera(scene, layout);
            area = mapBodyArea(scene, options, layout);
            mapPixels = Image{};  // the legend's place is its column
        }
    }
    Result<std::unique_ptr<VectorCanvas>> created = vectorCanvas(format, options, font);
    if (!created) return created.error();
    std::unique_ptr<VectorCanvas> canvas = std::move(*created);
    if (scene.document.background.a > 0)
        canvas->fillRect(0, 0, float(options.width), float(options.height), scene.document.background);
    const VectorMapStats drawn = drawMapVectors(*canvas, scene, camera, options.pixelScale, area);
    if (stats) *stats = drawn;
    if (font) drawMapOverlay(*canvas, mapPixels, scene, layout, camera, options, *font);
    return canvas->finish();
}

}  // namespace bashu
