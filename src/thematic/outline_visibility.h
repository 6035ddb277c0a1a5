#pragma once
// How visible a polygon layer's outlines are at a view. One rule for the GPU renderer and the
// vector exporter, so raster and vector exports of a map look the same.
#include "core/camera.h"
#include "thematic/layer_paint.h"

namespace bashu {

/// Outlines of features smaller than this many pixels (at 1x) are not drawn; above the second
/// figure they are drawn whole, and in between they fade in.
inline constexpr double kOutlinesGoneBelowPixels = 4.0, kOutlinesWholeAbovePixels = 16.0;

/// The opacity factor of a layer's outlines, 0 (not drawn) to 1 (whole), from the typical size
/// of its features on screen: a dense layer seen whole shows its colours, not a grey mesh of
/// borders. 1 where the size is unknown or the layer has no fill (lines keep their strokes).
float outlineVisibility(const LayerPaint& paint, const Camera& camera, float pixelScale);

}  // namespace bashu
