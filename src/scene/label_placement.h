#pragma once
// Labels: where each feature's name could go (computed once per layer, in map coordinates) and
// which of them fit on a given view without overlapping each other or the furniture, most
// important first. The export and the window place labels with the same code; each draws them
// with its own text renderer, so text is measured through a function.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/camera.h"
#include "core/layer.h"
#include "core/map_document.h"

namespace bashu {

/// A feature's label before placement.
struct LabelCandidate {
    size_t feature = 0;
    std::string text;
    double x = 0.0, y = 0.0;  // anchor in map coordinates: deepest inside point, the point, a line's middle
    double priority = 0.0;    // higher is placed first
};

/// The candidates of a layer (already in the map CRS) for its label style; none without a
/// label field. Features with an empty or null text are left out.
std::vector<LabelCandidate> labelCandidates(const Layer& layer, const LabelStyle& style);

/// A rectangle in image pixels (y down).
struct PixelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const PixelBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool inside(const PixelBox& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
};

/// A label that was placed: its text's box (the text is centred in it) and style.
struct PlacedLabel {
    std::string text;
    PixelBox box;
    float size = 12;  // pixels
    Rgba8 color, halo;
};

/// One layer's labels to place: its candidates, geometry (for fitting inside polygons), style.
struct LabelLayer {
    const std::vector<LabelCandidate>* candidates = nullptr;
    const GeometryColumn* geometry = nullptr;
    const LabelStyle* style = nullptr;
    float symbolRadius = 0;  // points: labels go beside the symbol
    // Proportional symbols: each point's diameter (pixels at 1x), instead of symbolRadius; a
    // point of no size is not drawn and gets no label.
    const std::vector<float>* symbolDiameters = nullptr;
};

/// Width and height in pixels of a text at a pixel size.
using MeasureText = std::function<std::pair<float, float>(const std::string& text, float size)>;

/// Places labels greedily: layers from the top one down, each by priority. A polygon's label
/// must lie wholly inside its polygon; a point's goes right, left, above or below its symbol,
/// whichever is free first. No label overlaps another (with a small gap), an `occupied` box or
/// leaves `area`. `pixelScale` scales label sizes and gaps.
std::vector<PlacedLabel> placeLabels(const std::vector<LabelLayer>& layersTopFirst, const Camera& camera,
                                     float pixelScale, const MeasureText& measure,
                                     const std::vector<PixelBox>& occupied, const PixelBox& area);

}  // namespace bashu
