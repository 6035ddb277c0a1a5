#include "tables/table_layout.h"

#include <algorithm>
#include <set>

#include "core/ascii_case.h"
#include "tables/cell_text.h"

namespace bashu {

namespace {

struct RowShape {
    size_t nonEmpty = 0;
    size_t numeric = 0;  // numbers and missing marks other than empty
    size_t years = 0;    // cells that read as a year
    size_t first = 0;    // the first non-empty column
};

RowShape shapeOf(const std::vector<std::string>& row) {
    RowShape shape;
    bool seen = false;
    for (size_t c = 0; c < row.size(); ++c) {
        if (row[c].empty()) continue;
        if (!seen) shape.first = c;
        seen = true;
        ++shape.nonEmpty;
        if (parseCellNumber(row[c]) || isMissingMark(row[c])) ++shape.numeric;
        if (yearOf(row[c])) ++shape.years;
    }
    return shape;
}

// A row of years over the columns (the lower row of a header): two or more years and nothing
// else that is a number.
bool isYearRow(const std::vector<std::string>& row, const RowShape& shape) {
    if (shape.years < 2) return false;
    for (const std::string& cell : row)
        if (!cell.empty() && !yearOf(cell) && parseCellNumber(cell)) return false;
    return true;
}

bool isDataLike(const std::vector<std::string>& row, const RowShape& shape) {
    if (shape.nonEmpty < 2 || isYearRow(row, shape)) return false;
    return shape.numeric >= std::max<size_t>(1, (shape.nonEmpty - 1) / 2);
}

bool startsWith(const std::string& text, std::string_view prefix) { return text.rfind(prefix, 0) == 0; }

bool isFootnoteText(const std::string& text) {
    const std::string t = halfWidth(text);
    for (std::string_view mark :
         {"注", "说明", "资料来源", "数据来源", "来源", "*", "①", "Note", "note", "Source", "source"})
        if (startsWith(t, mark)) return true;
    return false;
}

// "单位：亿元" above a table, or inside a subtitle ("(2022年末，单位：万人)"): the unit of its numbers.
std::string unitLine(const std::string& text) {
    const std::string t = halfWidth(text);
    for (std::string_view mark : {"单位:", "计量单位:", "Unit:", "unit:", "Units:"}) {
        const size_t at = t.find(mark);
        if (at == std::string::npos) continue;
        std::string unit = t.substr(at + mark.size());
        // The unit ends where the subtitle's parenthesis or sentence does.
        for (std::string_view end : {")", "，", ",", "；", ";", "。"})
            if (const size_t stop = unit.find(end); stop != std::string::npos) unit.resize(stop);
        return cleanCellText(unit);
    }
    return "";
}

bool isDigits(const std::string& text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool namesCode(const std::string& header) {
    const std::string h = asciiLower(header);
    for (std::string_view word : {"代码", "编码", "区划", "code", "adcode", "gb"})
        if (h.find(word) != std::string::npos) return true;
    return false;
}

ColumnKind kindOf(const TableLayout& layout, size_t column, const std::string& header) {
    size_t values = 0, numbers = 0, marks = 0, codeLike = 0;
    size_t codeLength = 0;
    bool sameLength = true;
    std::set<std::string> distinct;
    for (size_t r = 0; r < layout.cells.size(); ++r) {
        if (layout.roles[r] != RowRole::Data) continue;
        const auto& row = layout.cells[r];
        const std::string& cell = column < row.size() ? row[column] : std::string();
        if (cell.empty()) continue;
        ++values;
        distinct.insert(cell);
        const std::string half = halfWidth(cell);
        if (isDigits(half) && (half.size() == 6 || half.size() == 9 || half.size() == 12)) {
            ++codeLike;
            if (codeLength && codeLength != half.size()) sameLength = false;
            codeLength = half.size();
        }
        if (parseCellNumber(cell))
            ++numbers;
        else if (isMissingMark(cell))
            ++marks;
    }
    if (values == 0) return ColumnKind::Empty;
    // Codes: all of one length and distinct, starting with a province's two digits (11 to 82),
    // or any digits of code lengths under a header that names codes.
    if (codeLike == values && distinct.size() == values) {
        bool provinces = sameLength;
        for (const std::string& code : distinct) {
            const int province = (code[0] - '0') * 10 + (code[1] - '0');
            if (province < 11 || province > 82) provinces = false;
        }
        if (provinces || namesCode(header)) return ColumnKind::Code;
    }
    if (numbers > 0 && numbers + marks == values) return ColumnKind::Number;
    if (numbers == 0 && distinct.size() * 2 >= values) return ColumnKind::Name;
    return ColumnKind::Text;
}

}  // namespace

const char* columnKindName(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Empty:
            return "empty";
        case ColumnKind::Code:
            return "code";
        case ColumnKind::Name:
            return "name";
        case ColumnKind::Number:
            return "number";
        case ColumnKind::Text:
            return "text";
    }
    return "text";
}

bool isTotalKey(const std::string& key) {
    std::string k = halfWidth(key);
    for (std::string_view lead : {"#", "其中:", "其中"})
        if (startsWith(k, lead)) k = cleanCellText(k.substr(lead.size()));
    static constexpr std::string_view kTotals[] = {
        "全市",     "全省",     "全国",     "全区", "全州", "全县",  "合计", "总计", "小计",       "总数",
        "全市合计", "全省合计", "全市总计", "全部", "总体", "total", "sum",  "all",  "grand total"};
    for (std::string_view total : kTotals)
        if (equalsIgnoreCase(k, total)) return true;
    return false;
}

Result<TableLayout> findTableLayout(const CellGrid& grid, const std::string& name,
                                    std::optional<size_t> headerRow) {
    TableLayout layout;
    const size_t rowCount = grid.rowCount();
    layout.cells.resize(rowCount);
    std::vector<RowShape> shapes(rowCount);
    for (size_t r = 0; r < rowCount; ++r) {
        for (const std::string& cell : grid.rows[r]) layout.cells[r].push_back(cleanCellText(cell));
        while (!layout.cells[r].empty() && layout.cells[r].back().empty()) layout.cells[r].pop_back();
        shapes[r] = shapeOf(layout.cells[r]);
    }
    layout.roles.assign(rowCount, RowRole::Empty);
    auto dataLike = [&](size_t r) { return isDataLike(layout.cells[r], shapes[r]); };

    if (headerRow && *headerRow >= rowCount)
        return Error{name + ": header row " + std::to_string(*headerRow + 1) + " is past the last row (" +
                     std::to_string(rowCount) + ")"};
    // A row given as the header must name columns: not a row of data, not a title of one cell.
    // Given the upper row of a two-row header (an indicator over its years), the header is both.
    bool givenUpper = false;
    if (headerRow) {
        const size_t h = *headerRow;
        const std::string row = std::to_string(h + 1);
        if (dataLike(h))
            return Error{name + ": row " + row +
                         " holds data (a name or code and numbers), not the names of " +
                         "the columns; give the row of the column names, or leave the header to be found"};
        if (shapes[h].nonEmpty < 2)
            return Error{name + ": row " + row + " has " +
                         (shapes[h].nonEmpty == 0 ? "no cells" : "one cell") +
                         ", not the names of the columns (a title?); give the row of the column names, or "
                         "leave the header to be found"};
        const size_t next = h + 1;
        if (next < rowCount && !dataLike(next) && shapes[next].nonEmpty >= 2 &&
            (isYearRow(layout.cells[next], shapes[next]) || (next + 1 < rowCount && dataLike(next + 1)))) {
            headerRow = next;
            givenUpper = true;
        }
    }
    // The data start at the first run of two data rows (or a lone one at the end), or after the
    // header row given.
    std::optional<size_t> firstData;
    const size_t searchFrom = headerRow ? *headerRow + 1 : 0;
    for (size_t r = searchFrom; r < rowCount && !firstData; ++r) {
        if (!dataLike(r)) continue;
        // Empty rows and headings of one cell (主城都市区 under 全市) do not part the data.
        size_t next = r + 1;
        while (next < rowCount && shapes[next].nonEmpty <= 1) ++next;
        if (next >= rowCount || dataLike(next) || headerRow) firstData = r;
    }
    if (!firstData) return Error{name + ": no rows of data found (rows with a name or code and numbers)"};

    // The header: the row given, else the nearest row above the data with two cells or more.
    if (headerRow) {
        layout.headerRow = *headerRow;
    } else {
        for (size_t r = *firstData; r-- > 0;) {
            if (shapes[r].nonEmpty == 0) continue;
            if (shapes[r].nonEmpty >= 2) layout.headerRow = r;
            break;
        }
    }
    if (layout.headerRow) {
        layout.headerRows = givenUpper ? 2 : 1;
        const size_t h = *layout.headerRow;
        // An upper header row: right above, not data, with two cells or more, or one that is not
        // above the lower row's first cell (a title would be).
        if (h > 0 && !headerRow) {
            const size_t u = h - 1;
            const RowShape& upper = shapes[u];
            if (upper.nonEmpty >= 1 && !dataLike(u) && unitLine(layout.cells[u].front()).empty() &&
                (upper.nonEmpty >= 2 || (shapes[h].nonEmpty > 0 && upper.first != shapes[h].first) ||
                 isYearRow(layout.cells[h], shapes[h])))
                layout.headerRows = 2;
        }
    }

    // Rows: titles above the header, data (and totals) between the first and the last data row,
    // footnotes below.
    const size_t headerTop = layout.headerRow ? *layout.headerRow + 1 - layout.headerRows : *firstData;
    std::string unit;
    for (size_t r = 0; r < headerTop; ++r) {
        if (shapes[r].nonEmpty == 0) continue;
        layout.roles[r] = RowRole::Title;
        for (const std::string& cell : layout.cells[r]) {
            if (cell.empty()) continue;
            const std::string u = unitLine(cell);
            if (!u.empty()) unit = u;
            // A line that is only the unit is no title; a title may say the unit in passing.
            const bool onlyUnit =
                !u.empty() &&
                (startsWith(halfWidth(cell), "单位") || startsWith(halfWidth(cell), "计量单位") ||
                 startsWith(halfWidth(cell), "Unit") || startsWith(halfWidth(cell), "unit"));
            if (!onlyUnit && layout.title.empty()) layout.title = cell;
        }
    }
    if (layout.headerRow)
        for (size_t r = headerTop; r <= *layout.headerRow; ++r) layout.roles[r] = RowRole::Header;
    size_t lastData = *firstData;
    for (size_t r = *firstData; r < rowCount; ++r)
        if (dataLike(r)) lastData = r;
    // Key cells are in the column most data rows start in.
    const size_t keyStart = shapes[*firstData].first;
    for (size_t r = *firstData; r < rowCount; ++r) {
        if (shapes[r].nonEmpty == 0) continue;
        const std::string& first = layout.cells[r][shapes[r].first];
        // A name alone among the data rows heads a group of them (主城都市区); anything else below
        // the header that is not data, and any row under the last data, is a note.
        const bool row =
            r <= lastData && !isFootnoteText(first) && (dataLike(r) || shapes[r].first == keyStart);
        if (!row)
            layout.roles[r] = RowRole::Footnote;
        else if (isTotalKey(first))
            layout.roles[r] = RowRole::Total;
        else
            layout.roles[r] = dataLike(r) ? RowRole::Data : RowRole::Heading;
    }

    // Columns named from the header (the upper row's merged cells carried across), kinds from the
    // data rows.
    size_t width = 0;
    for (size_t r = 0; r < rowCount; ++r)
        if (layout.roles[r] == RowRole::Data || layout.roles[r] == RowRole::Total ||
            layout.roles[r] == RowRole::Header)
            width = std::max(width, layout.cells[r].size());
    auto cellAt = [&](size_t r, size_t c) -> std::string {
        return c < layout.cells[r].size() ? layout.cells[r][c] : std::string();
    };
    std::set<std::string> taken;
    std::string carried;  // the upper header cell spanning the columns to its right
    for (size_t c = 0; c < width; ++c) {
        TableColumn column;
        std::string lower, upper;
        if (layout.headerRow) {
            lower = cellAt(*layout.headerRow, c);
            if (layout.headerRows == 2) {
                upper = cellAt(*layout.headerRow - 1, c);
                if (!upper.empty())
                    carried = lower.empty() ? std::string() : upper;
                else if (!lower.empty())
                    upper = carried;
            }
        }
        const HeaderUnit upperParts = splitHeaderUnit(upper), lowerParts = splitHeaderUnit(lower);
        column.name = upper.empty() ? lower : lower.empty() ? upper : upper + " " + lower;
        if (column.name.empty()) column.name = "column " + std::to_string(c + 1);
        for (int n = 2; taken.count(column.name); ++n) {
            const std::string base = column.name.substr(0, column.name.rfind(" ("));
            column.name = base + " (" + std::to_string(n) + ")";
        }
        taken.insert(column.name);
        column.unit = !lowerParts.unit.empty()   ? lowerParts.unit
                      : !upperParts.unit.empty() ? upperParts.unit
                                                 : unit;
        // The year from either row; the indicator is what is left.
        std::string indicator;
        for (const std::string* part : {&upperParts.name, &lowerParts.name}) {
            if (part->empty()) continue;
            if (std::optional<int> year = yearOf(*part)) {
                column.year = year;
            } else {
                indicator += (indicator.empty() ? "" : " ") + *part;
            }
        }
        column.indicator = indicator;
        column.kind = kindOf(layout, c, column.name);
        // Parentheses in a header of names are not a unit ("县（市、区）"), nor is the table's unit.
        if (column.kind != ColumnKind::Number) column.unit.clear();
        layout.columns.push_back(std::move(column));
    }
    for (size_t c = 0; c < layout.columns.size() && !layout.keyColumn; ++c)
        if (layout.columns[c].kind == ColumnKind::Code) layout.keyColumn = c;
    for (size_t c = 0; c < layout.columns.size() && !layout.keyColumn; ++c)
        if (layout.columns[c].kind == ColumnKind::Name) layout.keyColumn = c;
    return layout;
}

}  // namespace bashu
