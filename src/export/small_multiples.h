#pragma once
// Small multiples: the same map for several years or fields in one image, a grid of equal panels
// (same extent and scale, each titled with its year or field) under one title, with one legend
// whose classes are pooled over all panels, one scale bar and north arrow, and the note.
#include <string>

#include "carto/export_options.h"
#include "core/image.h"
#include "core/result.h"
#include "export/export_target.h"
#include "export/small_multiples_panels.h"
#include "scene/map_scene.h"

namespace bashu {

/// The finished small multiples as an image of options.width x options.height pixels: classes
/// pooled over the panels (poolClasses), the panels in the grid of layoutGrid (`columns` 0:
/// chosen), the key clear of them. Legend counts are summed over the panels. Leaves `scene`
/// describing all panels (showAllPanels). Needs a current OpenGL 3.3 core context; without a
/// usable font the titles, legend and scale bar are left out and `warning` says why.
Result<Image> renderSmallMultiples(MapScene& scene, const PanelPlan& plan, int columns,
                                   const ExportOptions& options, std::string* warning);

/// Writes the small multiples to the target in its format: PNG (renderSmallMultiples) or the
/// same page as vectors in SVG or PDF. A GeoTIFF holds one georeferenced map, so it is refused
/// (checkSmallMultiplesTarget). Written atomically.
Status exportSmallMultiples(MapScene& scene, const PanelPlan& plan, int columns, const ExportOptions& options,
                            const ExportTarget& target, std::string* warning);

/// Whether small multiples can be written in the target's format (PNG, SVG, PDF); the error names
/// the file.
Status checkSmallMultiplesTarget(const ExportTarget& target);

}  // namespace bashu
