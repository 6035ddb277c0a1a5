#pragma once
// A statistical table made ready to join a layer: its long form, with each row's key replaced by
// the layer key of the unit it matched (so that the join itself is exact), rows without a unit
// left without a key, and the match report in lines a person reads.
#include <map>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/result.h"
#include "tables/key_match.h"
#include "tables/stat_table.h"

namespace bashu {

/// Fields of the prepared long form beside the keys rewritten: each row's key as the table wrote
/// it, and how it was matched ("name", "renamed from 梁平县", "paired by hand"): where a joined
/// value came from, for the Feature panel.
inline constexpr const char* kKeyInTableField = "key in table";
inline constexpr const char* kMatchedByField = "matched by";

struct TableJoin {
    AttributeTable table;            // the long form, keyed by the layer's `joinField`
    std::string joinField;           // the layer field the keys are of: the matched one, or where
                                     // its values repeat (市中区 twice), the first that tells apart
    KeyMatchReport report;           // of the table's data rows
    std::vector<std::string> lines;  // describeMatch's, then rows left out as repeats
};

/// Matches the rows of `table` on its column `tableKey` to the features of `layer` on `layerKey`
/// (empty: the field that matches best, see matchKeys), pairings first. A key on two data rows of
/// a table with a column per year keeps its first row (the second is reported). `nameField` names
/// features in the report (empty: the layer key). Errors name the table.
Result<TableJoin> prepareTableJoin(const StatTable& table, const std::string& tableKey,
                                   const AttributeTable& layer, const std::string& layerKey,
                                   const std::map<std::string, std::string>& pairs,
                                   const std::string& nameField = "");

}  // namespace bashu
