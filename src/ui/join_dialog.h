#pragma once
// Data > Join a table...: a planner's statistics table (CSV in any encoding, XLSX, XLS, ODS)
// joined to a layer of the map. The dialog shows what bashu made of the sheet (the header found,
// which the user can correct, a preview of the rows) and the match report as the user picks the
// key column, the layer's key and the column to map; rows left unmatched can be paired with a
// unit by hand. Join reads and matches the table off the UI thread, then puts the joined layer in
// place of the old one (one edit: Ctrl+Z takes it back) and colours it by the column.
#include <future>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/map_renderer.h"
#include "scene/statistical_join.h"
#include "tables/key_match.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

struct JoinDialog {
    bool requested = false;  // open it (the menu, a table file dropped on the map)
    char path[1024] = "";
    std::string loadedPath;  // the file the sheets below are of
    std::vector<std::string> sheets;
    int sheet = 0;
    int headerRow = 0;  // as the sheet numbers its rows; 0: found
    std::optional<StatTable> table;
    std::string tableError;
    unsigned tableReads = 0, tableReadsInFont = 0;  // a table read brings text the font may lack
    size_t layer = 0;                               // the map layer joined to
    int keyColumn = 0;                              // of table->layout.columns
    int layerKey = 0;      // 0: the field that matches best; k: the layer's k-th text field
    int shownColumn = -1;  // of table->layout.columns: the column to map
    std::map<std::string, std::string> pairs;  // by hand: table key -> layer key
    std::string pairError;                     // why the last pairing chosen was refused
    std::optional<KeyMatchReport> report;      // of the choices above
    std::vector<std::string> reportLines;      // the report as describeMatch says it
    std::string reportError;
    bool reportStale = true;
    std::string error;  // why the last Join failed
    // The join under way: the spec it joins with and the table read and matched.
    std::optional<JoinSpec> joining;
    std::future<Result<StatisticalJoin>> result;
};

/// Opens the dialog for `path` (a table file dropped on the map, or empty).
void requestJoinDialog(MapViewState& state, const std::string& path = "");

/// Draws the dialog when open; puts a finished join on the map.
void drawJoinDialog(MapViewState& state, MapRenderer& renderer);

/// Whether a join is being read (the window keeps redrawing meanwhile).
bool joinUnderWay(const MapViewState& state);

}  // namespace bashu
