#pragma once
// Where a panel (the legend) goes on an exported map: a place where it hides none of the map as
// drawn, nearest a corner of the map area, or, where none is free, the corner it hides least of.
#include <optional>
#include <vector>

#include "carto/map_layout.h"
#include "core/image.h"
#include "scene/label_placement.h"

namespace bashu {

struct PanelSize {
    float width = 0, height = 0;
};

/// The map area panels may take: inside the margins, below the title band, above the note band,
/// left of the legend's column.
PixelBox panelArea(const MapLayout& layout);

/// Which parts of a drawn map hide something (pixels that differ from the background), counted so
/// that the number under any box is found at once (a summed-area table). Large images are counted
/// in cells of a few pixels, any drawn pixel marking its cell: the table stays a few MB.
class DrawnPixels {
public:
    /// `image` empty: nothing drawn anywhere.
    DrawnPixels(const Image& image, Rgba8 background);
    /// The drawn cells touching `box` (clamped to the image); 0 when the box hides nothing drawn.
    size_t under(const PixelBox& box) const;

private:
    int cell_ = 1;                // pixels a side of a cell
    int width_ = 0, height_ = 0;  // in cells
    std::vector<uint32_t> sums_;  // (width + 1) x (height + 1)
};

/// A place of `size` in the map area that covers no drawn pixel and none of `keepClear`: the lower
/// right corner when free, else the free place nearest a corner of the area (the lower right, the
/// upper right, the upper left, the lower left, in that order on a tie). None where nothing is free.
std::optional<PixelBox> freePanelPlace(const DrawnPixels& drawn, PanelSize size, const MapLayout& layout,
                                       const std::vector<PixelBox>& keepClear);

/// Of the lower right, upper right and upper left corners, the one that hides clearly least of
/// the map (the lower right unless another hides under 70% as much): for a panel that has no free
/// place and no room beside the map.
PixelBox leastCoveringCorner(const DrawnPixels& drawn, PanelSize size, const MapLayout& layout);

}  // namespace bashu
