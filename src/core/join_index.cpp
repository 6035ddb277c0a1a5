#include "core/join_index.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace bashu {

namespace {

std::string signatureOf(const JoinSpec& join) {
    std::string s = join.layerKey + '\x1f' + join.tableKey + '\x1f' + join.value;
    for (const auto& condition : join.where) s += '\x1f' + condition.first;
    return s;
}

std::string groupKey(const std::vector<std::string>& values) {
    std::string key;
    for (const std::string& v : values) key += v + '\x1f';
    return key;
}

}  // namespace

Result<JoinIndex> JoinIndex::build(const AttributeTable& layer, const AttributeTable& table,
                                   const JoinSpec& join, const std::string& tableName) {
    const Column* layerKey = layer.find(join.layerKey);
    if (!layerKey) return Error{"join: the layer has no field '" + join.layerKey + "'"};
    const Column* tableKey = table.find(join.tableKey);
    if (!tableKey) return Error{tableName + ": no field '" + join.tableKey + "'"};
    const Column* value = table.find(join.value);
    if (!value) return Error{tableName + ": no field '" + join.value + "'"};
    std::vector<const Column*> conditions;
    JoinIndex index;
    for (const auto& [field, wanted] : join.where) {
        const Column* c = table.find(field);
        if (!c) return Error{tableName + ": no field '" + field + "'"};
        conditions.push_back(c);
        index.conditionFields_.push_back(field);
    }
    index.signature_ = signatureOf(join);

    // Keys are numbered by the layer's features: a table key that no feature has needs no number.
    std::unordered_map<std::string, int32_t> keyIds;
    index.layerKeyOf_.resize(layerKey->size(), kNullKey);
    for (size_t feature = 0; feature < layerKey->size(); ++feature) {
        if (layerKey->isNull(feature)) continue;
        const auto [it, added] = keyIds.emplace(layerKey->text(feature), int32_t(keyIds.size()));
        index.layerKeyOf_[feature] = it->second;
    }
    index.keyCount_ = keyIds.size();

    const size_t rows = tableKey->size();
    index.tableKeyOf_.resize(rows, kNullKey);
    index.rowValue_.resize(rows, RowValue::None);
    index.number_.resize(rows, 0.0);
    std::vector<std::string> values(conditions.size());
    for (size_t row = 0; row < rows; ++row) {
        for (size_t i = 0; i < conditions.size(); ++i) values[i] = conditions[i]->text(row);
        auto [group, added] = index.groups_.try_emplace(groupKey(values));
        if (added) group->second.conditionValues = values;
        group->second.rows.push_back(uint32_t(row));
        if (!tableKey->isNull(row)) {
            const auto id = keyIds.find(tableKey->text(row));
            index.tableKeyOf_[row] = id == keyIds.end() ? kNotALayerKey : id->second;
        }
        // Null and empty values join as no data; text must read as a number where it is used.
        if (value->isNull(row)) continue;
        if (value->isNumeric()) {
            index.rowValue_[row] = RowValue::Number;
            index.number_[row] = value->numbers[row];
        } else if (!value->strings[row].empty()) {
            index.rowValue_[row] = parseNumber(value->strings[row], index.number_[row])
                                       ? RowValue::Number
                                       : RowValue::NotANumber;
        }
    }
    return index;
}

bool JoinIndex::serves(const JoinSpec& join) const { return signatureOf(join) == signature_; }

Result<JoinReport> JoinIndex::join(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                                   const std::string& tableName) const {
    const Column* layerKey = layer.find(join.layerKey);
    const Column* tableKey = table.find(join.tableKey);
    const Column* value = table.find(join.value);
    std::vector<std::string> wanted;
    for (const auto& condition : join.where) wanted.push_back(condition.second);
    const auto found = groups_.find(groupKey(wanted));
    static const std::vector<uint32_t> kNoRows;
    const std::vector<uint32_t>& rows = found == groups_.end() ? kNoRows : found->second.rows;

    // The kept rows by key, in table order; a key twice would make the joined value ambiguous.
    JoinReport report;
    std::vector<int64_t> rowOfKey(keyCount_, -1);
    std::unordered_set<std::string> otherKeys;
    auto twice = [&](const std::string& key) {
        return Error{tableName + ": key '" + key + "' appears more than once in the rows joined"};
    };
    for (uint32_t row : rows) {
        const int32_t key = tableKeyOf_[row];
        if (key == kNullKey) continue;
        if (key == kNotALayerKey) {
            std::string text = tableKey->text(row);
            if (!otherKeys.insert(text).second) return twice(text);
            report.unmatchedTableKeys.push_back(std::move(text));
            continue;
        }
        if (rowOfKey[size_t(key)] >= 0) return twice(tableKey->text(row));
        rowOfKey[size_t(key)] = row;
    }
    std::sort(report.unmatchedTableKeys.begin(), report.unmatchedTableKeys.end());

    const size_t features = layerKey->size();
    std::vector<double> values(features, std::nan(""));
    std::vector<uint8_t> valid(features, 0);
    report.rowOfFeature.assign(features, -1);
    for (size_t feature = 0; feature < features; ++feature) {
        const int32_t key = layerKeyOf_[feature];
        const int64_t row = key < 0 ? -1 : rowOfKey[size_t(key)];
        if (row < 0) {
            report.unmatchedLayerKeys.push_back(layerKey->text(feature));
            continue;
        }
        report.rowOfFeature[feature] = row;
        if (rowValue_[size_t(row)] == RowValue::NotANumber)
            return Error{tableName + ": row with " + join.tableKey + " '" + layerKey->text(feature) + "': '" +
                         value->strings[size_t(row)] + "' in field '" + join.value + "' is not a number"};
        if (rowValue_[size_t(row)] == RowValue::None) continue;
        values[feature] = number_[size_t(row)];
        valid[feature] = 1;
        ++report.matched;
    }

    Column& target = layer.addColumn(join.as, FieldType::Real);
    target.type = FieldType::Real;
    target.strings.clear();
    target.numbers = std::move(values);
    target.valid = std::move(valid);
    return report;
}

std::vector<double> JoinIndex::valuesOverAll(const JoinSpec& join, const std::string& field) const {
    std::vector<double> values;
    for (const auto& [key, group] : groups_) {
        bool kept = true;
        for (size_t i = 0; i < join.where.size() && kept; ++i)
            kept = join.where[i].first == field || group.conditionValues[i] == join.where[i].second;
        if (!kept) continue;
        for (uint32_t row : group.rows)
            if (tableKeyOf_[row] >= 0 && rowValue_[row] == RowValue::Number && std::isfinite(number_[row]))
                values.push_back(number_[row]);
    }
    return values;
}

std::map<std::string, size_t> JoinIndex::valuesPerChoice(const JoinSpec& join,
                                                         const std::string& field) const {
    std::map<std::string, size_t> counts;
    for (const auto& [key, group] : groups_) {
        bool kept = true;
        size_t choice = join.where.size();
        for (size_t i = 0; i < join.where.size() && kept; ++i) {
            if (join.where[i].first == field) choice = i;
            kept = join.where[i].first == field || group.conditionValues[i] == join.where[i].second;
        }
        if (!kept || choice == join.where.size()) continue;
        size_t& count = counts[group.conditionValues[choice]];
        for (uint32_t row : group.rows)
            count +=
                tableKeyOf_[row] >= 0 && rowValue_[row] == RowValue::Number && std::isfinite(number_[row]);
    }
    return counts;
}

}  // namespace bashu
