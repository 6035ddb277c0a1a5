#include "io/geojson_collection.h"

#include <simdjson.h>

#include <cctype>
#include <set>

#include "io/geojson_scan.h"

namespace bashu::geojson {

namespace {

namespace od = simdjson::ondemand;

// GDAL's IsTypeSomething, quirks kept: it looks at each `"type"` in turn, and gives up at the
// first one not followed by a colon.
bool typeIsSomething(std::string_view text, std::string_view value) {
    const auto space = [&text](size_t at) {
        return at < text.size() && std::isspace(static_cast<unsigned char>(text[at]));
    };
    const std::string quoted = "\"" + std::string(value) + "\"";
    size_t at = 0;
    while ((at = text.find("\"type\"", at)) != std::string_view::npos) {
        at += 6;
        while (space(at)) ++at;
        if (at >= text.size() || text[at] != ':') return false;
        ++at;
        while (space(at)) ++at;
        if (text.substr(at).starts_with(quoted)) return true;
    }
    return false;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// One past the end of the JSON value that starts at `at`, or nothing past `limit`.
std::optional<uint64_t> valueEnd(FileWindow& window, uint64_t at, uint64_t limit) {
    if (!window.ensure(0, at)) return std::nullopt;
    const char first = *window.at(at);
    if (first == '{' || first == '[') {
        BracketScanner scanner;
        for (uint64_t scanned = at; scanned <= limit && window.ensure(0, scanned); scanned = window.end()) {
            const size_t took = scanner.scan(window.at(scanned), size_t(window.end() - scanned));
            if (took != BracketScanner::npos) return scanned + took;
        }
        return std::nullopt;
    }
    if (first == '"') {
        for (uint64_t i = at + 1; i <= limit && window.ensure(0, i); ++i) {
            if (*window.at(i) == '\\')
                ++i;
            else if (*window.at(i) == '"')
                return i + 1;
        }
        return std::nullopt;
    }
    for (uint64_t i = at; i <= limit && window.ensure(0, i); ++i) {
        const char c = *window.at(i);
        if (isJsonSpace(c) || c == ',' || c == '}' || c == ']') return i;
    }
    return std::nullopt;
}

bool isNumberArray(od::value& value) {
    od::array array;
    if (value.get_array().get(array)) return false;
    for (auto element : array) {
        double number;
        if (element.get_double().get(number)) return false;
    }
    return true;
}

// {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}, what GDAL writes for
// WGS 84 and reads as EPSG:4326, members in any order.
bool isCrs84(od::value& value) {
    od::object object;
    if (value.get_object().get(object)) return false;
    bool sawType = false, sawProperties = false;
    for (auto member : object) {
        od::field field;
        std::string_view key, text;
        if (std::move(member).get(field) || field.unescaped_key().get(key)) return false;
        if (key == "type" && !sawType) {
            if (field.value().get_string().get(text) || text != "name") return false;
            sawType = true;
        } else if (key == "properties" && !sawProperties) {
            od::object properties;
            if (field.value().get_object().get(properties)) return false;
            bool sawName = false;
            for (auto property : properties) {
                od::field named;
                if (std::move(property).get(named) || named.unescaped_key().get(key) || key != "name" ||
                    sawName || named.value().get_string().get(text) ||
                    text != "urn:ogc:def:crs:OGC:1.3:CRS84")
                    return false;
                sawName = true;
            }
            if (!sawName) return false;
            sawProperties = true;
        } else {
            return false;
        }
    }
    return sawType && sawProperties;
}

}  // namespace

bool gdalSeesFeatureCollection(std::string_view firstBytes) {
    // GDAL reads these bytes as a C string.
    const std::string_view text = firstBytes.substr(0, firstBytes.find('\0'));
    if (typeIsSomething(text, "Topology") || !typeIsSomething(text, "FeatureCollection")) return false;
    // ESRIJSONIsObject: such a file may be the ESRI JSON driver's.
    return !((contains(text, "\"geometryType\"") && contains(text, "\"esriGeometry")) ||
             contains(text, "\"fieldAliases\"") ||
             (contains(text, "\"fields\"") && contains(text, "\"esriFieldType")));
}

std::optional<uint64_t> findFeaturesArray(FileWindow& window, uint64_t maxBefore) {
    uint64_t at = skipSpace(window, 0, 0);
    if (!window.ensure(0, at) || *window.at(at) != '{') return std::nullopt;
    ++at;
    while (true) {
        at = skipSpace(window, 0, at);
        if (at > maxBefore || !window.ensure(0, at) || *window.at(at) != '"') return std::nullopt;
        std::string key;
        uint64_t end = at + 1;
        for (; end <= maxBefore && window.ensure(0, end) && *window.at(end) != '"'; ++end) {
            if (*window.at(end) == '\\') return std::nullopt;  // escaped: left to the parsers that unescape
            key += *window.at(end);
        }
        at = skipSpace(window, 0, end + 1);
        if (end > maxBefore || !window.ensure(0, at) || *window.at(at) != ':') return std::nullopt;
        at = skipSpace(window, 0, at + 1);
        if (!window.ensure(0, at)) return std::nullopt;
        if (key == "features") {
            if (*window.at(at) != '[') return std::nullopt;
            return at + 1;
        }
        const std::optional<uint64_t> valueStop = valueEnd(window, at, maxBefore);
        if (!valueStop) return std::nullopt;
        at = skipSpace(window, 0, *valueStop);
        if (!window.ensure(0, at) || *window.at(at) != ',') return std::nullopt;
        ++at;
    }
}

std::optional<CollectionMembers> parseCollectionMembers(std::string_view before, std::string_view after) {
    const std::string text = std::string(before) + std::string(after);
    // One object and nothing after it but whitespace.
    const size_t start = text.find_first_not_of(" \t\n\r");
    if (start == std::string::npos || text[start] != '{') return std::nullopt;
    BracketScanner scanner;
    const size_t took = scanner.scan(text.data() + start, text.size() - start);
    if (took == BracketScanner::npos || text.find_first_not_of(" \t\n\r", start + took) != std::string::npos)
        return std::nullopt;

    const simdjson::padded_string padded(text.data(), start + took);
    od::parser parser;
    od::document document;
    od::object object;
    if (parser.iterate(padded).get(document) || document.get_object().get(object)) return std::nullopt;
    CollectionMembers members;
    std::set<std::string, std::less<>> seen;
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key) || !seen.emplace(key).second)
            return std::nullopt;
        if (key == "type") {
            std::string_view type;
            if (field.value().get_string().get(type) || type != "FeatureCollection") return std::nullopt;
            members.typed = true;
        } else if (key == "features") {
            od::array features;
            if (field.value().get_array().get(features)) return std::nullopt;
            for (auto feature : features) {
                (void)feature;
                return std::nullopt;  // the features array was emptied out of this text
            }
        } else if (key == "name") {
            std::string_view name;
            if (field.value().get_string().get(name) || name.find('\0') != std::string_view::npos)
                return std::nullopt;
            members.name = std::string(name);
        } else if (key == "crs") {
            if (!isCrs84(field.value())) return std::nullopt;
            members.crs84 = true;
        } else if (key == "bbox") {
            if (!isNumberArray(field.value())) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (!seen.count("features")) return std::nullopt;
    return members;
}

}  // namespace bashu::geojson
