#pragma once
// Where the panels of small multiples go: a grid of equal map panels, each under a strip for its
// title, and the key (the shared legend, scale bar and north arrow) beside, below or in a free
// cell of the grid, never over a panel. Pure geometry, so it can be tested without drawing.
#include <vector>

#include "scene/label_placement.h"

namespace bashu {

/// The key's size two ways: stacked (scale bar above the legend: narrow) and side by side (the
/// scale bar left of the legend: low). The grid takes whichever fits where it puts the key.
struct KeySize {
    float tallWidth = 0, tallHeight = 0;
    float wideWidth = 0, wideHeight = 0;
};

struct GridRequest {
    int panels = 1;
    int columns = 0;        // 0: the count giving the largest panels
    double mapAspect = 1;   // width / height of the map each panel shows
    PixelBox area;          // where panels and key may go
    float gap = 0;          // between panels, and between the grid and the key
    float titleHeight = 0;  // strip above each panel's map for its title
    KeySize key;            // all zero: no key
};

/// Where the key goes relative to the grid.
enum class KeyPlace { None, FreeCell, Right, Below };

struct GridLayout {
    int columns = 0, rows = 0;
    std::vector<PixelBox> maps;    // each panel's map, row by row from the top left; all one size
    std::vector<PixelBox> titles;  // the strip above each map
    PixelBox key;                  // empty (all zero) when there is no key
    bool keyStacked = true;        // the key's scale bar sits above its legend (else beside it)
    KeyPlace keyPlace = KeyPlace::None;
};

/// The grid with the largest panels that keeps the key clear of them: for each column count
/// (only request.columns when given), the key in a free cell at the bottom right, right of the
/// grid or below it. The grid and key are centred across the area, at its top. When nothing fits (a tiny
/// image) the key goes in the lower right corner over the grid.
GridLayout layoutGrid(const GridRequest& request);

}  // namespace bashu
