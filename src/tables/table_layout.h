#pragma once
// Where a statistical table is in its sheet: title rows above it, a header of one or two rows
// (an indicator over its years, in merged cells), the data rows, totals rows (全市, 合计) and
// footnotes below ("注：..."). Found from the cells, as a person reading the sheet would; the
// header row can be given when the guess is wrong.
#include <optional>
#include <string>
#include <vector>

#include "core/cell_grid.h"
#include "core/result.h"

namespace bashu {

enum class ColumnKind {
    Empty,   // no values
    Code,    // administrative or statistical codes (6, 9 or 12 digits)
    Name,    // names of places, mostly distinct: a key
    Number,  // numbers, with missing marks
    Text,    // any other text
};
const char* columnKindName(ColumnKind kind);

struct TableColumn {
    std::string name;       // as the header writes it; under a merged upper header "UPPER LOWER"
    std::string indicator;  // the name without its year and unit ("地区生产总值")
    std::string unit;       // from the header's parentheses ("亿元") or a "单位：" line; may be empty
    std::optional<int> year;
    ColumnKind kind = ColumnKind::Empty;
};

enum class RowRole {
    Title,
    Header,
    Data,
    Total,    // 全市, 合计: left out of a join
    Heading,  // a name alone among the data rows, heading a group (主城都市区): left out
    Footnote,
    Empty,
};

struct TableLayout {
    std::vector<std::vector<std::string>> cells;  // the grid's cells made clean (cleanCellText)
    std::vector<RowRole> roles;                   // per row of the grid
    std::optional<size_t> headerRow;              // the header's last row; none without a header
    size_t headerRows = 0;                        // 0, 1 or 2
    std::vector<TableColumn> columns;
    std::optional<size_t> keyColumn;  // the first Code column, else the first Name column
    std::string title;                // the first title row's text, if any
};

/// The layout of `grid`. With `headerRow` (0-based) the header is that row (with the row under it
/// where that is a header's lower row, years under an indicator), the data the rows under it.
/// Errors (naming `name`): a grid with no data row; a header row past the end, of data, or of
/// fewer than two cells.
Result<TableLayout> findTableLayout(const CellGrid& grid, const std::string& name,
                                    std::optional<size_t> headerRow = std::nullopt);

/// Whether a (clean) key names a total of the table's units rather than a unit: 全市, 全省, 合计,
/// 总计, 小计, Total ... (with or without a leading "#" or "其中：").
bool isTotalKey(const std::string& key);

}  // namespace bashu
