#pragma once
// The furniture drawn over an exported map: title and subtitle, the legend of classified layers
// (where it hides no feature, or beside the map), and the scale bar under a north arrow (lower left).
#include <vector>

#include "canvas/canvas.h"
#include "carto/export_options.h"
#include "carto/map_layout.h"
#include "core/camera.h"
#include "core/image.h"
#include "scene/map_scene.h"
#include "text/font_face.h"

namespace bashu {

/// Draws the document's title and subtitle in the title band, then what `options` asks for: the
/// scale bar (true ground distances at the centre of the map area, for any map CRS) and the north
/// arrow (grid north there) in the lower left, and the legend (legend_model.h). `camera` is the
/// map's. `mapPixels` is the map as drawn (or an empty image): the legend goes where it hides
/// none of it, nearest a corner (the lower right first); in the layout's column beside the map
/// when it has one (withRoomForLegend); else to the corner where it hides least, the scale panel
/// moving above it where they would overlap. Returns the boxes drawn (title band, legend, scale
/// panel): labels keep clear of them.
std::vector<PixelBox> drawFurniture(Canvas& canvas, const Image& mapPixels, const MapScene& scene,
                                    const MapLayout& layout, const Camera& camera,
                                    const ExportOptions& options, const FontFace& font);

/// `layout` with a column beside the map for the legend (MapLayout::legendColumn) where on the map,
/// drawn as `mapPixels` with `camera`, the legend has no place that hides nothing (a feature, a
/// line, a symbol) and the column leaves the map two thirds of the width; else `layout` as it
/// is. The caller draws the map again with fitCamera(scene, layout) when the column is new.
MapLayout withRoomForLegend(const MapLayout& layout, const Image& mapPixels, const MapScene& scene,
                            const Camera& camera, const ExportOptions& options, const FontFace& font);

/// Draws placed labels, each over a halo of its halo colour so it reads on any fill.
void drawLabels(Canvas& canvas, const std::vector<PlacedLabel>& labels, const FontFace& font);

/// The furniture (drawFurniture), then the layers' labels placed clear of it: everything an
/// export draws over the map.
void drawMapOverlay(Canvas& canvas, const Image& mapPixels, const MapScene& scene, const MapLayout& layout,
                    const Camera& camera, const ExportOptions& options, const FontFace& font);

}  // namespace bashu
