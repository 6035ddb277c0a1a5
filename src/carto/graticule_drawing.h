#pragma once
// A graticule drawn on an exported map: its lines over the map and under the furniture, its
// labels at the edges of the map area where the furniture leaves room.
#include <vector>

#include "canvas/canvas.h"
#include "carto/graticule.h"
#include "carto/map_layout.h"
#include "core/color.h"
#include "scene/label_placement.h"
#include "text/font_face.h"

namespace bashu {

/// Draws the lines: thin and light grey, so they locate without competing with the map.
void drawGraticuleLines(Canvas& canvas, const Graticule& graticule, const MapLayout& layout);

/// Writes each line's degrees where it meets the edge of `area` (meridians at the top and
/// bottom, parallels at the left and right), in small text over a halo of `background`, except
/// where it would touch the furniture or another such label. Returns the boxes written, which
/// the map's labels keep clear of.
std::vector<PixelBox> drawGraticuleLabels(Canvas& canvas, const Graticule& graticule, const PixelBox& area,
                                          const std::vector<PixelBox>& furniture, const MapLayout& layout,
                                          const FontFace& font, Rgba8 background);

}  // namespace bashu
