#pragma once
// Table files as sheets of cells, whatever the format: delimited text (.csv, .tsv, .txt) through
// core's reader (which finds GBK and the delimiter), workbooks (.xlsx, .xls, .ods) through GDAL's
// drivers with every cell read as text, so that a yearbook's title rows, two-row headers and
// footnotes reach the layout finder as they are.
#include <string>
#include <vector>

#include "core/cell_grid.h"
#include "core/result.h"

namespace bashu {

/// Whether `path` names a file this reader takes (by its extension).
bool isTableFile(const std::string& path);

struct SheetCells {
    std::string sheet;  // the sheet's name (a text file's: its file name without the extension)
    CellGrid cells;
    std::string encoding;  // of a text file: "UTF-8", "UTF-8 with BOM", "GB18030/GBK"; else empty
};

/// The names of the sheets of a workbook, in order; a text file has one. Errors name the file.
Result<std::vector<std::string>> listSheets(const std::string& path);

/// The cells of the sheet `sheet` (empty: the first; a number: the sheet of that place, from 1,
/// when no sheet has that name) of the file. Errors name the file and, for
/// a sheet it lacks, list the ones it has.
Result<SheetCells> readSheet(const std::string& path, const std::string& sheet = "");

}  // namespace bashu
