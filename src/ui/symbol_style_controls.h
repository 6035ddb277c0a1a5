#pragma once
// The Style panel's controls for any layer's symbols and labels: a single colour's fill and a
// polygon's outline (colour, width), a point's colour and size, and labels on or off with the
// field they show and their size. Line layers' own strokes are line_style_controls'.
#include "scene/map_scene.h"

namespace bashu {

/// What a change touched, for the caller to pass on.
struct SymbolChange {
    bool colors = false;  // the features' colours (a single colour changed)
    bool labels = false;  // the label candidates (field or size): placed again
};

/// Draws the controls and applies a change to the layer's spec, paint, colours and labels.
SymbolChange drawSymbolControls(SceneLayer& layer);

}  // namespace bashu
