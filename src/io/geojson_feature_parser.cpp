#include "io/geojson_feature_parser.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/geojson_file_window.h"

namespace bashu::geojson {

static_assert(FileWindow::kPadding >= simdjson::SIMDJSON_PADDING,
              "the file window pads less than simdjson reads");

namespace {

namespace od = simdjson::ondemand;

// GDAL reads integers through int64 and clamps the ones past it to its limits with a warning
// (which these would then reach): left to GDAL, whether written as integers or not.
constexpr double kLargestCoordinate = 9.2e18;

bool isNull(od::value& value) {
    bool null = false;
    return !value.is_null().get(null) && null;
}

// A bounding box GDAL ignores, but only once it has parsed it: numbers only.
bool isNumberArray(od::value& value) {
    od::array array;
    if (value.get_array().get(array)) return false;
    for (auto element : array) {
        double number;
        if (element.get_double().get(number)) return false;
    }
    return true;
}

// The nested arrays of "coordinates" at `level` (0: the member itself), positions into `geometry`;
// `last` is given the array's last position (its x, y and z, 0 without).
// Refused: empty arrays, positions of other than 2 or 3 numbers, positions with and without z in
// one geometry, and arrays that mix positions and arrays or nest positions at different depths
// (each read differently by GDAL).
bool parseCoordinates(od::array array, int level, ParsedGeometry& geometry, double* last) {
    enum class Holds { Nothing, Numbers, Arrays } holds = Holds::Nothing;
    double position[3] = {0, 0, 0};
    double first[3] = {0, 0, 0};  // of the positions in this array, the first and the last so far
    double inner[3] = {0, 0, 0};
    size_t numbers = 0, positions = 0;
    for (auto element : array) {
        if (holds == Holds::Nothing) {
            // The first element says what the array holds; the others must hold the same (asking
            // for that type directly: they are most of what a file holds).
            od::json_type type;
            if (element.type().get(type)) return false;
            if (type == od::json_type::number)
                holds = Holds::Numbers;
            else if (type == od::json_type::array && level < 3)
                holds = Holds::Arrays;
            else
                return false;
        }
        if (holds == Holds::Numbers) {
            if (numbers == 3 || element.get_double().get(position[numbers]) ||
                !(std::fabs(position[numbers]) < kLargestCoordinate))
                return false;
            ++numbers;
        } else {
            od::array nested;
            if (element.get_array().get(nested) || !parseCoordinates(nested, level + 1, geometry, inner))
                return false;
            if (positions++ == 0) std::copy(inner, inner + 3, first);
        }
    }
    if (holds == Holds::Nothing) return false;
    if (holds == Holds::Numbers) {
        if (numbers < 2) return false;
        if (geometry.depth < 0) {
            geometry.depth = level;
            geometry.hasZ = numbers == 3;
        } else if (geometry.depth != level || geometry.hasZ != (numbers == 3)) {
            return false;
        }
        geometry.xy.push_back(position[0]);
        geometry.xy.push_back(position[1]);
        std::copy(position, position + 3, last);
        return true;
    }
    const int above = geometry.depth - level;  // arrays between this one and the positions
    // GDAL compares a ring's ends in x, y and z (OGRCurve::get_IsClosed).
    if (above == 1 && !std::equal(first, first + 3, inner)) geometry.someUnclosed = true;
    if (above == 1) geometry.innerEnds.push_back(uint32_t(geometry.xy.size() / 2));
    if (above == 2) geometry.outerEnds.push_back(uint32_t(geometry.innerEnds.size()));
    return true;
}

// GDAL matches geometry type names in any case; only its own spelling is read here.
bool geometryTypeNamed(std::string_view name, GeometryType& type) {
    static constexpr std::pair<std::string_view, GeometryType> kTypes[] = {
        {"Point", GeometryType::Point},
        {"LineString", GeometryType::LineString},
        {"Polygon", GeometryType::Polygon},
        {"MultiPoint", GeometryType::MultiPoint},
        {"MultiLineString", GeometryType::MultiLineString},
        {"MultiPolygon", GeometryType::MultiPolygon}};
    for (const auto& [spelling, known] : kTypes)
        if (name == spelling) {
            type = known;
            return true;
        }
    return false;  // GeometryCollection among them
}

bool parseGeometry(od::value& value, ParsedFeature& feature) {
    od::json_type type;
    if (value.type().get(type)) return false;
    if (type == od::json_type::null) return isNull(value);
    od::object object;
    if (type != od::json_type::object || value.get_object().get(object)) return false;
    ParsedGeometry& geometry = feature.geometry;
    bool sawType = false, sawCoordinates = false, sawBox = false;
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key)) return false;
        if (key == "type" && !sawType) {
            std::string_view name;
            if (field.value().get_string().get(name) || !geometryTypeNamed(name, geometry.type)) return false;
            sawType = true;
        } else if (key == "coordinates" && !sawCoordinates) {
            od::array array;
            double last[3];
            if (field.value().get_array().get(array) || !parseCoordinates(array, 0, geometry, last))
                return false;
            sawCoordinates = true;
        } else if (key == "bbox" && !sawBox) {
            if (!isNumberArray(field.value())) return false;
            sawBox = true;
        } else {
            return false;  // a member read twice, a "crs", or anything else GDAL may look at
        }
    }
    if (!sawType || !sawCoordinates || !geometry.nestingFits()) return false;
    // GDAL warns of each polygon ring it finds not closed (and keeps it): left to GDAL.
    const bool polygon =
        geometry.type == GeometryType::Polygon || geometry.type == GeometryType::MultiPolygon;
    if (polygon && geometry.someUnclosed) return false;
    feature.hasGeometry = true;
    return true;
}

