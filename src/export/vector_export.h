#pragma once
// Finished maps as vector documents: SVG written by hand, PDF through Cairo. The same layout,
// furniture and labels as the PNG export, with shapes as paths and text as text.
#include <memory>
#include <string>

#include "carto/export_options.h"
#include "core/image.h"
#include "core/result.h"
#include "export/vector_map.h"
#include "scene/map_scene.h"
#include "text/font_face.h"

namespace bashu {

enum class VectorFormat { Svg, Pdf };

/// An empty page of options.width x options.height pixels at options.dpi (96 when 0) in the
/// format, its text in `font` (none: text is left to the viewer's default font).
Result<std::unique_ptr<VectorCanvas>> vectorCanvas(VectorFormat format, const ExportOptions& options,
                                                   const FontFace* font);

/// The finished map (as renderMapExport composes it) as an SVG or PDF document, its page
/// options.width x options.height pixels at options.dpi (96 when 0). Needs no GL: the legend's
/// corner is chosen on the map body drawn into pixels by Cairo. Without a usable font the
/// furniture and labels are left out and `warning` says why. `stats` (when given) counts what
/// the map body wrote.
Result<std::string> vectorMapDocument(const MapScene& scene, const ExportOptions& options,
                                      VectorFormat format, std::string* warning,
                                      VectorMapStats* stats = nullptr);

}  // namespace bashu
