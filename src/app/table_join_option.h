#pragma once
// `--join TABLE[:SHEET] --on COLUMN[=LAYER_FIELD] --field COLUMN`: a planner's statistics table
// joined to the map from the command line, without writing a document.
#include <optional>
#include <string>
#include <utility>

#include "core/map_document.h"
#include "core/result.h"
#include "tables/stat_table.h"

namespace bashu {

struct TableJoinRequest {
    std::string table;             // TABLE or TABLE:SHEET
    std::string on;                // COLUMN, COLUMN=LAYER_FIELD, =LAYER_FIELD or empty (found)
    std::string field;             // the table column to map, as `bashu info` lists it
    std::optional<int> headerRow;  // 1-based; none: found
    // Small multiples by year follow: without a field, a table of one indicator over years maps
    // its latest year's column (the panels then show each year).
    bool byYear = false;
};

/// TABLE[:SHEET]: the file as named when it exists, else split at the last colon where the part
/// before it exists (the sheet by its name or its place); none when neither exists.
std::optional<std::pair<std::string, std::string>> splitTableAndSheet(const std::string& text);

/// The table an option names (TABLE or TABLE:SHEET, a file that exists), read as a statistics
/// table with its header found or on `headerRow`. Errors name the option and the file.
Result<StatTable> readStatTableNamed(const std::string& tableOption, std::optional<int> headerRow);

/// Joins the table to the first layer of `document` (keys matched as units; the layer field that
/// matches best unless given) and colours that layer by the column: the join the window's dialog
/// would save. Errors name the option and the problem: no such file or sheet, no such column
/// (with the nearest), a column that is not numbers, no --field.
Status addTableJoin(MapDocument& document, const TableJoinRequest& request);

}  // namespace bashu
