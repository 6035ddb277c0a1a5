#include "tables/key_match.h"

#include <algorithm>
#include <unordered_map>

#include "core/ascii_case.h"
#include "core/edit_distance.h"
#include "core/utf8.h"
#include "tables/unit_names.h"
#include "tables/unit_renames.h"

namespace bashu {

namespace {

// Suggestions offered for a key that matches nothing, for the first keys that match nothing: each
// is a pass over every unit, and a table of a wrong region would otherwise take seconds.
constexpr size_t kSuggestions = 3, kKeysSuggestedFor = 40;

// The features of one layer field, looked up by code or by name.
struct FieldIndex {
    const Column* column = nullptr;
    std::unordered_map<std::string, std::vector<size_t>> byCode;
    std::unordered_map<std::string, std::vector<std::pair<size_t, char>>> byBase;  // feature, kind
    std::unordered_map<std::string, std::vector<size_t>> byText;
    std::vector<UnitName> names;  // per feature
};

FieldIndex indexField(const Column& column, bool byCode) {
    FieldIndex index;
    index.column = &column;
    index.names.resize(column.size());
    for (size_t f = 0; f < column.size(); ++f) {
        if (column.isNull(f)) continue;
        const std::string text = column.text(f);
        index.byText[text].push_back(f);
        if (byCode) {
            if (std::string code = codeKey(text); !code.empty()) index.byCode[code].push_back(f);
            continue;
        }
        // A map of older names is matched under the current ones too.
        const std::string_view renamed = renamedTo(text);
        const UnitName name = unitName(renamed.empty() ? text : renamed);
        index.names[f] = name;
        if (name.base.empty()) continue;
        index.byBase[name.base].emplace_back(f, name.kind);
        // "Lu County" is written "Luxian" too: a Latin name is also found with its suffix's Pinyin.
        if (static_cast<unsigned char>(name.base.front()) < 0x80)
            if (const char* pinyin = name.kind == 'd'   ? "qu"
                                     : name.kind == 'x' ? "xian"
                                     : name.kind == 'c' ? "shi"
                                                        : nullptr)
                index.byBase[name.base + pinyin].emplace_back(f, name.kind);
    }
    return index;
}

std::vector<size_t> namedBy(const FieldIndex& index, const UnitName& name) {
    std::vector<size_t> found;
    if (auto it = index.byBase.find(name.base); it != index.byBase.end())
        for (auto [feature, kind] : it->second)
            if (sameUnit(name, UnitName{name.base, kind})) found.push_back(feature);
    return found;
}

KeyMatch matchOne(const std::string& key, const FieldIndex& index, bool byCode) {
    KeyMatch match;
    match.key = key;
    std::vector<size_t> found;
    if (byCode) {
        if (auto it = index.byCode.find(codeKey(key)); it != index.byCode.end()) found = it->second;
        match.how = "code";
    } else {
        found = namedBy(index, unitName(key));
        match.how = "name";
        if (found.empty()) {
            if (const std::string_view renamed = renamedTo(key); !renamed.empty()) {
                found = namedBy(index, unitName(renamed));
                match.how = "renamed " + key + " -> " + std::string(renamed);
            }
        }
    }
    if (found.size() == 1) {
        match.outcome = KeyOutcome::Matched;
        match.feature = found.front();
    } else if (found.size() > 1) {
        match.outcome = KeyOutcome::Ambiguous;
        for (size_t f : found) match.others.push_back(index.column->text(f));
        match.features = found;
    }
    return match;
}

// A name qualified by its city or prefecture ("乐山市市中区", "内江市中区"): the unit named by the
// rest whose other fields name the qualifier (a parent name field: 乐山市). One unit, or none.
std::optional<size_t> qualifiedUnit(const std::string& key, const FieldIndex& index,
                                    const AttributeTable& layer) {
    std::vector<size_t> starts;  // code point boundaries
    for (size_t pos = 0; pos < key.size();) {
        starts.push_back(pos);
        nextCodePoint(key, pos);
    }
    for (size_t i = 2; i + 2 <= starts.size(); ++i) {
        const std::string prefix = key.substr(0, starts[i]), rest = key.substr(starts[i]);
        const std::vector<size_t> found = namedBy(index, unitName(rest));
        if (found.empty()) continue;
        const UnitName qualifier = unitName(prefix);
        std::vector<size_t> within;
        for (size_t f : found)
            for (const Column& column : layer.columns)
                if (&column != index.column && !column.isNumeric() && !column.isNull(f) &&
                    sameUnit(unitName(column.strings[f]), qualifier)) {
                    within.push_back(f);
                    break;
                }
        if (within.size() == 1) return within.front();
    }
    return std::nullopt;
}

// The nearest names of the field to an unmatched key, and their features.
void suggest(KeyMatch& match, const FieldIndex& index) {
    const UnitName typed = unitName(match.key);
    if (typed.base.empty()) return;
    const size_t allowed = std::max<size_t>(1, codePointCount(typed.base) / 2);
    std::vector<std::pair<size_t, size_t>> near;  // distance, feature
    for (size_t f = 0; f < index.names.size(); ++f) {
        if (index.names[f].base.empty()) continue;
        const size_t distance = editDistance(typed.base, index.names[f].base);
        if (distance <= allowed) near.emplace_back(distance, f);
    }
    std::stable_sort(near.begin(), near.end(), [](auto x, auto y) { return x.first < y.first; });
    for (auto [distance, f] : near) {
        match.others.push_back(index.column->text(f));
        match.features.push_back(f);
        if (match.others.size() == kSuggestions) break;
    }
}

// The features a pairing names: by the layer field's value, or FIELD=VALUE by another field.
std::vector<size_t> pairedFeatures(const AttributeTable& layer, const FieldIndex& index,
                                   const std::string& value) {
    if (auto it = index.byText.find(value); it != index.byText.end()) return it->second;
    const size_t equals = value.find('=');
    if (equals == std::string::npos) return {};
    const Column* field = layer.find(value.substr(0, equals));
    if (!field) return {};
    const std::string wanted = value.substr(equals + 1);
    std::vector<size_t> found;
    for (size_t f = 0; f < field->size(); ++f)
        if (!field->isNull(f) && field->text(f) == wanted) found.push_back(f);
    return found;
}

}  // namespace

Result<KeyMatchReport> matchKeys(const std::vector<std::string>& rowKeys, const AttributeTable& layer,
                                 const std::string& layerField,
                                 const std::map<std::string, std::string>& pairs) {
    KeyMatchReport report;
    report.rows = rowKeys.size();
    std::unordered_map<std::string, size_t> keyIndex;
    std::vector<std::string> distinct;
    size_t codes = 0, nonEmpty = 0;
    for (const std::string& key : rowKeys) {
        if (key.empty()) continue;
        if (keyIndex.emplace(key, distinct.size()).second) {
            distinct.push_back(key);
            ++nonEmpty;
            if (!codeKey(key).empty()) ++codes;
        }
    }
    report.byCode = nonEmpty > 0 && codes == nonEmpty;

    // The layer fields to try: the one given, else every field of codes (for codes) or of text.
    std::vector<const Column*> candidates;
    if (!layerField.empty()) {
        const Column* column = layer.find(layerField);
        if (!column) {
            std::string fields;
            for (const Column& c : layer.columns) fields += (fields.empty() ? "" : ", ") + c.name;
            return Error{"the layer has no field '" + layerField + "' (its fields: " + fields + ")"};
        }
        candidates.push_back(column);
    } else {
        for (const Column& column : layer.columns) {
            if (report.byCode) {
                for (size_t f = 0; f < column.size(); ++f)
                    if (!column.isNull(f) && !codeKey(column.text(f)).empty()) {
                        candidates.push_back(&column);
                        break;
                    }
            } else if (!column.isNumeric()) {
                candidates.push_back(&column);
            }
        }
        if (candidates.empty())
            return Error{std::string("the layer has no field of ") +
                         (report.byCode ? "codes (6-digit administrative codes)" : "names") +
                         " to match the table's keys on"};
    }
    // The field that matches the most keys, the first on a tie.
    const Column* chosen = candidates.front();
    size_t bestMatched = 0;
    if (candidates.size() > 1)
        for (const Column* column : candidates) {
            const FieldIndex index = indexField(*column, report.byCode);
            size_t matched = 0;
            for (const std::string& key : distinct)
                if (matchOne(key, index, report.byCode).outcome == KeyOutcome::Matched) ++matched;
            if (matched > bestMatched) {
                bestMatched = matched;
                chosen = column;
            }
        }
    report.layerField = chosen->name;
    const FieldIndex index = indexField(*chosen, report.byCode);

    std::vector<std::optional<size_t>> takenBy(chosen->size());  // feature -> key that took it
    size_t suggested = 0;
    for (size_t k = 0; k < distinct.size(); ++k) {
        const std::string& key = distinct[k];
        KeyMatch match;
        if (auto pair = pairs.find(key); pair != pairs.end()) {
            const std::vector<size_t> found = pairedFeatures(layer, index, pair->second);
            if (found.empty())
                return Error{"the pairing of '" + key + "' names '" + pair->second +
                             "', which no feature's " + chosen->name + " is"};
            match.key = key;
            match.outcome = found.size() == 1 ? KeyOutcome::Matched : KeyOutcome::Ambiguous;
            if (found.size() == 1) match.feature = found.front();
            match.how = "paired by hand";
        } else {
            match = matchOne(key, index, report.byCode);
            if (match.outcome == KeyOutcome::Unmatched && !report.byCode)
                if (std::optional<size_t> unit = qualifiedUnit(key, index, layer)) {
                    match.outcome = KeyOutcome::Matched;
                    match.feature = unit;
                    match.how = "name within its city";
                }
        }
        if (match.outcome == KeyOutcome::Matched) {
            std::optional<size_t>& first = takenBy[*match.feature];
            const bool renamed = [](const KeyMatch& m) { return m.how.rfind("renamed", 0) == 0; }(match);
            if (first && !renamed && report.keys[*first].how.rfind("renamed", 0) == 0) {
                // An older name (郫县) took the unit first: its current name's row (郫都区) has it.
                KeyMatch& older = report.keys[*first];
                older.outcome = KeyOutcome::Duplicate;
                older.others = {key};
                older.feature.reset();
                first = k;
            } else if (first) {
                match.outcome = KeyOutcome::Duplicate;
                match.others = {distinct[*first]};
                match.feature.reset();
            } else {
                first = k;
            }
        } else if (match.outcome == KeyOutcome::Unmatched && !report.byCode &&
                   suggested < kKeysSuggestedFor) {
            suggest(match, index);
            ++suggested;
        }
        report.keys.push_back(std::move(match));
    }
    report.rowKey.resize(rowKeys.size());
    for (size_t r = 0; r < rowKeys.size(); ++r) {
        report.rowKey[r] = rowKeys[r].empty() ? report.keys.size() : keyIndex.at(rowKeys[r]);
        if (report.featureOfRow(r)) ++report.matchedRows;
    }
    report.features = chosen->size();
    for (size_t f = 0; f < takenBy.size(); ++f) {
        if (takenBy[f])
            ++report.matchedFeatures;
        else
            report.featuresWithoutRow.push_back(f);
    }
    return report;
}

std::vector<std::string> describeMatch(const KeyMatchReport& report, const AttributeTable& layer,
                                       const std::string& nameField, size_t limit) {
    std::vector<std::string> lines;
    lines.push_back("matched " + std::to_string(report.matchedRows) + " of " + std::to_string(report.rows) +
                    " rows and " + std::to_string(report.matchedFeatures) + " of " +
                    std::to_string(report.features) + " features (on the layer's " + report.layerField +
                    ", by " + (report.byCode ? "code" : "name") + ")");
    auto joined = [](const std::vector<std::string>& texts) {
        std::string out;
        for (const std::string& t : texts) out += (out.empty() ? "" : ", ") + t;
        return out;
    };
    auto section = [&](KeyOutcome outcome, auto line) {
        size_t shown = 0, total = 0;
        for (const KeyMatch& key : report.keys) {
            if (key.outcome != outcome) continue;
            if (++total > limit) continue;
            lines.push_back(line(key));
            ++shown;
        }
        if (total > shown) lines.push_back("  ... and " + std::to_string(total - shown) + " more");
    };
    section(KeyOutcome::Unmatched, [&](const KeyMatch& key) {
        return "  no unit: '" + key.key + "'" +
               (key.others.empty() ? std::string() : " (nearest: " + joined(key.others) + ")");
    });
    section(KeyOutcome::Ambiguous, [&](const KeyMatch& key) {
        return "  more than one unit: '" + key.key + "' fits " + joined(key.others) +
               "; not guessed, pair it by hand";
    });
    section(KeyOutcome::Duplicate, [&](const KeyMatch& key) {
        return "  duplicate: '" + key.key + "' is the unit '" + key.others.front() + "' already is; left out";
    });
    // Older names found under the current ones, on one line.
    std::string renamed;
    for (const KeyMatch& key : report.keys)
        if (key.outcome == KeyOutcome::Matched && key.how.rfind("renamed", 0) == 0)
            renamed += (renamed.empty() ? "" : ", ") + key.how.substr(std::string("renamed ").size());
    if (!renamed.empty()) lines.push_back("  older names: " + renamed);
    if (!report.featuresWithoutRow.empty()) {
        // Features are named by a field of names where the match was by code: 锦江区, not 510104.
        const Column* names = nameField.empty() ? nullptr : layer.find(nameField);
        for (const Column& column : layer.columns)
            if (!names && report.byCode && !column.isNumeric() &&
                (asciiLower(column.name).find("name") != std::string::npos ||
                 column.name.find("名") != std::string::npos))
                names = &column;
        if (!names) names = layer.find(report.layerField);
        std::string list;
        for (size_t i = 0; i < report.featuresWithoutRow.size() && i < limit; ++i)
            list += (i ? ", " : "") + names->text(report.featuresWithoutRow[i]);
        if (report.featuresWithoutRow.size() > limit)
            list += ", ... " + std::to_string(report.featuresWithoutRow.size() - limit) + " more";
        lines.push_back("  " + std::to_string(report.featuresWithoutRow.size()) +
                        " features without a row: " + list);
    }
    return lines;
}

std::string pairingValue(const AttributeTable& layer, const std::string& layerField, size_t feature) {
    const Column* key = layer.find(layerField);
    if (!key || key->isNull(feature)) return "";
    std::string text = key->text(feature);
    size_t same = 0;
    for (size_t f = 0; f < key->size(); ++f) same += !key->isNull(f) && key->text(f) == text;
    if (same == 1) return text;
    for (const Column& column : layer.columns) {
        if (column.isNull(feature)) continue;
        std::unordered_map<std::string, size_t> seen;
        bool distinct = true;
        for (size_t f = 0; f < column.size() && distinct; ++f)
            if (!column.isNull(f)) distinct = seen.emplace(column.text(f), f).second;
        if (distinct) return column.name + "=" + column.text(feature);
    }
    return "";
}

}  // namespace bashu
