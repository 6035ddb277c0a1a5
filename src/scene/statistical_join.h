#pragma once
// A join whose table is a planner's statistics (a workbook, or keys matched as administrative
// units): read through the sheet reader and the layout finder, its keys matched to the layer's
// units, ready for the one join path (JoinIndex) that every join takes.
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "core/result.h"
#include "scene/map_scene.h"
#include "tables/stat_table.h"

namespace bashu {

/// Whether a file is a table of statistics to join rather than a layer to draw: a workbook, or a
/// delimited text table none of whose first rows names coordinates (lon, lat, x, y, wkt, ...).
bool isStatisticsTable(const std::string& path);

/// The sheets of a table file (a text table has one). Errors name the file.
Result<std::vector<std::string>> tableSheets(const std::string& path);

/// A sheet of a table file read as a statistics table: its header found (or the 1-based
/// `headerRow` when not 0), typed. Errors name the file.
Result<StatTable> readStatTable(const std::string& path, const std::string& sheet, int headerRow);

/// Whether `join` reads its table as a statistical table: a workbook (.xlsx, .xls, .ods), or keys
/// matched as units (JoinMatch::Units).
bool isStatisticalJoin(const JoinSpec& join);

struct StatisticalJoin {
    AttributeTable table;             // long form, keyed by the layer's keys
    std::vector<std::string> report;  // the match report, its first line naming the table
    std::string layerKey;             // the layer field matched on (the one chosen when not given)
    std::string tableKey;             // the table's key column (the one found when not given)
    std::string joinField;            // the layer field `table`'s keys are of (SceneLayer::joinField)
    std::string title;                // the table's own title row ("2-5 各区县地区生产总值"), if any
};

/// Reads the join's table (its sheet, header row), finds its key column and matches it to
/// `layer` (by units, or exactly), pairings first; without a layer key, on the field that matches
/// best. Errors name the table; a table none of whose rows match a unit is one (a map of no data
/// would look like a map of missing values).
Result<StatisticalJoin> readStatisticalJoin(const JoinSpec& join, const AttributeTable& layer);

/// A layer on a map with a statistics table joined (the window's Join a table): a copy of `layer`
/// under a new id, its spec's join `join` (with the keys `prepared` found), the column of an
/// earlier join taken off, the new one added, and the layer coloured by it (classes held over the
/// years where its fill asks). `prepared` is readStatisticalJoin's, made off the UI thread.
Result<SceneLayer> joinedCopy(const SceneLayer& layer, JoinSpec join, StatisticalJoin prepared);

/// The table's name in messages: "gdp.xlsx" or, for a sheet, "gdp.xlsx:2-5".
std::string tableName(const JoinSpec& join);

/// A fill showing the joined column `field` as a table's numbers: classes of its own values
/// (no division, share, break set, breaks, labels or unit left from what it showed before).
void showJoinedColumn(FillStyle& fill, const std::string& field);

/// The map's texts once a table's column is joined in place of what it showed: the title names
/// the column, the subtitle is cleared (the old ones described other data), and the note credits
/// the table and its own title in place of its old "Data: ..." part (its other parts, such as
/// the boundaries' credit, kept).
void retitleForTable(MapDocument& document, const JoinSpec& join, const std::string& tableTitle);

/// The other layers that draw the same units (the same source file) from another table, or from
/// another column of it: beside the newly joined column they would show other data as if it were
/// the table's (the built-in map's circles of its own GDP).
std::vector<size_t> layersOfOtherData(const std::vector<LayerSpec>& layers, size_t joined);

}  // namespace bashu
