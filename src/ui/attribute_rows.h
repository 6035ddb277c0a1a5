#pragma once
// The rows an attribute table shows: those matching a filter, in the order of a column, and the
// chosen ones as CSV or TSV for a spreadsheet.
#include <string>
#include <string_view>
#include <vector>

#include "core/attribute_table.h"

namespace bashu {

/// The rows (0..n-1) where some column's text contains `filter` (ASCII case ignored; Chinese as
/// written); all rows for an empty filter.
std::vector<size_t> filteredRows(const AttributeTable& table, std::string_view filter);

/// Orders `rows` by `column`: numbers by value, text by its bytes; empty values last either way.
void sortRows(std::vector<size_t>& rows, const Column& column, bool ascending);

/// The header and `rows` as text: CSV (RFC 4180 quoting) for ',', else TSV (tabs and line breaks
/// inside values become spaces). Lines end in "\n".
std::string rowsAsText(const AttributeTable& table, const std::vector<size_t>& rows, char separator);

}  // namespace bashu
