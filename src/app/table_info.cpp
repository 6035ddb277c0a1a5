#include "app/table_info.h"

#include <filesystem>
#include <iostream>

#include "io/sheet_reader.h"
#include "tables/stat_table.h"

namespace bashu {

namespace {

nlohmann::json describeSheet(const SheetCells& sheet, const std::string& name) {
    nlohmann::json out = {{"name", sheet.sheet}};
    if (!sheet.encoding.empty()) out["encoding"] = sheet.encoding;
    Result<TableLayout> layout = findTableLayout(sheet.cells, name);
    if (!layout) {
        out["problem"] = layout.error().message;
        return out;
    }
    const StatTable table = makeStatTable(std::move(*layout), name);
    const TableLayout& l = table.layout;
    size_t footnotes = 0;
    for (RowRole role : l.roles)
        if (role == RowRole::Footnote) ++footnotes;
    out["title"] = l.title;
    out["header_row"] = l.headerRow ? nlohmann::json(*l.headerRow + 1) : nlohmann::json(nullptr);
    out["header_rows"] = l.headerRows;
    out["data_rows"] = table.dataRows.size();
    out["totals"] = table.totals;
    out["headings"] = table.headings;
    out["footnote_rows"] = footnotes;
    out["key_column"] = l.keyColumn ? nlohmann::json(l.columns[*l.keyColumn].name) : nlohmann::json(nullptr);
    out["long"] = table.alreadyLong;
    nlohmann::json columns = nlohmann::json::array();
    for (const TableColumn& column : l.columns) {
        nlohmann::json c = {{"name", column.name}, {"kind", columnKindName(column.kind)}};
        if (!column.unit.empty()) c["unit"] = column.unit;
        if (column.year) c["year"] = *column.year;
        if (column.kind == ColumnKind::Number && !column.indicator.empty()) c["indicator"] = column.indicator;
        columns.push_back(std::move(c));
    }
    out["columns"] = std::move(columns);
    return out;
}

}  // namespace

Result<nlohmann::json> describeTableFile(const std::string& path, const std::string& sheet) {
    Result<std::vector<std::string>> sheets = listSheets(path);
    if (!sheets) return sheets.error();
    nlohmann::json out = {{"path", path}, {"driver", "table"}, {"sheets", nlohmann::json::array()}};
    const std::string file = std::filesystem::path(path).filename().string();
    if (!sheet.empty()) {
        // One sheet, by its name or its place, as a join names it.
        Result<SheetCells> cells = readSheet(path, sheet);
        if (!cells) return cells.error();
        out["sheets"].push_back(describeSheet(*cells, file + ":" + sheet));
        return out;
    }
    for (const std::string& name : *sheets) {
        Result<SheetCells> cells = readSheet(path, name);
        if (!cells) return cells.error();
        out["sheets"].push_back(describeSheet(*cells, sheets->size() == 1 ? file : file + ":" + name));
    }
    return out;
}

void printTableDescription(const nlohmann::json& table) {
    const size_t count = table["sheets"].size();
    std::cout << table["path"].get<std::string>() << ": table, " << count
              << (count == 1 ? " sheet\n" : " sheets\n");
    for (const auto& sheet : table["sheets"]) {
        std::cout << "  sheet '" << sheet["name"].get<std::string>() << "'";
        if (sheet.contains("problem")) {
            std::cout << ": " << sheet["problem"].get<std::string>() << "\n";
            continue;
        }
        std::cout << ": " << sheet["data_rows"] << " data rows";
        if (sheet["header_row"].is_null())
            std::cout << ", no header row found (give one with --header-row)\n";
        else
            std::cout << " under a " << sheet["header_rows"] << "-row header ending on row "
                      << sheet["header_row"] << "\n";
        if (!sheet["title"].get<std::string>().empty())
            std::cout << "    title: " << sheet["title"].get<std::string>() << "\n";
        if (sheet.contains("encoding"))
            std::cout << "    text: " << sheet["encoding"].get<std::string>() << "\n";
        std::string leftOut;
        for (const auto& total : sheet["totals"])
            leftOut += (leftOut.empty() ? "" : ", ") + total.get<std::string>();
        if (!leftOut.empty()) std::cout << "    totals left out: " << leftOut << "\n";
        std::string headings;
        for (const auto& heading : sheet["headings"])
            headings += (headings.empty() ? "" : ", ") + heading.get<std::string>();
        if (!headings.empty()) std::cout << "    headings left out: " << headings << "\n";
        if (sheet["footnote_rows"] > 0) std::cout << "    footnote rows: " << sheet["footnote_rows"] << "\n";
        std::cout << "    key: "
                  << (sheet["key_column"].is_null() ? std::string("none found (give one with --on)")
                                                    : sheet["key_column"].get<std::string>())
                  << (sheet["long"].get<bool>() ? "; a long table (a row per unit, indicator and year)" : "")
                  << "\n";
        std::cout << "    columns:\n";
        for (const auto& column : sheet["columns"]) {
            std::cout << "      " << column["name"].get<std::string>() << " ("
                      << column["kind"].get<std::string>();
            if (column.contains("unit")) std::cout << ", " << column["unit"].get<std::string>();
            std::cout << ")\n";
        }
    }
}

}  // namespace bashu
