#pragma once
// How a layer is drawn: the style choices the renderer and the vector exporter both follow. Plain
// CPU data, kept below render so that modules describing a map (scene) need no GL headers.
#include "core/color.h"
#include "core/line_dash.h"

namespace bashu {

/// How a layer is drawn this frame (colours of features come from MapRenderer::setFeatureColors).
struct LayerPaint {
    bool visible = true;
    float opacity = 1.0f;
    bool drawFill = true;
    Rgba8 strokeColor{0x63, 0x63, 0x63, 255};
    float strokeWidth = 0.8f;      // pixels at 1x; 0 draws no outline
    bool strokeByFeature = false;  // line layers: stroke coloured by the feature table
    LineDash dash;                 // line layers: pixels at 1x (meshes keep `along` for them only)
    Rgba8 casingColor{0x33, 0x33, 0x33, 255};
    float casingWidth = 0.0f;  // pixels at 1x each side of the stroke, drawn under it; 0: none
    float pointSize = 6.0f;    // diameter in pixels at 1x
    Rgba8 pointOutline{0x33, 0x33, 0x33, 255};
    // Polygon layers: the typical size of a feature in map units (0: unknown). Outlines fade out
    // as features shrink to a few pixels, so a dense layer seen whole shows its colours, not a
    // grey mesh of borders (and llvmpipe is spared rasterising them).
    double typicalFeatureSize = 0.0;
    bool operator==(const LayerPaint&) const = default;
};

}  // namespace bashu
