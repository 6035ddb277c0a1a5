#include "app/table_join_option.h"

#include <algorithm>
#include <filesystem>

#include "io/sheet_reader.h"
#include "scene/statistical_join.h"

namespace bashu {

namespace fs = std::filesystem;

std::optional<std::pair<std::string, std::string>> splitTableAndSheet(const std::string& text) {
    std::error_code error;
    if (fs::exists(text, error)) return std::pair{text, std::string()};
    if (const size_t colon = text.rfind(':');
        colon != std::string::npos && colon > 0 && fs::exists(text.substr(0, colon), error))
        return std::pair{text.substr(0, colon), text.substr(colon + 1)};
    return std::nullopt;
}

namespace {

Result<std::pair<std::string, std::string>> tableAndSheet(const std::string& text) {
    if (std::optional<std::pair<std::string, std::string>> split = splitTableAndSheet(text)) return *split;
    return Error{"--join: no such file " + text};
}

}  // namespace

Result<StatTable> readStatTableNamed(const std::string& tableOption, std::optional<int> headerRow) {
    Result<std::pair<std::string, std::string>> named = tableAndSheet(tableOption);
    if (!named) return named.error();
    const auto& [path, sheet] = *named;
    if (!isTableFile(path))
        return Error{"--join: " + fs::path(path).filename().string() +
                     ": not a table file (.csv, .tsv, .txt, .xlsx, .xls or .ods)"};
    if (headerRow && *headerRow < 0)
        return Error{"--header-row: " + fs::path(path).filename().string() +
                     ": rows are numbered from 1 (0: found, as when it is left out)"};
    Result<StatTable> read = readStatTable(path, sheet, headerRow.value_or(0));
    if (!read) return Error{"--join: " + read.error().message};
    return read;
}

Status addTableJoin(MapDocument& document, const TableJoinRequest& request) {
    if (document.layers.empty()) return Error{"--join: the map has no layer to join the table to"};
    Result<StatTable> read = readStatTableNamed(request.table, request.headerRow);
    if (!read) return read.error();
    const auto [path, sheet] = *tableAndSheet(request.table);
    const StatTable& table = *read;
    const std::string name = table.name;

    const size_t equals = request.on.find('=');
    const std::string column = request.on.substr(0, equals);
    const std::string layerField =
        equals == std::string::npos ? std::string() : request.on.substr(equals + 1);
    Result<std::string> key = keyColumnName(table, column);
    if (!key) return Error{"--on: " + key.error().message};
    // One column of values is the one to map; among several, the user says which.
    const std::vector<std::string> values = valueColumns(table);
    std::string field = request.field;
    if (field.empty() && values.size() == 1) field = values.front();
    if (field.empty() && request.byYear && !values.empty()) {
        // One indicator in every column (its years): the panels show them all, from any column.
        auto indicatorOf = [&](const std::string& valueColumn) -> std::string {
            Result<ColumnJoin> shown = joinForColumn(table, valueColumn);
            if (!shown) return "\x1f";
            for (const auto& [f, v] : shown->where)
                if (f == kIndicatorField) return v;
            return "";
        };
        const std::string first = indicatorOf(values.front());
        if (std::all_of(values.begin(), values.end(),
                        [&](const std::string& c) { return indicatorOf(c) == first; }))
            field = values.back();
    }
    if (field.empty()) {
        std::string numbers;
        for (const std::string& c : values) numbers += (numbers.empty() ? "" : ", ") + c;
        return Error{"--join needs --field, the column to map (" + name +
                     "'s columns of numbers: " + numbers + ")"};
    }
    Result<ColumnJoin> shown = joinForColumn(table, field);
    if (!shown) return Error{"--field: " + shown.error().message};

    LayerSpec& layer = document.layers.front();
    JoinSpec join;
    join.table = fs::absolute(path).lexically_normal().string();
    join.sheet = sheet;
    join.headerRow = request.headerRow.value_or(0);
    join.match = JoinMatch::Units;
    join.tableKey = *key;
    join.layerKey = layerField;
    join.where = shown->where;
    join.value = shown->value;
    // The joined field is named as the table's column, which the legend and the title then say.
    join.as = shown->column;
    layer.join = join;
    showJoinedColumn(layer.fill, join.as);
    layer.name = join.as;  // the legend's heading names the column, not the file
    // The map's title, subtitle and data credit described other data; so do the layers drawing
    // the same units from another table (the built-in map's circles of its own GDP).
    retitleForTable(document, join, table.layout.title);
    const std::vector<size_t> other = layersOfOtherData(document.layers, 0);
    for (size_t i = other.size(); i-- > 0;)
        document.layers.erase(document.layers.begin() + std::ptrdiff_t(other[i]));
    return Ok{};
}

}  // namespace bashu