// A non-negative integer that GDAL takes as the feature id (other ids it makes a field of).
bool parseId(od::value& value, ParsedFeature& feature) {
    od::json_type type;
    od::number_type numberType;
    int64_t id;
    if (value.type().get(type) || type != od::json_type::number || value.get_number_type().get(numberType) ||
        numberType != od::number_type::signed_integer || value.get_int64().get(id) || id < 0 ||
        id == std::numeric_limits<int64_t>::max())
        return false;
    feature.id = id;
    return true;
}

bool parseProperty(od::value& value, std::string_view key, size_t row, FieldValues& field,
                   ParsedFeature& feature) {
    const bool isId = key == "id";
    od::json_type type;
    if (value.type().get(type)) return false;
    switch (type) {
        case od::json_type::null:
            if (!isNull(value)) return false;
            field.setNull(row);
            if (isId) feature.propertyIdKind = PropertyId::Other;
            return true;
        case od::json_type::boolean: {
            // GDAL makes true and false the integers 1 and 0; as "id" they would be feature ids.
            bool truth;
            if (isId || value.get_bool().get(truth)) return false;
            return field.setNumber(row, truth ? 1.0 : 0.0, false);
        }
        case od::json_type::number: {
            od::number_type numberType;
            if (value.get_number_type().get(numberType)) return false;
            if (numberType == od::number_type::signed_integer) {
                int64_t integer;
                if (value.get_int64().get(integer) || integer == std::numeric_limits<int64_t>::min() ||
                    integer == std::numeric_limits<int64_t>::max())
                    return false;
                if (isId) {
                    if (integer < 0) return false;  // GDAL's feature ids then go their own way
                    feature.propertyIdKind = PropertyId::Integer;
                    feature.propertyId = integer;
                }
                return field.setNumber(row, double(integer), false);
            }
            double real;
            if (numberType != od::number_type::floating_point_number || value.get_double().get(real))
                return false;
            if (isId) feature.propertyIdKind = PropertyId::Other;
            return field.setNumber(row, real, true);
        }
        case od::json_type::string: {
            std::string_view text;
            if (value.get_string().get(text) || text.find('\0') != std::string_view::npos ||
                mayReadAsDate(text))
                return false;
            if (isId) feature.propertyIdKind = PropertyId::Other;
            return field.setText(row, std::string(text));
        }
        default:
            return false;  // objects and arrays: GDAL's JSON and list fields
    }
}

bool parseProperties(od::value& value, size_t row, ParsedFeature& feature, FieldTable& fields) {
    od::json_type type;
    if (value.type().get(type)) return false;
    if (type == od::json_type::null) return isNull(value);
    od::object object;
    if (type != od::json_type::object || value.get_object().get(object)) return false;
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key) || key.empty() ||
            key.find('\0') != std::string_view::npos)
            return false;
        FieldValues* values = fields.field(key, row);
        if (!values || !parseProperty(field.value(), key, row, *values, feature)) return false;
    }
    return true;
}

}  // namespace

struct FeatureParser::State {
    od::parser parser;
};

FeatureParser::FeatureParser() : state_(std::make_unique<State>()) {}
FeatureParser::~FeatureParser() = default;

bool FeatureParser::parse(const char* bytes, size_t size, size_t capacity, size_t row, ParsedFeature& feature,
                          FieldTable& fields) {
    feature.hasGeometry = false;
    feature.geometry.clear();
    feature.id.reset();
    feature.propertyIdKind = PropertyId::Absent;
    od::document document;
    od::object object;
    if (state_->parser.iterate(simdjson::padded_string_view(bytes, size, capacity)).get(document) ||
        document.get_object().get(object))
        return false;
    bool sawType = false, sawId = false, sawProperties = false, sawGeometry = false, sawBox = false;
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key)) return false;
        if (key == "type" && !sawType) {
            std::string_view name;
            if (field.value().get_string().get(name) || name != "Feature") return false;
            sawType = true;
        } else if (key == "id" && !sawId) {
            if (!parseId(field.value(), feature)) return false;
            sawId = true;
        } else if (key == "properties" && !sawProperties) {
            if (!parseProperties(field.value(), row, feature, fields)) return false;
            sawProperties = true;
        } else if (key == "geometry" && !sawGeometry) {
            if (!parseGeometry(field.value(), feature)) return false;
            sawGeometry = true;
        } else if (key == "bbox" && !sawBox) {
            if (!isNumberArray(field.value())) return false;
            sawBox = true;
        } else {
            return false;  // a member given twice, or one GDAL may make fields of
        }
    }
    // Without "properties" GDAL makes fields of the feature's other members, "id" among them.
    if (!sawType || (!sawProperties && sawId)) return false;
    fields.endFeature();
    return true;
}

bool mayReadAsDate(std::string_view text) {
    const size_t start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) return false;
    const char first = text[start];
    if (first != '-' && first != '+' && (first < '0' || first > '9')) return false;
    return text.find_first_of("-/:", start) != std::string_view::npos;
}

}  // namespace bashu::geojson
