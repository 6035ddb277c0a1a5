#pragma once
// Finding a unit by its Chinese or English name or its code (adcode): matches from every layer
// as you type; choosing one flies the map to it and selects it.
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <cstddef>

#include "scene/map_scene.h"
#include "scene/postgis_layer.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// The search box's text, and whether Ctrl+F asked for the keyboard.
struct SearchHit {
    size_t layer = 0, feature = 0;
    std::string label;  // the feature's name, with the field that matched when not a name
    int rank =
        0;  // in a name or code 0: exact match, 1: starts with the query, 2: contains it; elsewhere 3-5
    // A PostGIS layer's feature found by the server (its table, not the part the view holds): where
    // it is, and its key, to select it once the view's read holds it.
    bool fromServer = false;
    Extent box;
    std::string key, keyColumn;
};

/// The searches of PostGIS layers' tables for the query typed, off the UI thread.
struct ServerSearches {
    std::string query;
    std::vector<std::pair<uint64_t, std::future<Result<std::vector<TableSearchHit>>>>>
        pending;                                                              // by layer id
    std::vector<std::future<Result<std::vector<TableSearchHit>>>> abandoned;  // for an older query
    std::vector<SearchHit> hits;                                              // come, not yet shown
    std::string error;  // the last search that failed, said once
};

struct SearchPanelState {
    char query[256] = {};
    bool focus = false;
    std::string hitsChosenFor;  // the query a hit was chosen for: its list stays folded
    std::shared_ptr<ServerSearches> server = std::make_shared<ServerSearches>();
    // A server hit chosen: selected when a read of its layer holds the feature with this key.
    std::optional<SearchHit> toSelect;
    size_t shownHits = 0;  // in the list now (the window report)
};

/// Features whose text fields (or whole-number fields, for codes) match `query`, ASCII case
/// ignored; best first (exact, then prefix, then substring), at most `limit`.
std::vector<SearchHit> searchFeatures(const MapScene& scene, const std::string& query, size_t limit);

/// Whether a server search runs (the window keeps drawing frames).
bool serverSearchRunning(const MapViewState& state);

/// The search box and its hits, drawn into the sidebar (Ctrl+F focuses it). Returns true when the selection
/// changed.
bool drawSearchPanel(MapViewState& state);

}  // namespace bashu
