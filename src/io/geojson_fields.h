#pragma once
// The properties of a stretch of features, gathered as they are parsed before their types are
// known, and the attribute columns GDAL's GeoJSON driver makes of all of them: its field order
// and its field types.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/attribute_table.h"

namespace bashu::geojson {

/// One property's values in one stretch of features: numbers or text, never both (a field mixing
/// them is left to GDAL), with the kinds of numbers that decide GDAL's type for it.
struct FieldValues {
    enum class Holds : uint8_t { Nulls, Numbers, Text };

    std::string name;
    Holds holds = Holds::Nulls;
    bool sawReal = false;              // a number written with a fraction or an exponent: the field is Real
    std::vector<double> numbers;       // per row, NaN where null (Holds::Numbers)
    std::vector<std::string> strings;  // per row, empty where null (Holds::Text)
    std::vector<uint8_t> valid;        // per row
    size_t lastRow = size_t(-1);       // the last row given a value (a key twice in a feature)

    void setNull(size_t row);
    /// False when the field holds text.
    bool setNumber(size_t row, double value, bool real);
    /// False when the field holds numbers.
    bool setText(size_t row, std::string value);
    /// Pads with nulls up to `rows`.
    void fill(size_t rows);

private:
    void padTo(size_t row);
};

/// The properties of consecutive features, row by row, with the order their keys came in.
class FieldTable {
public:
    /// The field for a key of feature `row` (rows in increasing order), or nothing when the
    /// feature already gave that key (GDAL keeps the last: left to GDAL).
    FieldValues* field(std::string_view key, size_t row);
    /// After each feature: remembers the order its keys came in.
    void endFeature();
    /// Pads every field with nulls up to `rows`.
    void finish(size_t rows);
    /// Room in the fields seen so far for `rows` rows.
    void reserve(size_t rows);

    std::vector<FieldValues>& fields() { return fields_; }
    /// Each pair of keys that followed one another in a feature, once, in the order first seen
    /// (GDAL orders its fields by these).
    const std::vector<std::pair<uint32_t, uint32_t>>& successions() const { return successions_; }

private:
    std::vector<FieldValues> fields_;
    std::map<std::string, uint32_t, std::less<>> index_;
    std::vector<uint32_t> keys_, previousKeys_;  // this feature's and the last one's, in order
    std::unordered_set<uint64_t> successionSeen_;
    std::vector<std::pair<uint32_t, uint32_t>> successions_;
};

/// The attribute columns GDAL's GeoJSON driver makes of the tables of consecutive stretches of
/// features (`rows` features each): fields in the topological order of the key successions, ties
/// broken by name (its DirectedAcyclicGraph, a succession that would close a cycle ignored),
/// Integer unless a number had a fraction or exponent (Real), String for text and for fields that
/// are null throughout. Nothing where a field holds numbers in one stretch and text in another.
std::optional<std::vector<Column>> mergeFields(std::vector<FieldTable>& tables,
                                               const std::vector<size_t>& rows);

}  // namespace bashu::geojson
