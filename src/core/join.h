#pragma once
// Joining a value column from a table (e.g. a long-format indicator table) onto a layer.
#include <cstdint>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

/// A number as a table cell holds it: surrounding spaces allowed, nothing else; finite only.
bool parseNumber(const std::string& text, double& out);

struct JoinReport {
    size_t matched = 0;                           // layer features that received a value
    std::vector<std::string> unmatchedLayerKeys;  // layer keys with no table row
    std::vector<std::string> unmatchedTableKeys;  // table keys (after `where`) with no feature
    // Per feature, the table row it was matched with (-1: none), whether or not the row has a
    // value: where the value shown came from, for the source the table gives it.
    std::vector<int64_t> rowOfFeature;
};

/// Adds the column `join.as` (Real) to `layer`: for each feature, the numeric `join.value` of
/// the table row whose `join.tableKey` equals the feature's `join.layerKey`, among the rows
/// matching every `join.where` condition. Features without a row, and rows with an empty value,
/// get null. Errors (naming `tableName`): missing fields, a key twice among the kept rows, and a
/// value that is not a number.
Result<JoinReport> joinColumn(AttributeTable& layer, const AttributeTable& table, const JoinSpec& join,
                              const std::string& tableName);

/// The join's conditions as one text ("field=value" each, in order), leaving out the one on
/// `except`: what caches of join results are keyed on.
std::string joinConditionsKey(const JoinSpec& join, const std::string& except = "");

/// The values a `join.where` condition on `field` can take: the distinct values of `field` among
/// the table rows that meet every other condition, ascending (numerically when all are numbers).
/// What a year slider or indicator list offers. Empty when the table has no such field.
std::vector<std::string> joinConditionChoices(const AttributeTable& table, const JoinSpec& join,
                                              const std::string& field);

/// The numbers the join would bring for every choice of `field` at once (other conditions kept),
/// from rows whose key matches a feature of `layer`: the values classes are computed from when
/// they are held fixed over all years.
std::vector<double> joinValuesOverAll(const AttributeTable& layer, const AttributeTable& table,
                                      const JoinSpec& join, const std::string& field);

}  // namespace bashu
