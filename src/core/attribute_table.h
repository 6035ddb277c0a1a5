#pragma once
// Typed attribute columns of a layer, one value per feature, with explicit nulls.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace bashu {

enum class FieldType { Integer, Real, String };

const char* fieldTypeName(FieldType type);

/// One attribute column. Numeric columns fill `numbers`, string columns fill `strings`;
/// `valid[i]` is 0 where the value is null.
struct Column {
    std::string name;
    FieldType type = FieldType::String;
    std::vector<double> numbers;
    std::vector<std::string> strings;
    std::vector<uint8_t> valid;

    bool isNumeric() const { return type != FieldType::String; }
    size_t size() const { return valid.size(); }
    bool isNull(size_t row) const { return !valid[row]; }

    /// The value as a number, or nothing when null or not a number. Inline: restyles call it
    /// for every feature.
    std::optional<double> number(size_t row) const {
        if (!isNumeric() || !valid[row]) return std::nullopt;
        return numbers[row];
    }
    /// The value as text (numbers formatted without trailing zeros); empty when null.
    std::string text(size_t row) const;

    /// Room for `rows` values in all, so appending a known number of them grows each vector once.
    void reserve(size_t rows);
    void appendNull();
    void appendNumber(double value);
    void appendString(std::string value);
};

/// All attribute columns of a layer; every column has one entry per feature.
struct AttributeTable {
    std::deque<Column> columns;  // a deque, so references to columns survive adding more

    const Column* find(const std::string& name) const;
    Column* find(const std::string& name);
    /// Adds an empty column of the given type, or returns the existing one of that name.
    Column& addColumn(const std::string& name, FieldType type);
};

}  // namespace bashu
