#include "tables/stat_table.h"

#include <algorithm>
#include <set>

#include "core/ascii_case.h"
#include "core/edit_distance.h"
#include "tables/cell_text.h"

namespace bashu {

namespace {

bool namesYear(const std::string& header) {
    for (std::string_view name : {"year", "年份", "年度", "年"})
        if (equalsIgnoreCase(header, name)) return true;
    return false;
}

bool namesIndicator(const std::string& header) {
    for (std::string_view name : {"indicator", "指标", "指标名称", "项目"})
        if (equalsIgnoreCase(header, name)) return true;
    return false;
}

// The values of a column in the order first met.
std::vector<std::string> valuesOf(const Column& column) {
    std::vector<std::string> values;
    for (size_t r = 0; r < column.size(); ++r)
        if (!column.isNull(r) && std::find(values.begin(), values.end(), column.text(r)) == values.end())
            values.push_back(column.text(r));
    return values;
}

std::string columnList(const StatTable& table) {
    std::string list;
    for (const TableColumn& column : table.layout.columns) list += (list.empty() ? "" : ", ") + column.name;
    return list;
}

// The column named `wanted`, or an error naming the nearest one.
Result<size_t> findColumn(const StatTable& table, const std::string& wanted) {
    const auto& columns = table.layout.columns;
    for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].name == wanted) return c;
    // Written without the padding or in half width, as typed on a command line.
    const std::string typed = cleanCellText(halfWidth(wanted));
    for (size_t c = 0; c < columns.size(); ++c)
        if (cleanCellText(halfWidth(columns[c].name)) == typed) return c;
    size_t best = columns.size(), bestDistance = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const size_t distance = editDistance(typed, columns[c].name);
        if (best == columns.size() || distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    std::string message = table.name + ": no column '" + wanted + "'";
    if (best < columns.size() && bestDistance <= std::max<size_t>(1, codePointCount(typed) / 3))
        message += " (did you mean '" + columns[best].name + "'?)";
    else
        message += "; the columns are: " + columnList(table);
    return Error{message};
}

std::string indicatorOf(const StatTable& table, const TableColumn& column) {
    if (!column.indicator.empty()) return column.indicator;
    if (!table.layout.title.empty()) return table.layout.title;
    return kValueField;
}

}  // namespace

StatTable makeStatTable(TableLayout layout, std::string name) {
    StatTable table;
    table.name = std::move(name);
    table.layout = std::move(layout);
    const TableLayout& l = table.layout;
    for (size_t r = 0; r < l.roles.size(); ++r) {
        if (l.roles[r] == RowRole::Data) table.dataRows.push_back(r);
        if (l.roles[r] == RowRole::Total || l.roles[r] == RowRole::Heading) {
            std::vector<std::string>& leftOut = l.roles[r] == RowRole::Total ? table.totals : table.headings;
            for (const std::string& cell : l.cells[r])
                if (!cell.empty()) {
                    leftOut.push_back(cell);
                    break;
                }
        }
    }
    for (size_t c = 0; c < l.columns.size(); ++c) {
        const TableColumn& info = l.columns[c];
        const bool numeric = info.kind == ColumnKind::Number;
        Column& column = table.wide.addColumn(info.name, numeric ? FieldType::Real : FieldType::String);
        for (size_t r : table.dataRows) {
            const std::string& cell = c < l.cells[r].size() ? l.cells[r][c] : std::string();
            if (numeric) {
                if (std::optional<double> number = parseCellNumber(cell))
                    column.appendNumber(*number);
                else
                    column.appendNull();
            } else if (cell.empty()) {
                column.appendNull();
            } else {
                column.appendString(info.kind == ColumnKind::Code ? halfWidth(cell) : cell);
            }
        }
        if (namesYear(info.name) && !table.yearColumn) table.yearColumn = c;
        if (namesIndicator(info.name) && !table.indicatorColumn) table.indicatorColumn = c;
        table.alreadyLong = table.yearColumn || table.indicatorColumn;
    }
    return table;
}

