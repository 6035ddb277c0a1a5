#include "core/delimited_text.h"

#include <algorithm>
#include <array>
#include <map>

#include "core/text_encoding.h"
#include "core/utf8.h"

namespace bashu {

namespace {

// Lines looked at to choose the delimiter: enough for a title, a header and many data rows.
constexpr size_t kSampleLines = 200;

// Splits `text` into rows of cells at `delimiter`, quotes as RFC 4180 has them; stops after
// `maxRows` rows (0: all). Line ends are LF, CRLF or CR.
std::vector<std::vector<std::string>> splitCells(std::string_view text, char delimiter, size_t maxRows) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, cellStarted = false;
    auto endCell = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        cellStarted = false;
    };
    auto endRow = [&] {
        endCell();
        // A line with nothing on it is an empty row (kept: it can part a title from the table).
        if (row.size() == 1 && row.front().empty()) row.clear();
        rows.push_back(std::move(row));
        row.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"' && !cellStarted) {
            quoted = cellStarted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRow();
            if (maxRows && rows.size() >= maxRows) return rows;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !cell.empty() || !row.empty()) endRow();
    return rows;
}

// How many of the rows have the most common number of cells, when that number is two or more.
size_t consistentRows(const std::vector<std::vector<std::string>>& rows) {
    std::map<size_t, size_t> counts;
    for (const auto& row : rows)
        if (row.size() >= 2) ++counts[row.size()];
    size_t best = 0;
    for (const auto& [cells, rowsWithThem] : counts) best = std::max(best, rowsWithThem);
    return best;
}

}  // namespace

Result<DelimitedText> parseDelimitedText(std::string_view bytes, const std::string& name) {
    if (bytes.find('\0') != std::string_view::npos)
        return Error{name + ": not a text table (the file holds binary data)"};
    DelimitedText out;
    std::string text;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        out.encoding = "UTF-8 with BOM";
    } else {
        out.encoding = "UTF-8";
    }
    if (isValidUtf8(bytes)) {
        text.assign(bytes);
    } else if (std::optional<std::string> decoded = decodeGb18030(bytes)) {
        text = std::move(*decoded);
        out.encoding = "GB18030/GBK";
    } else {
        return Error{name + ": the text is neither UTF-8 nor GB18030/GBK; save it as UTF-8 CSV"};
    }
    // The delimiter that splits the sample most consistently; comma first on a tie.
    size_t bestScore = 0;
    for (const char delimiter : std::array{',', '\t', ';'}) {
        const size_t score = consistentRows(splitCells(text, delimiter, kSampleLines));
        if (score > bestScore) {
            bestScore = score;
            out.delimiter = delimiter;
        }
    }
    out.cells.rows = splitCells(text, out.delimiter, 0);
    // Trailing empty rows (a file ending in blank lines) are not part of the table.
    while (!out.cells.rows.empty() && out.cells.rows.back().empty()) out.cells.rows.pop_back();
    return out;
}

}  // namespace bashu
