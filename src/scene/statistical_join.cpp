#include "scene/statistical_join.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "core/ascii_case.h"
#include "core/file_extension.h"
#include "io/sheet_reader.h"
#include "scene/held_classes.h"
#include "scene/joined_table.h"
#include "scene/proportional_symbols.h"
#include "tables/table_join.h"

namespace bashu {

bool isStatisticalJoin(const JoinSpec& join) {
    const std::string ext = lowerExtension(join.table);
    return join.match == JoinMatch::Units || ext == ".xlsx" || ext == ".xls" || ext == ".ods";
}

std::string tableName(const JoinSpec& join) {
    const std::string file = std::filesystem::path(join.table).filename().string();
    return join.sheet.empty() ? file : file + ":" + join.sheet;
}

bool isStatisticsTable(const std::string& path) {
    if (!isTableFile(path)) return false;
    const std::string ext = lowerExtension(path);
    if (ext == ".xlsx" || ext == ".xls" || ext == ".ods") return true;
    Result<SheetCells> cells = readSheet(path);
    if (!cells) return false;
    static constexpr std::string_view kCoordinates[] = {
        "lon", "lng", "long",     "longitude", "lat",      "latitude", "x",
        "y",   "wkt", "geometry", "geom",      "the_geom", "经度",     "纬度"};
    for (size_t r = 0; r < cells->cells.rowCount() && r < 10; ++r)
        for (const std::string& cell : cells->cells.rows[r])
            for (std::string_view name : kCoordinates)
                if (equalsIgnoreCase(cell, name)) return false;
    return true;
}

Result<std::vector<std::string>> tableSheets(const std::string& path) { return listSheets(path); }

Result<StatTable> readStatTable(const std::string& path, const std::string& sheet, int headerRow) {
    Result<SheetCells> cells = readSheet(path, sheet);
    if (!cells) return cells.error();
    const std::string file = std::filesystem::path(path).filename().string();
    const std::string name = sheet.empty() ? file : file + ":" + sheet;
    std::optional<size_t> header;
    if (headerRow > 0) header = static_cast<size_t>(headerRow - 1);
    Result<TableLayout> layout = findTableLayout(cells->cells, name, header);
    if (!layout) return layout.error();
    return makeStatTable(std::move(*layout), name);
}

namespace {

// A key as an administrative code's 6 digits (of 6, or of a 9- or 12-digit statistical code);
// empty when it is not one.
std::string adminCode(const std::string& key) {
    const bool digits = (key.size() == 6 || key.size() == 9 || key.size() == 12) &&
                        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? key.substr(0, 6) : "";
}

// Why nothing matched, where the keys say: codes of counties against a layer of their
// prefectures (or the other way round) never match, whatever the key column.
std::string levelHint(const TableJoin& prepared, const AttributeTable& layer) {
    std::set<std::string> layerCodes;
    if (const Column* field = layer.find(prepared.report.layerField))
        for (size_t f = 0; f < field->size(); ++f)
            if (!field->isNull(f))
                if (std::string code = adminCode(field->text(f)); !code.empty()) layerCodes.insert(code);
    size_t inPrefecture = 0, overCounties = 0, codes = 0;
    for (const KeyMatch& key : prepared.report.keys) {
        const std::string code = adminCode(key.key);
        if (code.empty()) continue;
        ++codes;
        const std::string prefix = code.substr(0, 4);
        if (code.compare(4, 2, "00") != 0 && layerCodes.count(prefix + "00")) ++inPrefecture;
        if (code.compare(4, 2, "00") == 0) {
            const auto next = layerCodes.upper_bound(code);
            if (next != layerCodes.end() && next->compare(0, 4, prefix) == 0) ++overCounties;
        }
    }
    if (codes > 0 && inPrefecture * 2 >= codes)
        return ": the table's codes are of counties (" + adminCode(prepared.report.keys.front().key) +
               "), the layer's of their prefectures; join it to a layer of counties";
    if (codes > 0 && overCounties * 2 >= codes)
        return ": the table's codes are of prefectures, the layer's of counties; join it to a layer of "
               "prefectures";
    return "";
}

}  // namespace

Result<StatisticalJoin> readStatisticalJoin(const JoinSpec& join, const AttributeTable& layer) {
    Result<StatTable> read = readStatTable(join.table, join.sheet, join.headerRow);
    if (!read) return read.error();
    const StatTable& table = *read;
    const std::string name = tableName(join);
    Result<std::string> key = keyColumnName(table, join.tableKey);
    if (!key) return key.error();
    StatisticalJoin out;
    out.layerKey = join.layerKey;
    out.tableKey = *key;
    if (join.match == JoinMatch::Exact) {
        // Keys as written: the long form as it is, the join reports what it does not match.
        out.table = longForm(table);
        return out;
    }
    Result<TableJoin> prepared = prepareTableJoin(table, *key, layer, join.layerKey, join.pairs);
    if (!prepared) return prepared.error();
    if (prepared->report.matchedRows == 0) {
        std::string keys;
        for (size_t k = 0; k < prepared->report.keys.size() && k < 3; ++k)
            keys += (k ? ", " : "") + ("'" + prepared->report.keys[k].key + "'");
        const std::string hint = levelHint(*prepared, layer);
        return Error{name + ": no row matches a feature of the layer (keys such as " + keys +
                     " on the layer's " + prepared->report.layerField + ")" +
                     (hint.empty() ? "; is it the right table, key column and layer?" : hint)};
    }
    out.layerKey = prepared->report.layerField;
    out.joinField = prepared->joinField;
    out.title = table.layout.title;
    out.table = std::move(prepared->table);
    out.report = std::move(prepared->lines);
    if (!out.report.empty()) out.report.front() = name + ": " + out.report.front();
    for (const std::string& total : table.totals)
        out.report.push_back("  left out as a total: '" + total + "'");
    for (const std::string& heading : table.headings)
        out.report.push_back("  left out as a heading: '" + heading + "'");
    return out;
}

Result<SceneLayer> joinedCopy(const SceneLayer& layer, JoinSpec join, StatisticalJoin prepared) {
    SceneLayer joined = layer;
    joined.id = nextLayerId();
    if (layer.spec.join)
        std::erase_if(joined.data.attributes.columns,
                      [&](const Column& c) { return c.name == layer.spec.join->as; });
    if (joined.data.attributes.find(join.as))
        return Error{layer.spec.name + ": already has a field '" + join.as +
                     "'; the joined column needs another name"};
    join.layerKey = prepared.layerKey;
    join.tableKey = prepared.tableKey;
    joined.joinField = prepared.joinField;
    joined.spec.join = join;
    joined.joinReport = std::move(prepared.report);
    joined.joinTable = std::make_shared<const JoinedTable>(std::move(prepared.table));
    joined.joinIndex.reset();
    joined.namesShown.clear();
    std::vector<std::string> warnings;
    if (Status done = applyJoin(joined, warnings); !done) return done.error();
    // The layer is named after what it now shows, as a map document's curated layers are; a year
    // switch renames it in place.
    joined.spec.name = join.as;
    showJoinedColumn(joined.spec.fill, join.as);
    joined.mapped.key.clear();
    if (Status styled = restyleLayer(joined); !styled) return styled.error();
    if (Status held = holdClassesOnArrival(joined); !held) return held.error();
    if (Status sized = sizeSymbols(joined); !sized) return sized.error();
    joined.paint = paintOf(joined);
    return joined;
}

void showJoinedColumn(FillStyle& fill, const std::string& field) {
    fill.field = field;
    if (fill.method == ClassMethod::Categories) fill.method = ClassMethod::NaturalBreaks;  // numbers now
    fill.divideBy.clear();
    fill.shareOfTotal = false;
    fill.breaks.clear();
    fill.breakSet.clear();
    fill.labels.clear();
    fill.unit.clear();
}

void retitleForTable(MapDocument& document, const JoinSpec& join, const std::string& tableTitle) {
    document.title = join.as;
    document.subtitle.clear();
    // The note's parts are separated by " · "; the one crediting the data goes, the table's comes
    // first, with its title as published (in the note, which a year switch leaves as it is: a
    // subtitle's years follow the year shown).
    std::string note =
        "Data: " + tableName(join) + (tableTitle.empty() ? "" : ", \u201c" + tableTitle + "\u201d");
    const std::string separator = " · ";
    for (size_t start = 0; start <= document.note.size();) {
        size_t end = document.note.find(separator, start);
        if (end == std::string::npos) end = document.note.size();
        const std::string part = document.note.substr(start, end - start);
        if (!part.empty() && part.rfind("Data", 0) != 0 && part.rfind("数据", 0) != 0)
            note += separator + part;
        start = end + separator.size();
    }
    document.note = note;
}

std::vector<size_t> layersOfOtherData(const std::vector<LayerSpec>& layers, size_t joined) {
    std::vector<size_t> other;
    for (size_t i = 0; i < layers.size(); ++i)
        if (i != joined && layers[i].join && layers[i].source == layers.at(joined).source &&
            !(layers[joined].join && layers[i].join == layers[joined].join))
            other.push_back(i);
    return other;
}

}  // namespace bashu
