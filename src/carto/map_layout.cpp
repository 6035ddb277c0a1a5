#include "carto/map_layout.h"

#include <algorithm>
#include <cmath>

#include "carto/map_font.h"
#include "carto/text_wrap.h"
#include "scene/value_sources.h"

namespace bashu {

MapLayout layoutFor(const MapScene& scene, int width, int height, float pixelScale) {
    MapLayout layout;
    layout.width = width;
    layout.height = height;
    layout.pixelScale = pixelScale;
    const float base = float(std::min(width, height));
    layout.margin = 0.03f * base;
    // Text grows with the image, so any size reads the same; the smallest readable sizes grow
    // with pixelScale like the lines do, so a small image at 2x still gets 2x text.
    layout.titleSize = std::max(12.0f * pixelScale, 0.034f * base);
    layout.subtitleSize = std::max(10.0f * pixelScale, 0.019f * base);
    layout.legendSize = std::max(10.0f * pixelScale, 0.019f * base);
    layout.noteSize = std::max(8.0f * pixelScale, 0.014f * base);
    layout.labelScale = std::max(pixelScale, base / 768.0f);
    // A title, subtitle or note too long for the width takes two lines (measured in the map font
    // when there is one).
    const Result<FontFace>& font = mapFont();
    const float textWidth = float(width) - 2 * layout.margin;
    auto lines = [&](const std::string& text, float size) {
        return font ? wrapText(*font, text, size, textWidth, 2) : std::vector<std::string>{text};
    };
    if (!scene.document.note.empty()) {
        layout.noteLines = int(lines(shownNote(scene), layout.noteSize).size());
        layout.noteBand = (1.6f + 1.25f * float(layout.noteLines - 1)) * layout.noteSize;
    }
    if (!scene.document.title.empty()) {
        // The subtitle's descenders keep clear of the map below it.
        layout.titleLines = lines(scene.document.title, layout.titleSize);
        if (!scene.document.subtitle.empty())
            layout.subtitleLines = lines(shownSubtitle(scene), layout.subtitleSize);
        layout.titleBand = (1.3f + 1.2f * float(layout.titleLines.size() - 1)) * layout.titleSize;
        if (!layout.subtitleLines.empty())
            layout.titleBand += (1.9f + 1.3f * float(layout.subtitleLines.size() - 1)) * layout.subtitleSize;
    }
    return layout;
}

Camera fitCamera(const MapScene& scene, const MapLayout& layout) {
    const float top = layout.titleBand > 0 ? layout.margin + layout.titleBand : 0.0f;
    const int areaHeight = std::max(1, layout.height - int(top) - int(layout.noteBand));
    // The map's width: the image's less the legend's column beside it.
    const int mapWidth = std::max(1, layout.width - int(layout.legendColumn));
    Camera camera = Camera::fit(shownExtent(scene.layers), mapWidth, areaHeight, layout.margin);
    if (const std::optional<MapView>& view = scene.document.view; view && scene.fromLonLat) {
        // A saved view: its centre in the middle of the map area.
        double x = view->centerLon, y = view->centerLat;
        scene.fromLonLat(x, y);
        if (std::isfinite(x) && std::isfinite(y)) {
            camera.centerX = x;
            camera.centerY = y;
            // The whole area the view names fits: its width across the image, its height (when
            // given) in the map area between the bands, so an export of a window's view shows all
            // the window showed whatever the export's shape.
            camera.unitsPerPixel = view->width / double(mapWidth);
            if (view->height > 0)
                camera.unitsPerPixel = std::max(camera.unitsPerPixel, view->height / double(areaHeight));
        }
    }
    // Same scale, full image: move the centre so the map sits between the title and note bands, left
    // of the legend's column.
    camera.width = layout.width;
    camera.height = layout.height;
    camera.centerX += 0.5 * double(layout.legendColumn) * camera.unitsPerPixel;
    camera.centerY += 0.5 * double(top - layout.noteBand) * camera.unitsPerPixel;
    return camera;
}

}  // namespace bashu
