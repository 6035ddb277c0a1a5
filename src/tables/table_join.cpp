#include "tables/table_join.h"

#include <unordered_map>
#include <unordered_set>

namespace bashu {

namespace {

bool allDistinct(const Column& column) {
    std::unordered_set<std::string> seen;
    for (size_t f = 0; f < column.size(); ++f)
        if (column.isNull(f) || !seen.insert(column.text(f)).second) return false;
    return true;
}

// `preferred` when its values tell the features apart, else the first field whose values do;
// empty when none does.
std::string distinctField(const AttributeTable& layer, const std::string& preferred) {
    if (const Column* column = layer.find(preferred); column && allDistinct(*column)) return preferred;
    for (const Column& column : layer.columns)
        if (allDistinct(column)) return column.name;
    return "";
}

}  // namespace

Result<TableJoin> prepareTableJoin(const StatTable& table, const std::string& tableKey,
                                   const AttributeTable& layer, const std::string& layerKey,
                                   const std::map<std::string, std::string>& pairs,
                                   const std::string& nameField) {
    const Column* keys = table.wide.find(tableKey);
    if (!keys) return Error{table.name + ": no column '" + tableKey + "'"};
    std::vector<std::string> rowKeys;
    for (size_t r = 0; r < keys->size(); ++r) rowKeys.push_back(keys->text(r));
    Result<KeyMatchReport> report = matchKeys(rowKeys, layer, layerKey, pairs);
    if (!report) return Error{table.name + ": " + report.error().message};
    TableJoin out;
    out.report = std::move(*report);
    out.lines = describeMatch(out.report, layer, nameField);
    // The keys are written as a field of the layer that tells its features apart: the one matched
    // on, unless two features share a value of it (a unit paired by hand must not colour both).
    out.joinField = out.report.layerField;
    if (const std::string telling = distinctField(layer, out.report.layerField); !telling.empty())
        out.joinField = telling;
    const Column& layerKeys = *layer.find(out.joinField);

    // The unit of each key text, as the layer writes its key, and how it was found.
    std::unordered_map<std::string, std::string> unitOf, howOf;
    for (const KeyMatch& match : out.report.keys)
        if (match.feature) {
            unitOf[match.key] = layerKeys.text(*match.feature);
            howOf[match.key] = match.how;
        }

    out.table = longForm(table);
    Column* longKeys = out.table.find(tableKey);
    if (!longKeys) return Error{table.name + ": no column '" + tableKey + "' in its long form"};
    // A wide table has a row per unit: a key met again is a repeat, its rows left out. (A long
    // table has a row per unit, indicator and year; the join finds repeats among those.)
    const size_t perRow = keys->size() ? longKeys->size() / keys->size() : 0;
    if (longKeys->type != FieldType::String) {
        // Keys the table holds as numbers are written as the layer writes them: text.
        Column text;
        text.name = longKeys->name;
        for (size_t l = 0; l < longKeys->size(); ++l) text.appendString(longKeys->text(l));
        *longKeys = std::move(text);
    }
    Column written, matchedBy;
    written.name = kKeyInTableField;
    matchedBy.name = kMatchedByField;
    for (size_t l = 0; l < longKeys->size(); ++l) {
        written.appendNull();
        matchedBy.appendNull();
    }
    std::unordered_map<std::string, size_t> firstRow;
    for (size_t r = 0; r < keys->size(); ++r) {
        const std::string key = rowKeys[r];
        bool keep = !key.empty();
        if (keep && !table.alreadyLong) {
            auto [it, first] = firstRow.emplace(key, r);
            if (!first) {
                keep = false;
                out.lines.push_back(
                    "  repeated: '" + key + "' on rows " + std::to_string(table.dataRows[it->second] + 1) +
                    " and " + std::to_string(table.dataRows[r] + 1) + " of the sheet; the first is kept");
            }
        }
        auto unit = keep ? unitOf.find(key) : unitOf.end();
        const size_t begin = table.alreadyLong ? r : r * perRow,
                     end = table.alreadyLong ? r + 1 : begin + perRow;
        for (size_t l = begin; l < end; ++l) {
            if (unit == unitOf.end()) {
                longKeys->valid[l] = 0;
                longKeys->strings[l].clear();
            } else {
                longKeys->valid[l] = 1;
                longKeys->strings[l] = unit->second;
                written.valid[l] = matchedBy.valid[l] = 1;
                written.strings[l] = key;
                matchedBy.strings[l] = howOf[key];
            }
        }
    }
    if (!out.table.find(kKeyInTableField)) out.table.columns.push_back(std::move(written));
    if (!out.table.find(kMatchedByField)) out.table.columns.push_back(std::move(matchedBy));
    return out;
}

}  // namespace bashu
