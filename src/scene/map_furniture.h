#pragma once
// The furniture drawn over an exported map: title, subtitle and the legend of classified layers.
#include "core/image.h"
#include "scene/map_layout.h"
#include "scene/map_scene.h"
#include "text/font_face.h"

namespace bashu {

/// Draws the document's title and subtitle in the title band and the legend (legend_model.h) in
/// the lower right corner.
void drawFurniture(Image& image, const MapScene& scene, const MapLayout& layout, const FontFace& font);

}  // namespace bashu
