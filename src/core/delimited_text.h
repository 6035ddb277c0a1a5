#pragma once
// Delimited text tables (CSV, TSV) as offices send them: UTF-8 with or without a byte order mark,
// or GBK/GB18030 from Chinese Excel; comma, tab or semicolon between cells; quoted cells with
// delimiters, quotes and line breaks inside; title lines above the table with no delimiter at all.
// GDAL's CSV reader decides the delimiter from the first line and the header is that line, which a
// yearbook table's title breaks; this reader leaves the header to be found from the cells.
#include <string>
#include <string_view>

#include "core/cell_grid.h"
#include "core/result.h"

namespace bashu {

struct DelimitedText {
    CellGrid cells;
    char delimiter = ',';
    std::string encoding;  // "UTF-8", "UTF-8 with BOM" or "GB18030/GBK"
};

/// The cells of a delimited text file's bytes. The delimiter is the one of comma, tab and
/// semicolon that splits the most lines into the same number of cells (at least two). Errors
/// (naming `name`): text that is neither UTF-8 nor GB18030, a file with a NUL byte (not text).
Result<DelimitedText> parseDelimitedText(std::string_view bytes, const std::string& name);

}  // namespace bashu
