#pragma once
// Joining a value column from a table (e.g. a long-format indicator table) onto a layer.
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

struct JoinReport {
    size_t matched = 0;                           // layer features that received a value
    std::vector<std::string> unmatchedLayerKeys;  // layer keys with no table row
    std::vector<std::string> unmatchedTableKeys;  // table keys (after `where`) with no feature
};

/// Adds the column `join.as` (Real) to `layer`: for each feature, the numeric `join.value` of
/// the table row whose `join.tableKey` equals the feature's `join.layerKey`, among the rows
/// matching every `join.where` condition. Features without a row, and rows with an empty value,
/// get null. Errors (naming `tableName`): missing fields, a key twice among the kept rows, and a
/// value that is not a number.
Result<JoinReport> joinColumn(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                              const std::string& tableName);

}  // namespace bashu
