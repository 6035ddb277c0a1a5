#include "export/small_multiples_grid.h"

#include <algorithm>
#include <optional>

namespace bashu {

namespace {

// One way to lay the panels out: a column count and a place for the key.
struct Candidate {
    int columns = 1, rows = 1;
    KeyPlace place = KeyPlace::None;
    bool stacked = true;
    float mapWidth = 0, mapHeight = 0;
    float groupWidth = 0, groupHeight = 0;  // grid and key together
};

float gridWidth(const Candidate& c, float gap) {
    return float(c.columns) * c.mapWidth + float(c.columns - 1) * gap;
}
float gridHeight(const Candidate& c, float gap, float titleHeight) {
    return float(c.rows) * (titleHeight + c.mapHeight) + float(c.rows - 1) * gap;
}

// The largest maps of the aspect that a grid of cells fills a region with; false when none fit.
bool fitMaps(Candidate& c, float regionWidth, float regionHeight, const GridRequest& request) {
    const float cellWidth = (regionWidth - float(c.columns - 1) * request.gap) / float(c.columns);
    const float cellMapHeight =
        (regionHeight - float(c.rows - 1) * request.gap) / float(c.rows) - request.titleHeight;
    if (cellWidth < 1 || cellMapHeight < 1) return false;
    c.mapWidth = std::min(cellWidth, float(cellMapHeight * request.mapAspect));
    c.mapHeight = float(c.mapWidth / request.mapAspect);
    return true;
}

// The candidates for one column count: the key in the free cells of the last row, right of the
// grid or below it (or no key at all).
std::vector<Candidate> candidatesFor(int columns, const GridRequest& request) {
    const KeySize& key = request.key;
    const float areaWidth = request.area.x1 - request.area.x0, areaHeight = request.area.y1 - request.area.y0;
    Candidate base;
    base.columns = columns;
    base.rows = (request.panels + columns - 1) / columns;
    std::vector<Candidate> out;
    if (key.tallWidth <= 0 && key.wideWidth <= 0) {
        if (fitMaps(base, areaWidth, areaHeight, request)) out.push_back(base);
        for (Candidate& c : out) {
            c.groupWidth = gridWidth(c, request.gap);
            c.groupHeight = gridHeight(c, request.gap, request.titleHeight);
        }
        return out;
    }
    const int freeCells = base.rows * base.columns - request.panels;
    if (Candidate c = base; freeCells > 0 && fitMaps(c, areaWidth, areaHeight, request)) {
        // The free cells of the last row, side by side, title strips included.
        const float freeWidth = float(freeCells) * c.mapWidth + float(freeCells - 1) * request.gap;
        const float freeHeight = request.titleHeight + c.mapHeight;
        c.place = KeyPlace::FreeCell;
        c.groupWidth = gridWidth(c, request.gap);
        c.groupHeight = gridHeight(c, request.gap, request.titleHeight);
        if (key.tallWidth <= freeWidth && key.tallHeight <= freeHeight) {
            out.push_back(c);
        } else if (key.wideWidth <= freeWidth && key.wideHeight <= freeHeight) {
            c.stacked = false;
            out.push_back(c);
        }
    }
    if (Candidate c = base; fitMaps(c, areaWidth - key.tallWidth - request.gap, areaHeight, request)) {
        c.place = KeyPlace::Right;
        c.groupWidth = gridWidth(c, request.gap) + request.gap + key.tallWidth;
        c.groupHeight = gridHeight(c, request.gap, request.titleHeight);
        if (key.tallHeight <= c.groupHeight) out.push_back(c);
    }
    if (Candidate c = base; fitMaps(c, areaWidth, areaHeight - key.wideHeight - request.gap, request)) {
        c.place = KeyPlace::Below;
        c.stacked = false;
        c.groupWidth = gridWidth(c, request.gap);
        c.groupHeight = gridHeight(c, request.gap, request.titleHeight) + request.gap + key.wideHeight;
        if (key.wideWidth <= c.groupWidth) out.push_back(c);
    }
    return out;
}

}  // namespace

GridLayout layoutGrid(const GridRequest& request) {
    const int panels = std::max(1, request.panels);
    GridRequest r = request;
    r.panels = panels;
    if (!(r.mapAspect > 0)) r.mapAspect = 1;
    const int first = request.columns > 0 ? std::min(request.columns, panels) : 1;
    const int last = request.columns > 0 ? first : panels;

    std::optional<Candidate> best;
    for (int columns = first; columns <= last; ++columns)
        for (const Candidate& c : candidatesFor(columns, r))
            // Clearly larger panels win; near ties keep the earlier (fewer columns, key in a free
            // cell before a strip of its own).
            if (!best || c.mapWidth > 1.005f * best->mapWidth) best = c;
    bool keyOver = false;
    if (!best) {
        // No room for the key beside the panels: it goes over them rather than nothing showing.
        GridRequest noKey = r;
        noKey.key = {};
        for (int columns = first; columns <= last; ++columns)
            for (const Candidate& c : candidatesFor(columns, noKey))
                if (!best || c.mapWidth > 1.005f * best->mapWidth) best = c;
        keyOver = r.key.tallWidth > 0 || r.key.wideWidth > 0;
    }
    GridLayout layout;
    if (!best) return layout;
    const Candidate& c = *best;
    layout.columns = c.columns;
    layout.rows = c.rows;
    layout.keyPlace = keyOver ? KeyPlace::FreeCell : c.place;
    layout.keyStacked = c.stacked;

    const float x0 = r.area.x0 + 0.5f * (r.area.x1 - r.area.x0 - c.groupWidth);
    // At the top, under the title: space left over goes below, not between title and panels.
    const float y0 = r.area.y0;
    for (int i = 0; i < panels; ++i) {
        const int row = i / c.columns, column = i % c.columns;
        const float x = x0 + float(column) * (c.mapWidth + r.gap);
        const float y = y0 + float(row) * (r.titleHeight + c.mapHeight + r.gap);
        layout.titles.push_back(PixelBox{x, y, x + c.mapWidth, y + r.titleHeight});
        layout.maps.push_back(
            PixelBox{x, y + r.titleHeight, x + c.mapWidth, y + r.titleHeight + c.mapHeight});
    }
    const float right = x0 + gridWidth(c, r.gap), bottom = y0 + gridHeight(c, r.gap, r.titleHeight);
    const float keyWidth = c.stacked ? r.key.tallWidth : r.key.wideWidth;
    const float keyHeight = c.stacked ? r.key.tallHeight : r.key.wideHeight;
    switch (layout.keyPlace) {
        case KeyPlace::None:
            break;
        case KeyPlace::FreeCell:
            layout.key = PixelBox{right - keyWidth, bottom - keyHeight, right, bottom};
            break;
        case KeyPlace::Right:
            layout.key = PixelBox{right + r.gap, bottom - keyHeight, right + r.gap + keyWidth, bottom};
            break;
        case KeyPlace::Below:
            layout.key = PixelBox{right - keyWidth, bottom + r.gap, right, bottom + r.gap + keyHeight};
            break;
    }
    return layout;
}

}  // namespace bashu
