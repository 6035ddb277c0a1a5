#include "core/attribute_table.h"

#include <cmath>
#include <cstdio>

namespace bashu {

const char* fieldTypeName(FieldType type) {
    switch (type) {
        case FieldType::Integer:
            return "Integer";
        case FieldType::Real:
            return "Real";
        case FieldType::String:
            return "String";
    }
    return "Unknown";
}

std::string Column::text(size_t row) const {
    if (!valid[row]) return {};
    if (!isNumeric()) return strings[row];
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", numbers[row]);
    return buffer;
}

void Column::reserve(size_t rows) {
    valid.reserve(rows);
    if (isNumeric())
        numbers.reserve(rows);
    else
        strings.reserve(rows);
}

void Column::appendNull() {
    valid.push_back(0);
    if (isNumeric())
        numbers.push_back(std::nan(""));
    else
        strings.emplace_back();
}

void Column::appendNumber(double value) {
    valid.push_back(1);
    numbers.push_back(value);
}

void Column::appendString(std::string value) {
    valid.push_back(1);
    strings.push_back(std::move(value));
}

const Column* AttributeTable::find(const std::string& name) const {
    for (const Column& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

Column* AttributeTable::find(const std::string& name) {
    for (Column& c : columns)
        if (c.name == name) return &c;
    return nullptr;
}

Column& AttributeTable::addColumn(const std::string& name, FieldType type) {
    if (Column* existing = find(name)) return *existing;
    Column& c = columns.emplace_back();
    c.name = name;
    c.type = type;
    return c;
}

}  // namespace bashu
