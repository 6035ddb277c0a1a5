#pragma once
// A join's table read once for every combination of its condition values (every year, every
// indicator), so that switching the year of a joined layer re-joins in a pass over the layer's
// features instead of a pass over the whole table: a long table of 5 x 10^6 rows takes seconds
// to scan, and a year slider steps many times.
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/attribute_table.h"
#include "core/join.h"
#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

class JoinIndex {
public:
    /// Indexes `table` for joins onto `layer` with the keys, value field and condition fields of
    /// `join` (any condition values). Errors (naming `tableName`) for missing fields, as joinColumn.
    static Result<JoinIndex> build(const AttributeTable& layer, const AttributeTable& table,
                                   const JoinSpec& join, const std::string& tableName);

    /// Whether this index answers for `join`: the same keys, value field and condition fields.
    bool serves(const JoinSpec& join) const;

    /// What joinColumn does (the same column, report and errors), for the condition values of
    /// `join`. `layer` and `table` are the ones the index was built from.
    Result<JoinReport> join(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                            const std::string& tableName) const;

    /// What joinValuesOverAll gives: the values for every value of the condition on `field`,
    /// the other conditions kept, from rows whose key is a key of the layer.
    std::vector<double> valuesOverAll(const JoinSpec& join, const std::string& field) const;

    /// For each value of the condition on `field` (the other conditions kept), how many rows with
    /// a number have a key of the layer: how much of the map each year would colour.
    std::map<std::string, size_t> valuesPerChoice(const JoinSpec& join, const std::string& field) const;

private:
    // Rows sharing one combination of condition values, in table order.
    struct Group {
        std::vector<std::string> conditionValues;  // in the order of conditionFields_
        std::vector<uint32_t> rows;
    };
    enum class RowValue : uint8_t { None, Number, NotANumber };
    static constexpr int32_t kNullKey = -2, kNotALayerKey = -1;

    std::string signature_;  // keys, value field and condition fields
    std::vector<std::string> conditionFields_;
    std::unordered_map<std::string, Group> groups_;  // by condition values joined with '\x1f'
    size_t keyCount_ = 0;                            // distinct keys of the layer
    std::vector<int32_t> layerKeyOf_;                // per feature: key id, or kNullKey
    std::vector<int32_t> tableKeyOf_;                // per row: key id, kNullKey or kNotALayerKey
    std::vector<RowValue> rowValue_;                 // per row
    std::vector<double> number_;                     // per row, where rowValue_ is Number
};

}  // namespace bashu
