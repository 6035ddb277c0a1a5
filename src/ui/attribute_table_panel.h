#pragma once
// The attribute table of a layer (View > Attribute table, Ctrl+T), docked under the map: its
// features' fields in sortable columns, filtered by text; a row clicked selects the feature and
// flies to it, a feature selected on the map is the row shown; Ctrl+click chooses several rows,
// which copy as CSV or TSV.
#include <string>
#include <vector>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

struct AttributeTableState {
    char filter[256] = {};
    std::vector<size_t> rows;    // the features shown, in the order shown
    std::vector<size_t> chosen;  // the features whose rows are chosen
    // What `rows` was made for: it is made again when any of them changes.
    size_t layer = size_t(-1);
    unsigned generation = ~0u;
    std::string filterUsed;
    int sortColumn = -1;
    bool ascending = true;
    size_t shownSelection = size_t(-1);  // the feature selected on the map that the table last scrolled to
};

/// Ctrl+T toggles the table; draws it under the map's area when shown. Returns whether the
/// selection changed (a row clicked).
bool drawAttributeTable(MapViewState& state);

}  // namespace bashu
