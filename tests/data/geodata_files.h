#pragma once
// The built-in dataset (geodata/) as the data guards see it: read through readVectorFile like the
// program reads it, each file once per test run, fields looked up by name.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "io/vector_reader.h"

namespace bashu::data {

inline std::string geodataPath(const std::string& name) { return std::string(BASHU_GEODATA) + "/" + name; }

/// A number written as text ("17716.7"); nothing when blank or not entirely a number.
inline std::optional<double> parseNumber(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

/// Splits "a;b;c" at ';'.
inline std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
        const size_t end = text.find(';', start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) return parts;
        start = end + 1;
    }
}

/// One file of geodata/ (its only layer).
class GeodataFile {
public:
    /// geodata/<name>, read on first use and kept for the rest of the run.
    static const GeodataFile& get(const std::string& name) {
        static std::map<std::string, GeodataFile> cache;
        auto it = cache.find(name);
        if (it == cache.end()) it = cache.emplace(name, GeodataFile(name)).first;
        return it->second;
    }

    const std::string& name() const { return name_; }
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }
    const Layer& layer() const { return layer_; }
    size_t size() const { return layer_.featureCount(); }

    /// The value as text: "" when null or blank (and, with a failure, when the field is missing).
    std::string text(size_t row, const std::string& field) const {
        const Column* c = column(field);
        return c && row < c->size() ? c->text(row) : std::string();
    }

    /// The value as a number (text fields are parsed); nothing when null, blank or not a number.
    std::optional<double> number(size_t row, const std::string& field) const {
        const Column* c = column(field);
        if (!c || row >= c->size()) return std::nullopt;
        return c->isNumeric() ? c->number(row) : parseNumber(c->text(row));
    }

    /// The first row whose field has this text.
    std::optional<size_t> find(const std::string& field, const std::string& value) const {
        for (size_t row = 0; row < size(); ++row)
            if (text(row, field) == value) return row;
        return std::nullopt;
    }

private:
    explicit GeodataFile(const std::string& name) : name_(name) {
        Result<VectorFile> file = readVectorFile(geodataPath(name));
        if (!file.ok())
            error_ = file.error().message;
        else if (file->layers.size() != 1)
            error_ = name + ": expected one layer, found " + std::to_string(file->layers.size());
        else
            layer_ = std::move(file->layers.front());
    }

    const Column* column(const std::string& field) const {
        const Column* c = layer_.attributes.find(field);
        if (!c) ADD_FAILURE() << name_ << ": no field '" << field << "'";
        return c;
    }

    std::string name_;
    std::string error_;
    Layer layer_;
};

/// geodata/<name>, failing the current test when it cannot be read.
inline const GeodataFile& file(const std::string& name) {
    const GeodataFile& f = GeodataFile::get(name);
    EXPECT_TRUE(f.ok()) << f.error();
    return f;
}

}  // namespace bashu::data
