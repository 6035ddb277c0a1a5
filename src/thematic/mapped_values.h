#pragma once
// The first step of the style pipeline: a field's values as the classes show them (divided by
// another field, as a share of the total), kept while what they come from is unchanged.
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "core/result.h"
#include "thematic/classification.h"

namespace bashu {

/// Per feature, what the classes show (normalised); NaN: no data. `key` says what they were
/// computed from, `range` is their finite range and `sorted` the finite ones sorted (empty until
/// a computed classification needs them): a restyle that changes only the method, classes, ramp
/// or breaks reuses all of them.
struct MappedValues {
    std::string key;
    std::vector<double> values;
    ValueRange range;
    std::vector<double> sorted;
};

/// Maps `fields`' column `column` as `fill` asks: divided per feature by fill.divideBy (a zero
/// or missing divisor gives no data, never an infinity), then as a percentage of the total where
/// fill.shareOfTotal. `source` names anything else the values depend on (a join's conditions):
/// with the same field, normalisation and source as last time, and as many features, the
/// values are kept. Errors name the divisor, not the layer (the caller says which layer).
Status mapFillValues(const AttributeTable& fields, const Column& column, const FillStyle& fill,
                     const std::string& source, size_t featureCount, MappedValues& mapped);

}  // namespace bashu
