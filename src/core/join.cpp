#include "core/join.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace bashu {

namespace {
bool parseNumber(const std::string& text, double& out) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    while (begin < end && *begin == ' ') ++begin;
    while (end > begin && end[-1] == ' ') --end;
    const auto [ptr, ec] = std::from_chars(begin, end, out);
    return ec == std::errc() && ptr == end && std::isfinite(out);
}
// Whether a row meets every `where` condition except the one on `skipField`.
bool meetsOtherConditions(const AttributeTable& table, const JoinSpec& join, const std::string& skipField,
                          size_t row) {
    for (const auto& [field, wanted] : join.where) {
        if (field == skipField) continue;
        const Column* c = table.find(field);
        if (!c || c->text(row) != wanted) return false;
    }
    return true;
}
}  // namespace

std::string joinConditionsKey(const JoinSpec& join, const std::string& except) {
    std::string key;
    for (const auto& [field, value] : join.where)
        if (field != except) key += '\x1f' + field + '=' + value;
    return key;
}

std::vector<std::string> joinConditionChoices(const AttributeTable& table, const JoinSpec& join,
                                              const std::string& field) {
    const Column* column = table.find(field);
    if (!column) return {};
    // Distinct values first: a long table repeats a handful of years millions of times.
    std::unordered_set<std::string> distinct;
    for (size_t row = 0; row < column->size(); ++row)
        if (!column->isNull(row) && meetsOtherConditions(table, join, field, row))
            distinct.insert(column->text(row));
    std::vector<std::string> choices(distinct.begin(), distinct.end());
    std::sort(choices.begin(), choices.end());
    double unused = 0.0;
    const bool numeric = std::all_of(choices.begin(), choices.end(),
                                     [&](const std::string& c) { return parseNumber(c, unused); });
    if (numeric)
        std::sort(choices.begin(), choices.end(), [](const std::string& a, const std::string& b) {
            double x = 0.0, y = 0.0;
            parseNumber(a, x);
            parseNumber(b, y);
            return x < y;
        });
    return choices;
}

std::vector<double> joinValuesOverAll(const AttributeTable& layer, const AttributeTable& table,
                                      const JoinSpec& join, const std::string& field) {
    const Column* layerKey = layer.find(join.layerKey);
    const Column* tableKey = table.find(join.tableKey);
    const Column* value = table.find(join.value);
    if (!layerKey || !tableKey || !value) return {};
    std::unordered_map<std::string, bool> keys;
    for (size_t feature = 0; feature < layerKey->size(); ++feature)
        if (!layerKey->isNull(feature)) keys[layerKey->text(feature)] = true;
    std::vector<double> values;
    for (size_t row = 0; row < tableKey->size(); ++row) {
        if (tableKey->isNull(row) || !keys.count(tableKey->text(row))) continue;
        if (!meetsOtherConditions(table, join, field, row) || value->isNull(row)) continue;
        double v = 0.0;
        if (value->isNumeric() ? (v = value->numbers[row], std::isfinite(v))
                               : parseNumber(value->strings[row], v))
            values.push_back(v);
    }
    return values;
}

Result<JoinReport> joinColumn(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                              const std::string& tableName) {
    const Column* layerKey = layer.find(join.layerKey);
    if (!layerKey) return Error{"join: the layer has no field '" + join.layerKey + "'"};
    const Column* tableKey = table.find(join.tableKey);
    if (!tableKey) return Error{tableName + ": no field '" + join.tableKey + "'"};
    const Column* value = table.find(join.value);
    if (!value) return Error{tableName + ": no field '" + join.value + "'"};
    std::vector<const Column*> conditions;
    for (const auto& [field, wanted] : join.where) {
        const Column* c = table.find(field);
        if (!c) return Error{tableName + ": no field '" + field + "'"};
        conditions.push_back(c);
    }

    // Index the kept rows by key; a key twice would make the joined value ambiguous.
    std::unordered_map<std::string, size_t> rowOfKey;
    for (size_t row = 0; row < tableKey->size(); ++row) {
        bool kept = true;
        for (size_t i = 0; i < conditions.size() && kept; ++i)
            kept = conditions[i]->text(row) == join.where[i].second;
        if (!kept || tableKey->isNull(row)) continue;
        const std::string key = tableKey->text(row);
        if (!rowOfKey.emplace(key, row).second)
            return Error{tableName + ": key '" + key + "' appears more than once in the rows joined"};
    }

    std::vector<double> values(layerKey->size(), std::nan(""));
    std::vector<uint8_t> valid(layerKey->size(), 0);
    JoinReport report;
    std::unordered_map<std::string, bool> used;
    for (size_t feature = 0; feature < layerKey->size(); ++feature) {
        const std::string key = layerKey->text(feature);
        auto it = layerKey->isNull(feature) ? rowOfKey.end() : rowOfKey.find(key);
        if (it == rowOfKey.end()) {
            report.unmatchedLayerKeys.push_back(key);
            continue;
        }
        used[key] = true;
        const size_t row = it->second;
        if (value->isNull(row) || value->text(row).empty()) continue;
        if (value->isNumeric()) {
            values[feature] = value->numbers[row];
        } else if (!parseNumber(value->strings[row], values[feature])) {
            return Error{tableName + ": row with " + join.tableKey + " '" + key + "': '" +
                         value->strings[row] + "' in field '" + join.value + "' is not a number"};
        }
        valid[feature] = 1;
        ++report.matched;
    }
    for (const auto& [key, row] : rowOfKey)
        if (!used.count(key)) report.unmatchedTableKeys.push_back(key);
    std::sort(report.unmatchedTableKeys.begin(), report.unmatchedTableKeys.end());

    Column& target = layer.addColumn(join.as, FieldType::Real);
    target.type = FieldType::Real;
    target.strings.clear();
    target.numbers = std::move(values);
    target.valid = std::move(valid);
    return report;
}

}  // namespace bashu
