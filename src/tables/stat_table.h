#pragma once
// A statistical table read from its sheet's cells: the data rows under the header found, numbers
// as numbers (missing marks as missing, never zero), totals rows left out; and the same table
// in long form (key, indicator, year, value, unit), the form a join takes its values from, so that
// a year slider steps through a table with years as columns as it does through a long one.
#include <optional>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "core/result.h"
#include "tables/table_layout.h"

namespace bashu {

/// The long form's own fields.
inline constexpr const char* kIndicatorField = "indicator";
inline constexpr const char* kYearField = "year";
inline constexpr const char* kValueField = "value";
inline constexpr const char* kUnitField = "unit";

struct StatTable {
    std::string name;  // for messages: "gdp.xlsx" or "gdp.xlsx:2-5"
    TableLayout layout;
    std::vector<size_t> dataRows;       // grid rows of the data, in order (totals not among them)
    std::vector<std::string> totals;    // keys of the totals rows left out
    std::vector<std::string> headings;  // names heading groups of rows, left out
    AttributeTable wide;                // a row per data row, a column per table column
    bool alreadyLong = false;           // the table has year or indicator columns of its own
    // A long table's own condition columns (years, indicators), which a join picks values of.
    std::optional<size_t> yearColumn, indicatorColumn;
};

/// Whether column `c` holds values to map: numbers, and not a long table's years.
bool isValueColumn(const StatTable& table, size_t c);

/// The names of the columns of values to map, in order.
std::vector<std::string> valueColumns(const StatTable& table);

/// The table `layout` found, its cells typed by the columns' kinds: numbers Real (a missing mark
/// is null), codes, names and text String.
StatTable makeStatTable(TableLayout layout, std::string name);

/// The table in long form: a long table as it is; otherwise a row per data row and number
/// column, with every text column (codes, names) carried and the fields indicator (the column's
/// name without its year and unit; the table's title where that leaves nothing), year (empty for
/// a column of no year), value and unit.
AttributeTable longForm(const StatTable& table);

/// What a join takes to show the column `column` of the table (its name as `bashu info` lists
/// it): the conditions on the long form and its value field; for a long table, its value column
/// on the table's latest year and first indicator. An error names the nearest column.
struct ColumnJoin {
    std::vector<std::pair<std::string, std::string>> where;
    std::string value;
    std::string column;  // the column's name as the table writes it
};
Result<ColumnJoin> joinForColumn(const StatTable& table, const std::string& column);

/// The key column's name: the one given when the table has it, else the layout's key column.
/// Errors name the table and list its columns.
Result<std::string> keyColumnName(const StatTable& table, const std::string& given);

}  // namespace bashu