AttributeTable longForm(const StatTable& table) {
    if (table.alreadyLong) return table.wide;
    const auto& columns = table.layout.columns;
    const std::set<std::string> own = {kIndicatorField, kYearField, kValueField, kUnitField};
    std::vector<size_t> carried, numbers;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].kind == ColumnKind::Number)
            numbers.push_back(c);
        else if (columns[c].kind != ColumnKind::Empty && !own.count(columns[c].name))
            carried.push_back(c);
    }
    AttributeTable out;
    std::vector<Column*> carriedOut;
    for (size_t c : carried) carriedOut.push_back(&out.addColumn(columns[c].name, FieldType::String));
    Column& indicator = out.addColumn(kIndicatorField, FieldType::String);
    Column& year = out.addColumn(kYearField, FieldType::String);
    Column& value = out.addColumn(kValueField, FieldType::Real);
    Column& unit = out.addColumn(kUnitField, FieldType::String);
    const size_t rows = table.dataRows.size();
    for (size_t r = 0; r < rows; ++r)
        for (size_t c : numbers) {
            for (size_t k = 0; k < carried.size(); ++k) {
                const Column& from = table.wide.columns[carried[k]];
                if (from.isNull(r))
                    carriedOut[k]->appendNull();
                else
                    carriedOut[k]->appendString(from.strings[r]);
            }
            indicator.appendString(indicatorOf(table, columns[c]));
            if (columns[c].year)
                year.appendString(std::to_string(*columns[c].year));
            else
                year.appendNull();
            const Column& from = table.wide.columns[c];
            if (std::optional<double> number = from.number(r))
                value.appendNumber(*number);
            else
                value.appendNull();
            if (columns[c].unit.empty())
                unit.appendNull();
            else
                unit.appendString(columns[c].unit);
        }
    return out;
}

bool isValueColumn(const StatTable& table, size_t c) {
    return table.layout.columns[c].kind == ColumnKind::Number && c != table.yearColumn;
}

std::vector<std::string> valueColumns(const StatTable& table) {
    std::vector<std::string> names;
    for (size_t c = 0; c < table.layout.columns.size(); ++c)
        if (isValueColumn(table, c)) names.push_back(table.layout.columns[c].name);
    return names;
}

Result<ColumnJoin> joinForColumn(const StatTable& table, const std::string& wanted) {
    Result<size_t> found = findColumn(table, wanted);
    if (!found) return found.error();
    const TableColumn& column = table.layout.columns[*found];
    if (column.kind != ColumnKind::Number)
        return Error{table.name + ": column '" + column.name + "' holds " + columnKindName(column.kind) +
                     ", not numbers"};
    if (!isValueColumn(table, *found))
        return Error{table.name + ": column '" + column.name +
                     "' holds the years of the rows, not values to map"};
    if (table.alreadyLong) {
        // Each unit has a row per year and indicator: the join shows one of them (the latest year,
        // the first indicator), and the year slider and indicator list step through the others.
        ColumnJoin join{{}, column.name, column.name};
        if (table.indicatorColumn) {
            const std::vector<std::string> indicators = valuesOf(table.wide.columns[*table.indicatorColumn]);
            if (!indicators.empty())
                join.where.emplace_back(table.layout.columns[*table.indicatorColumn].name,
                                        indicators.front());
        }
        if (table.yearColumn) {
            std::vector<std::string> years = valuesOf(table.wide.columns[*table.yearColumn]);
            std::sort(years.begin(), years.end());
            if (!years.empty())
                join.where.emplace_back(table.layout.columns[*table.yearColumn].name, years.back());
        }
        return join;
    }
    ColumnJoin join;
    join.column = column.name;
    join.where.emplace_back(kIndicatorField, indicatorOf(table, column));
    if (column.year) join.where.emplace_back(kYearField, std::to_string(*column.year));
    join.value = kValueField;
    return join;
}

Result<std::string> keyColumnName(const StatTable& table, const std::string& given) {
    if (!given.empty()) {
        Result<size_t> found = findColumn(table, given);
        if (!found) return found.error();
        return table.layout.columns[*found].name;
    }
    if (!table.layout.keyColumn)
        return Error{table.name + ": no column of names or codes to match on; give one (the columns are: " +
                     columnList(table) + ")"};
    return table.layout.columns[*table.layout.keyColumn].name;
}

}  // namespace bashu
