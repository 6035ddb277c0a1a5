#include "ui/attribute_rows.h"

#include <algorithm>
#include <numeric>

#include "core/ascii_case.h"

namespace bashu {

namespace {
std::string field(const std::string& value, char separator) {
    if (separator != ',') {
        std::string out = value;
        std::replace_if(
            out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
        return out;
    }
    if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}
}  // namespace

std::vector<size_t> filteredRows(const AttributeTable& table, std::string_view filter) {
    const size_t n = table.columns.empty() ? 0 : table.columns.front().size();
    std::vector<size_t> rows;
    const std::string needle = asciiLower(filter);
    for (size_t row = 0; row < n; ++row) {
        bool match = needle.empty();
        for (size_t c = 0; c < table.columns.size() && !match; ++c)
            match = asciiLower(table.columns[c].text(row)).find(needle) != std::string::npos;
        if (match) rows.push_back(row);
    }
    return rows;
}

void sortRows(std::vector<size_t>& rows, const Column& column, bool ascending) {
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        if (column.isNull(a) || column.isNull(b)) return !column.isNull(a) && column.isNull(b);
        if (column.isNumeric())
            return ascending ? column.numbers[a] < column.numbers[b] : column.numbers[b] < column.numbers[a];
        return ascending ? column.strings[a] < column.strings[b] : column.strings[b] < column.strings[a];
    });
}

std::string rowsAsText(const AttributeTable& table, const std::vector<size_t>& rows, char separator) {
    std::string text;
    for (size_t c = 0; c < table.columns.size(); ++c)
        text += (c ? std::string(1, separator) : std::string()) + field(table.columns[c].name, separator);
    text += '\n';
    for (size_t row : rows) {
        for (size_t c = 0; c < table.columns.size(); ++c)
            text += (c ? std::string(1, separator) : std::string()) +
                    field(table.columns[c].text(row), separator);
        text += '\n';
    }
    return text;
}

}  // namespace bashu
