#pragma once
// Which unit of a map each row of a planner's table is about: by code (a 6-digit administrative
// code, or a 9- or 12-digit statistical code's first six digits) or by name (unitName's forms,
// older names through the renames, the user's own pairings first). A name that fits two units is
// never guessed: it is reported with both. What does not match is reported with the nearest names.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/attribute_table.h"
#include "core/result.h"

namespace bashu {

enum class KeyOutcome {
    Matched,    // one unit
    Unmatched,  // no unit (suggestions: the nearest names)
    Ambiguous,  // several units (candidates: their names)
    Duplicate,  // the unit an earlier key already took (candidates: that key)
    Empty,      // no key on the row
};

struct KeyMatch {
    std::string key;  // as the table writes it
    KeyOutcome outcome = KeyOutcome::Unmatched;
    std::optional<size_t> feature;    // Matched
    std::string how;                  // "code", "name", "renamed from 梁平县", "paired by hand"
    std::vector<std::string> others;  // suggestions, candidates or the earlier key
    std::vector<size_t> features;     // the units `others` names (suggestions, candidates)
};

struct KeyMatchReport {
    std::string layerField;            // the layer's field matched on
    bool byCode = false;               // the keys are codes
    std::vector<size_t> rowKey;        // per row: index into keys (or keys.size() for none)
    std::vector<KeyMatch> keys;        // each distinct key once, in the order first met
    size_t rows = 0, matchedRows = 0;  // rows of the table and those with a unit
    size_t features = 0, matchedFeatures = 0;
    std::vector<size_t> featuresWithoutRow;

    /// The feature row `row` is about, if any.
    std::optional<size_t> featureOfRow(size_t row) const {
        return rowKey[row] < keys.size() ? keys[rowKey[row]].feature : std::nullopt;
    }
};

/// Matches the table's keys (one per row; empty for none) to the features of `layer`, on the
/// layer's field `layerField`, or, when that is empty, on the field that matches the most keys
/// (a code field for codes, a name field for names, Chinese or Latin). `pairs` maps a table key to
/// the unit the user paired it with: its value of the layer field, or "FIELD=VALUE" naming it by
/// another field (a name two units share is told apart by their codes: "adcode=511102"); they
/// come first. Errors: a `layerField` the layer lacks, a pairing naming no feature (naming the key
/// and the value).
/// The pairing value that names feature `feature` of `layer` for matchKeys' `pairs`: its value of
/// `layerField` when no other feature has that value, else "FIELD=VALUE" by the first field whose
/// values are all distinct; empty when none tells it apart.
std::string pairingValue(const AttributeTable& layer, const std::string& layerField, size_t feature);

Result<KeyMatchReport> matchKeys(const std::vector<std::string>& rowKeys, const AttributeTable& layer,
                                 const std::string& layerField,
                                 const std::map<std::string, std::string>& pairs = {});

/// The report as lines for a terminal or a message panel: "matched 36 of 38 rows and 36 of 59
/// features", then each key not matched with its suggestions, each ambiguous one with its
/// candidates, each duplicate, and the features left without a value (their names from
/// `nameField` of `layer` when given; matched by code, from its first field of names). At most `limit` lines
/// of each kind, then "... and N more".
std::vector<std::string> describeMatch(const KeyMatchReport& report, const AttributeTable& layer,
                                       const std::string& nameField, size_t limit = 12);

}  // namespace bashu
