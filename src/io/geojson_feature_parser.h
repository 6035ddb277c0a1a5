#pragma once
// One GeoJSON Feature object parsed with simdjson's On-Demand API: its geometry, its identifier
// and its properties (into a FieldTable). Anything whose reading by GDAL's GeoJSON driver the fast
// reader does not reproduce makes the parse refuse the feature (the file is then read by GDAL).
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "io/geojson_fields.h"
#include "io/geojson_geometry.h"

namespace bashu::geojson {

/// What a feature's properties say under the key "id", which GDAL may take as feature ids.
enum class PropertyId : uint8_t {
    Absent,
    Integer,  // a non-negative integer, in `ParsedFeature::propertyId`
    Other,    // null, a string or a number with a fraction: never a feature id
};

struct ParsedFeature {
    bool hasGeometry = false;  // false: "geometry" is null or missing
    ParsedGeometry geometry;
    std::optional<int64_t> id;  // the Feature's own "id": a non-negative integer
    PropertyId propertyIdKind = PropertyId::Absent;
    int64_t propertyId = 0;
};

class FeatureParser {
public:
    FeatureParser();
    ~FeatureParser();
    FeatureParser(const FeatureParser&) = delete;
    FeatureParser& operator=(const FeatureParser&) = delete;

    /// Parses the `size` bytes of one Feature object at `bytes` (with `capacity` bytes readable
    /// from there, at least `size` + FileWindow::kPadding) as row `row` of `fields`. False when the
    /// bytes are not JSON or hold anything left to GDAL.
    bool parse(const char* bytes, size_t size, size_t capacity, size_t row, ParsedFeature& feature,
               FieldTable& fields);

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Whether GDAL's GeoJSON driver would read this string property as a date, a time or a date and
/// time (OGRParseDate): a string that could be one, after leading spaces starting with a digit or
/// a sign and holding '-', '/' or ':'.
bool mayReadAsDate(std::string_view text);

}  // namespace bashu::geojson
