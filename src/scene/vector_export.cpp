#include "scene/vector_export.h"

#include <memory>

#include "scene/map_font.h"
#include "scene/map_furniture.h"
#include "scene/map_layout.h"
#include "scene/pdf_canvas.h"
#include "scene/svg_canvas.h"

namespace bashu {

Result<std::unique_ptr<VectorCanvas>> vectorCanvas(VectorFormat format, const ExportOptions& options,
                                                   const FontFace* font) {
    switch (format) {
        case VectorFormat::Svg:
            return std::unique_ptr<VectorCanvas>(std::make_unique<SvgCanvas>(
                options.width, options.height, options.dpi, font ? font->familyName() : std::string()));
        case VectorFormat::Pdf: {
            Result<std::unique_ptr<PdfCanvas>> pdf = PdfCanvas::create(
                options.width, options.height, options.dpi, font ? &font->location() : nullptr);
            if (!pdf) return pdf.error();
            return std::unique_ptr<VectorCanvas>(std::move(*pdf));
        }
    }
    return Error{"unknown vector format"};
}

Result<std::string> vectorMapDocument(const MapScene& scene, const ExportOptions& options,
                                      VectorFormat format, const Image& mapPixels, std::string* warning,
                                      VectorMapStats* stats) {
    const MapLayout layout = layoutFor(scene, options.width, options.height, options.pixelScale);
    const Camera camera = fitCamera(scene, layout);
    const Result<FontFace>& font = mapFont();
    Result<std::unique_ptr<VectorCanvas>> created = vectorCanvas(format, options, font ? &*font : nullptr);
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
    if (!font) {
        if (warning) *warning = "no title, legend, scale bar or north arrow drawn: " + font.error().message;
    } else {
        if (warning && !font->location().coversChinese) *warning = missingChineseWarning(font->location());
        drawMapOverlay(*canvas, mapPixels, scene, layout, camera, options, *font);
    }
    return canvas->finish();
}

}  // namespace bashu
