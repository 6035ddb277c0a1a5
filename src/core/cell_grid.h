#pragma once
// A sheet of a table file as its cells' texts, before anything is made of them: the form every
// table reader (CSV, XLSX, XLS, ODS) hands over, so that finding the header, the data rows and
// the numbers is done once, whatever the file was.
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace bashu {

struct CellGrid {
    std::vector<std::vector<std::string>> rows;  // UTF-8; rows may be shorter than the widest

    size_t rowCount() const { return rows.size(); }
    size_t columnCount() const {
        size_t widest = 0;
        for (const auto& row : rows) widest = std::max(widest, row.size());
        return widest;
    }
    /// The cell's text; empty past the end of a short row.
    const std::string& at(size_t row, size_t column) const {
        static const std::string kEmpty;
        return column < rows[row].size() ? rows[row][column] : kEmpty;
    }
};

}  // namespace bashu
