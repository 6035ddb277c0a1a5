#pragma once
// Finding a unit by its Chinese or English name or its code (adcode): matches from every layer
// as you type; choosing one flies the map to it and selects it.
#include <string>
#include <vector>

#include <cstddef>

#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The search box's text, and whether Ctrl+F asked for the keyboard.
struct SearchPanelState {
    char query[256] = {};
    bool focus = false;
    std::string hitsChosenFor;  // the query a hit was chosen for: its list stays folded
};

struct SearchHit {
    size_t layer = 0, feature = 0;
    std::string label;  // the feature's name, with the field that matched when not a name
    int rank =
        0;  // in a name or code 0: exact match, 1: starts with the query, 2: contains it; elsewhere 3-5
};

/// Features whose text fields (or whole-number fields, for codes) match `query`, ASCII case
/// ignored; best first (exact, then prefix, then substring), at most `limit`.
std::vector<SearchHit> searchFeatures(const MapScene& scene, const std::string& query, size_t limit);

/// The search box and its hits, drawn into the sidebar (Ctrl+F focuses it). Returns true when the selection
/// changed.
bool drawSearchPanel(MapViewState& state);

}  // namespace bashu
