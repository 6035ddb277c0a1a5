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

// The map body drawn again into pixels, on the CPU: the legend goes to the corner where it hides
// least of the map, judged on these, so a vector export needs no GL context. Empty if Cairo
// cannot make the image (the legend then keeps its usual corner).
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
    const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    const Camera camera = fitCamera(scene, layout);
    const FontFace* font = usableMapFont(warning);
    Result<std::unique_ptr<VectorCanvas>> created = vectorCanvas(format, options, font);
    if (!created) return created.error();
    std::unique_ptr<VectorCanvas> canvas = std::move(*created);
    if (scene.document.background.a > 0)
        canvas->fillRect(0, 0, float(options.width), float(options.height), scene.document.background);
    // The map shows between the title band and the note band, which frame it as on the PNG.
    PixelBox area{0, 0, float(options.width), float(options.height)};
    if (!scene.document.title.empty()) area.y0 = layout.margin + layout.titleBand;
    if (!scene.document.note.empty()) area.y1 = furnitureBottom(layout);
    const VectorMapStats drawn = drawMapVectors(*canvas, scene, camera, options.pixelScale, area);
    if (stats) *stats = drawn;
    if (font) {
        const Image mapPixels = mapBodyPixels(scene, options, camera, area);
        drawMapOverlay(*canvas, mapPixels, scene, layout, camera, options, *font);
    }
    return canvas->finish();
}

}  // namespace bashu
