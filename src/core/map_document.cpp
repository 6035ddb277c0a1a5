#include "core/map_document.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/ascii_case.h"
#include "core/data_path.h"
#include "core/json_syntax.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Reading a JSON object with errors that say where: "layers[0].fill.classes".
class Reader {
public:
    Reader(const json& object, std::string path) : object_(object), path_(std::move(path)) {}

    std::string where(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

    // Unknown keys are mistakes (a typo silently ignored would draw a wrong map).
    std::optional<Error> rejectUnknown(std::initializer_list<const char*> known) const {
        std::set<std::string> allowed(known.begin(), known.end());
        for (const auto& [key, value] : object_.items())
            if (!allowed.count(key)) return Error{where(key) + ": unknown key"};
        return std::nullopt;
    }

    const json* get(const char* key) const {
        auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }

    std::optional<Error> string(const char* key, std::string& out) const {
        if (const json* v = get(key)) {
            if (!v->is_string()) return Error{where(key) + ": expected a string"};
            out = v->get<std::string>();
        }
        return std::nullopt;
    }

    // A name from a registry (core/style_registry.h), turned into its enum here, once; a name
    // not known is an error naming the key, with the nearest known name.
    template <typename Enum>
    std::optional<Error> named(const char* key, Enum& out, std::optional<Enum> (*parse)(std::string_view),
                               std::string (*unknown)(std::string_view)) const {
        if (const json* v = get(key)) {
            if (!v->is_string()) return Error{where(key) + ": expected a string"};
            const std::optional<Enum> parsed = parse(v->get<std::string>());
            if (!parsed) return Error{where(key) + ": " + unknown(v->get<std::string>())};
            out = *parsed;
        }
        return std::nullopt;
    }

    std::optional<Error> boolean(const char* key, bool& out) const {
        if (const json* v = get(key)) {
            if (!v->is_boolean()) return Error{where(key) + ": expected true or false"};
            out = v->get<bool>();
        }
        return std::nullopt;
    }

    std::optional<Error> number(const char* key, double& out, double lo, double hi) const {
        if (const json* v = get(key)) {
            if (!v->is_number() || v->get<double>() < lo || v->get<double>() > hi)
                return Error{where(key) + ": expected a number from " + format(lo) + " to " + format(hi)};
            out = v->get<double>();
        }
        return std::nullopt;
    }

    std::optional<Error> integer(const char* key, int& out, int lo, int hi) const {
        if (const json* v = get(key)) {
            if (!v->is_number_integer() || v->get<long long>() < lo || v->get<long long>() > hi)
                return Error{where(key) + ": expected a whole number from " + std::to_string(lo) + " to " +
                             std::to_string(hi)};
            out = v->get<int>();
        }
        return std::nullopt;
    }

    std::optional<Error> color(const char* key, Rgba8& out) const {
        if (const json* v = get(key)) {
            std::optional<Rgba8> parsed = v->is_string() ? parseColor(v->get<std::string>()) : std::nullopt;
            if (!parsed) return Error{where(key) + ": expected a colour like \"#a1b2c3\""};
            out = *parsed;
        }
        return std::nullopt;
    }

private:
    static std::string format(double v) {
        std::ostringstream s;
        s << v;
        return s.str();
    }
    const json& object_;
    std::string path_;
};

#define BASHU_TRY(expression)                              \
    do {                                                   \
        if (std::optional<Error> failed_ = (expression)) { \
            return *failed_;                               \
        }                                                  \
    } while (0)

// Paths are kept normalised ("/a/./b" is "/a/b") so saving a document and reading it back gives
// the same text: relativeTo() below writes them relative to the document again.
std::string resolvePath(const std::string& base, const std::string& path) {
    if (path.empty() || !dataPath(path).local()) return path;  // GDAL's own paths, URLs
    if (fs::path(path).is_absolute()) return fs::path(path).lexically_normal().string();
    return (fs::path(base) / path).lexically_normal().string();
}

std::optional<Error> requireObject(const json& value, const std::string& where) {
    if (!value.is_object()) return Error{where + ": expected an object"};
    return std::nullopt;
}

std::optional<Error> parseJoin(const json& value, const std::string& where, const std::string& base,
                               JoinSpec& join) {
    BASHU_TRY(requireObject(value, where));
    Reader r(value, where);
    BASHU_TRY(r.rejectUnknown({"table", "layer_key", "table_key", "where", "value", "as", "sheet",
                               "header_row", "match", "pairs"}));
    BASHU_TRY(r.string("sheet", join.sheet));
    BASHU_TRY(r.integer("header_row", join.headerRow, 1, 1000000));
    std::string match = "exact";
    BASHU_TRY(r.string("match", match));
    if (match == "units")
        join.match = JoinMatch::Units;
    else if (match != "exact")
        return Error{r.where("match") +
                     ": expected \"exact\" (keys as written) or \"units\" (names and codes of "
                     "administrative units), got \"" +
                     match + "\""};
    if (const json* pairs = r.get("pairs")) {
        if (!pairs->is_object())
            return Error{r.where("pairs") + ": expected an object of table key: layer key"};
        for (const auto& [key, unit] : pairs->items()) {
            if (!unit.is_string())
                return Error{r.where("pairs") + "." + key + ": expected a string (the layer key)"};
            join.pairs[key] = unit.get<std::string>();
        }
    }
    BASHU_TRY(r.string("table", join.table));
    BASHU_TRY(r.string("layer_key", join.layerKey));
    // The table's key is the layer's by name; a statistical table's is the column found.
    join.tableKey = join.match == JoinMatch::Units ? std::string() : join.layerKey;
    BASHU_TRY(r.string("table_key", join.tableKey));
    BASHU_TRY(r.string("value", join.value));
    join.as = join.value;
    BASHU_TRY(r.string("as", join.as));
    // Keys matched as units find the layer field that matches best when none is given.
    for (const char* required : {"table", "layer_key", "value"})
        if (!r.get(required) &&
            !(join.match == JoinMatch::Units && std::string_view(required) == "layer_key"))
            return Error{r.where(required) + ": missing"};
    join.table = resolvePath(base, join.table);
    if (const json* filters = r.get("where")) {
        if (!filters->is_object()) return Error{r.where("where") + ": expected an object of field: value"};
        for (const auto& [field, wanted] : filters->items()) {
            if (wanted.is_string())
                join.where.emplace_back(field, wanted.get<std::string>());
            else if (wanted.is_number_integer())
                join.where.emplace_back(field, std::to_string(wanted.get<long long>()));
            else
                return Error{r.where("where") + "." + field + ": expected a string or a whole number"};
        }
    }
    return std::nullopt;
}

// Class limits: 2 to 13 numbers, never decreasing, the last above the first.
std::optional<Error> parseLimits(const json& value, const std::string& where, std::vector<double>& limits) {
    if (!value.is_array() || value.size() < 2 || value.size() > 13)
        return Error{where + ": expected a list of 2 to 13 ascending numbers (the class limits)"};
    // Equal neighbours are allowed (a first class holding only the minimum), a decrease is not.
    limits.clear();
    for (const json& b : value) {
        if (!b.is_number() || !std::isfinite(b.get<double>()))
            return Error{where + ": expected numbers, got " + b.dump()};
        if (!limits.empty() && b.get<double>() < limits.back())
            return Error{where + ": limits must increase (" + b.dump() + " after " +
                         std::to_string(limits.back()) + ")"};
        limits.push_back(b.get<double>());
    }
    if (!(limits.back() > limits.front())) return Error{where + ": the last limit must be above the first"};
    return std::nullopt;
}

// Explicit class limits, or a break set named (resolved once the document's sets are read).
std::optional<Error> parseBreaks(const Reader& r, FillStyle& fill) {
    BASHU_TRY(r.string("break_set", fill.breakSet));
    const json* breaks = r.get("breaks");
    if (!breaks) return std::nullopt;
    if (!fill.breakSet.empty())
        return Error{r.where("breaks") + ": give the limits or a break_set, not both"};
    BASHU_TRY(parseLimits(*breaks, r.where("breaks"), fill.breaks));
    fill.classes = int(fill.breaks.size()) - 1;
    return std::nullopt;
}

// Named break sets: {"name": [limits], ...}.
std::optional<Error> parseBreakSets(const json& value, const std::string& where,
                                    std::map<std::string, std::vector<double>>& sets) {
    if (!value.is_object()) return Error{where + ": expected an object of name: [class limits]"};
    for (const auto& [name, limits] : value.items()) {
        if (name.empty()) return Error{where + ": a break set needs a name"};
        BASHU_TRY(parseLimits(limits, where + "." + name, sets[name]));
    }
    return std::nullopt;
}

// A file of break sets several maps share: a JSON object like a document's "break_sets".
std::optional<Error> readBreakSetsFile(const std::string& path,
                                       std::map<std::string, std::vector<double>>& sets) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return Error{"break_sets_file: " + path + ": no such file"};
    if (fs::file_size(path, ec) > (4u << 20))
        return Error{"break_sets_file: " + path + ": too large (over 4 MiB)"};
    std::ifstream in(path, std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    json value;
    try {
        value = json::parse(contents.str());
    } catch (const json::exception& e) {
        const std::optional<std::string> where = jsonTextSyntaxError(contents.str());
        return Error{"break_sets_file: " + path + ": not valid JSON" +
                     (where ? " at " + *where : std::string(": ") + e.what())};
    }
    return parseBreakSets(value, "break_sets_file: " + path, sets);
}

std::optional<Error> parseFill(const json& value, const std::string& where, FillStyle& fill) {
    BASHU_TRY(requireObject(value, where));
    Reader r(value, where);
    BASHU_TRY(r.rejectUnknown({"color", "field", "method", "classes", "quantile_type", "ramp", "reverse",
                               "breaks", "break_set", "hold_over_years", "divide_by", "share_of_total",
                               "center", "no_data", "number_format", "unit", "labels"}));
    BASHU_TRY(r.color("color", fill.color));
    BASHU_TRY(r.string("field", fill.field));
    BASHU_TRY(r.named("method", fill.method, parseClassMethod, unknownMethodMessage));
    BASHU_TRY(r.integer("classes", fill.classes, 1, 12));
    if (const json* type = r.get("quantile_type")) {
        if (!type->is_number_integer() || !isQuantileType(type->get<long long>()))
            return Error{r.where("quantile_type") + ": unknown quantile type " + type->dump() + " (" +
                         kQuantileTypes + ")"};
        fill.quantileType = type->get<int>();
    }
    BASHU_TRY(r.named("ramp", fill.ramp, parseRamp, unknownRampMessage));
    BASHU_TRY(r.boolean("reverse", fill.reverse));
    BASHU_TRY(r.boolean("hold_over_years", fill.holdOverYears));
    BASHU_TRY(r.color("no_data", fill.noData));
    BASHU_TRY(r.string("divide_by", fill.divideBy));
    BASHU_TRY(r.boolean("share_of_total", fill.shareOfTotal));
    if (r.get("center")) {
        double center = 0.0;
        BASHU_TRY(r.number("center", center, -1e300, 1e300));
        fill.center = center;
    }
    BASHU_TRY(parseBreaks(r, fill));
    std::string numberFormat;
    BASHU_TRY(r.string("number_format", numberFormat));
    if (r.get("number_format")) {
        const std::optional<NumberFormat> parsed = parseNumberFormat(numberFormat);
        if (!parsed)
            return Error{r.where("number_format") + ": unknown number format '" + numberFormat +
                         "' (plain, wan, yi, auto)"};
        fill.numberFormat = *parsed;
    }
    BASHU_TRY(r.string("unit", fill.unit));
    if (const json* labels = r.get("labels")) {
        if (!labels->is_array() || labels->size() > 256)
            return Error{r.where("labels") + ": expected a list of the classes' legend labels"};
        fill.labels.clear();
        for (const json& label : *labels) {
            if (!label.is_string()) return Error{r.where("labels") + ": expected text, got " + label.dump()};
            fill.labels.push_back(label.get<std::string>());
        }
    }
    return std::nullopt;
}

// A dash pattern under `key`: [on, off] in pixels, both above 0.
std::optional<Error> parseDash(const Reader& r, const std::string& key, LineDash& dash) {
    const json* value = r.get(key.c_str());
    if (!value) return std::nullopt;
    const std::string where = r.where(key);
    auto length = [](const json& v) { return v.is_number() ? v.get<double>() : -1.0; };
    if (!value->is_array() || value->size() != 2 ||
        !(length((*value)[0]) > 0.0 && length((*value)[0]) <= 200.0) ||
        !(length((*value)[1]) > 0.0 && length((*value)[1]) <= 200.0))
        return Error{where + ": expected [dash, gap], two lengths in pixels above 0 and up to 200"};
    dash = LineDash{length((*value)[0]), length((*value)[1])};
    return std::nullopt;
}

std::optional<Error> parseStroke(const Reader& s, StrokeStyle& stroke) {
    BASHU_TRY(
        s.rejectUnknown({"color", "width", "dash", "casing", "width_field", "max_width", "category_dashes"}));
    BASHU_TRY(s.color("color", stroke.color));
    BASHU_TRY(s.number("width", stroke.width, 0.0, 100.0));
    BASHU_TRY(parseDash(s, "dash", stroke.dash));
    if (const json* casing = s.get("casing")) {
        BASHU_TRY(requireObject(*casing, s.where("casing")));
        Reader c(*casing, s.where("casing"));
        BASHU_TRY(c.rejectUnknown({"color", "width"}));
        BASHU_TRY(c.color("color", stroke.casingColor));
        if (!c.get("width")) return Error{c.where("width") + ": missing (pixels on each side of the line)"};
        BASHU_TRY(c.number("width", stroke.casingWidth, 0.0, 50.0));
    }
    if (const json* dashes = s.get("category_dashes")) {
        BASHU_TRY(requireObject(*dashes, s.where("category_dashes")));
        Reader d(*dashes, s.where("category_dashes"));
        for (const auto& [value, pattern] : dashes->items())
            BASHU_TRY(parseDash(d, value, stroke.categoryDashes[value]));
    }
    BASHU_TRY(s.string("width_field", stroke.widthField));
    BASHU_TRY(s.number("max_width", stroke.maxWidth, 0.5, 100.0));
    return std::nullopt;
}

std::optional<Error> parseStatistic(const json& value, const std::string& where, StatisticSpec& statistic) {
    BASHU_TRY(requireObject(value, where));
    Reader r(value, where);
    BASHU_TRY(r.rejectUnknown({"method", "field", "weights", "tolerance", "permutations", "seed", "alpha",
                               "correction", "with", "classes", "palette"}));
    std::string method = std::string(statisticMethodName(statistic.method));
    BASHU_TRY(r.string("method", method));
    const std::optional<StatisticMethod> known = statisticMethodFromName(method);
    if (!known)
        return Error{r.where("method") + ": '" + method +
                     "' is not lisa, lisa_significance, gistar, lisa_bivariate or bivariate"};
    statistic.method = *known;
    BASHU_TRY(r.string("field", statistic.field));
    if (statistic.field.empty()) return Error{r.where("field") + ": missing (the numeric field to test)"};
    BASHU_TRY(r.string("weights", statistic.weights));
    BASHU_TRY(r.number("tolerance", statistic.tolerance, 0.0, 1e9));
    BASHU_TRY(r.integer("permutations", statistic.permutations, 0, 99999));
    BASHU_TRY(r.integer("seed", statistic.seed, 0, 2147483647));
    BASHU_TRY(r.number("alpha", statistic.alpha, 1e-9, 1.0));
    BASHU_TRY(r.string("correction", statistic.correction));
    if (statistic.correction != "none" && statistic.correction != "bonferroni" &&
        statistic.correction != "fdr")
        return Error{r.where("correction") + ": '" + statistic.correction +
                     "' is not none, bonferroni or fdr"};
    BASHU_TRY(r.string("with", statistic.with));
    if (isBivariate(statistic.method) && statistic.with.empty())
        return Error{r.where("with") + ": missing (" + method + " maps the field against a second one)"};
    BASHU_TRY(r.integer("classes", statistic.classes, 2, 4));
    BASHU_TRY(r.string("palette", statistic.palette));
    return std::nullopt;
}

std::optional<Error> parseLayer(const json& value, const std::string& where, const std::string& base,
                                LayerSpec& layer) {
    BASHU_TRY(requireObject(value, where));
    Reader r(value, where);
    BASHU_TRY(r.rejectUnknown({"name", "source", "source_layer", "sql", "geometry_column", "key", "filter",
                               "visible", "opacity", "join", "statistic", "fill", "stroke", "point", "label",
                               "legend", "as_points"}));
    BASHU_TRY(r.string("source", layer.source));
    if (layer.source.empty()) return Error{r.where("source") + ": missing (the data file of this layer)"};
    layer.source = resolvePath(base, layer.source);
    BASHU_TRY(r.string("source_layer", layer.sourceLayer));
    BASHU_TRY(r.string("sql", layer.sql));
    BASHU_TRY(r.string("geometry_column", layer.geometryColumn));
    BASHU_TRY(r.string("key", layer.keyColumn));
    if (isDatabasePath(layer.source)) {
        // Refused before anything repeats the source: its message would hold the password.
        if (namesPassword(layer.source))
            return Error{r.where("source") +
                         ": a password does not belong in a PostGIS connection (it would be "
                         "saved with the document); put it in ~/.pgpass, a service file or "
                         "PGPASSWORD"};
        if (layer.sourceLayer.empty() == layer.sql.empty())
            return Error{r.where("source") +
                         ": a PostGIS source names either a table (\"source_layer\") or a query "
                         "(\"sql\")"};
        layer.name = layer.sql.empty() ? layer.sourceLayer : "query";
    } else {
        if (!layer.sql.empty() || !layer.geometryColumn.empty() || !layer.keyColumn.empty())
            return Error{r.where("sql") +
                         ": \"sql\", \"geometry_column\" and \"key\" are for PostGIS sources "
                         "(\"PG:...\"); a file's layer is named by \"source_layer\""};
        layer.name = fs::path(layer.source).stem().string();
    }
    BASHU_TRY(r.string("name", layer.name));
    BASHU_TRY(r.string("filter", layer.filter));
    BASHU_TRY(r.boolean("visible", layer.visible));
    BASHU_TRY(r.boolean("legend", layer.inLegend));
    BASHU_TRY(r.number("opacity", layer.opacity, 0.0, 1.0));
    BASHU_TRY(r.boolean("as_points", layer.asPoints));
    if (const json* join = r.get("join")) {
        layer.join.emplace();
        BASHU_TRY(parseJoin(*join, r.where("join"), base, *layer.join));
    }
    if (const json* statistic = r.get("statistic")) {
        layer.statistic.emplace();
        BASHU_TRY(parseStatistic(*statistic, r.where("statistic"), *layer.statistic));
    }
    if (const json* fill = r.get("fill")) BASHU_TRY(parseFill(*fill, r.where("fill"), layer.fill));
    if (const json* stroke = r.get("stroke")) {
        BASHU_TRY(requireObject(*stroke, r.where("stroke")));
        Reader s(*stroke, r.where("stroke"));
        BASHU_TRY(parseStroke(s, layer.stroke));
    }
    if (const json* point = r.get("point")) {
        BASHU_TRY(requireObject(*point, r.where("point")));
        Reader p(*point, r.where("point"));
        BASHU_TRY(p.rejectUnknown({"color", "size", "size_field", "max_size"}));
        BASHU_TRY(p.color("color", layer.point.color));
        BASHU_TRY(p.number("size", layer.point.size, 0.0, 500.0));
        BASHU_TRY(p.string("size_field", layer.point.sizeField));
        BASHU_TRY(p.number("max_size", layer.point.maxSize, 1.0, 500.0));
    }
    if (const json* label = r.get("label")) {
        BASHU_TRY(requireObject(*label, r.where("label")));
        Reader l(*label, r.where("label"));
        BASHU_TRY(l.rejectUnknown({"field", "size", "color", "halo", "priority"}));
        BASHU_TRY(l.string("field", layer.label.field));
        BASHU_TRY(l.number("size", layer.label.size, 4.0, 200.0));
        BASHU_TRY(l.color("color", layer.label.color));
        BASHU_TRY(l.color("halo", layer.label.halo));
        BASHU_TRY(l.string("priority", layer.label.priority));
        if (layer.label.field.empty())
            return Error{l.where("field") + ": missing (the field whose text to write)"};
    }
    return std::nullopt;
}

Result<MapDocument> parseRoot(const json& root, const std::string& base) {
    if (!root.is_object()) return Error{"expected a JSON object at the top level"};
    MapDocument document;
    Reader r(root, "");
    BASHU_TRY(r.rejectUnknown({"version", "title", "subtitle", "note", "crs", "background", "export", "view",
                               "graticule", "layers", "break_sets", "break_sets_file"}));
    if (const json* version = r.get("version"); version && (!version->is_number_integer() || *version != 1))
        return Error{"version: this program reads version 1 documents"};
    BASHU_TRY(r.string("title", document.title));
    BASHU_TRY(r.string("subtitle", document.subtitle));
    BASHU_TRY(r.string("note", document.note));
    BASHU_TRY(r.string("crs", document.crs));
    if (document.crs.empty()) return Error{"crs: empty (use \"auto\" or a CRS such as \"EPSG:4326\")"};
    BASHU_TRY(r.color("background", document.background));
    if (const json* exportSettings = r.get("export")) {
        BASHU_TRY(requireObject(*exportSettings, "export"));
        Reader e(*exportSettings, "export");
        BASHU_TRY(e.rejectUnknown({"width", "height"}));
        BASHU_TRY(e.integer("width", document.width, 16, kMaxExportSide));
        BASHU_TRY(e.integer("height", document.height, 16, kMaxExportSide));
    }
    if (const json* view = r.get("view")) {
        BASHU_TRY(requireObject(*view, "view"));
        Reader v(*view, "view");
        BASHU_TRY(v.rejectUnknown({"center", "width", "height"}));
        const json* center = v.get("center");
        if (!center || !center->is_array() || center->size() != 2 || !(*center)[0].is_number() ||
            !(*center)[1].is_number() || std::abs((*center)[0].get<double>()) > 180.0 ||
            std::abs((*center)[1].get<double>()) > 90.0)
            return Error{"view.center: expected [longitude, latitude]"};
        MapView mapView;
        mapView.centerLon = (*center)[0].get<double>();
        mapView.centerLat = (*center)[1].get<double>();
        if (!v.get("width")) return Error{"view.width: missing (map units across the image)"};
        BASHU_TRY(v.number("width", mapView.width, 1e-9, 1e12));
        if (v.get("height")) BASHU_TRY(v.number("height", mapView.height, 1e-9, 1e12));
        document.view = mapView;
    }
    if (const json* graticule = r.get("graticule")) {
        // true: an interval chosen for the map; a number: that many degrees between lines.
        if (graticule->is_boolean()) {
            document.graticule.shown = graticule->get<bool>();
        } else if (graticule->is_number() && graticule->get<double>() >= 0.001 &&
                   graticule->get<double>() <= 90) {
            document.graticule.interval = graticule->get<double>();
            document.graticule.shown = true;
        } else {
            return Error{"graticule: expected true, false or the degrees between lines (0.001 to 90)"};
        }
    }
    if (const json* sets = r.get("break_sets"))
        BASHU_TRY(parseBreakSets(*sets, "break_sets", document.breakSets));
    BASHU_TRY(r.string("break_sets_file", document.breakSetsFile));
    if (!document.breakSetsFile.empty()) {
        document.breakSetsFile = resolvePath(base, document.breakSetsFile);
        BASHU_TRY(readBreakSetsFile(document.breakSetsFile, document.sharedBreakSets));
    }
    const json* layers = r.get("layers");
    if (!layers || !layers->is_array()) return Error{"layers: expected an array of layers"};
    for (size_t i = 0; i < layers->size(); ++i) {
        LayerSpec layer;
        const std::string where = "layers[" + std::to_string(i) + "]";
        BASHU_TRY(parseLayer((*layers)[i], where, base, layer));
        // A layer locked to a break set takes its limits now: every later step sees plain breaks.
        if (FillStyle& fill = layer.fill; !fill.breakSet.empty()) {
            const std::vector<double>* set = findBreakSet(document, fill.breakSet);
            if (!set) {
                std::string names;
                for (const auto* sets : {&document.breakSets, &document.sharedBreakSets})
                    for (const auto& [name, limits] : *sets) names += (names.empty() ? "" : ", ") + name;
                return Error{where + ".fill.break_set: no break set '" + fill.breakSet + "' (" +
                             (names.empty() ? std::string("the document has none") : "known: " + names) +
                             ")"};
            }
            fill.breaks = *set;
            fill.classes = int(set->size()) - 1;
        }
        document.layers.push_back(std::move(layer));
    }
    return document;
}

}  // namespace

const std::vector<double>* findBreakSet(const MapDocument& document, const std::string& name) {
    for (const auto* sets : {&document.breakSets, &document.sharedBreakSets})
        if (auto found = sets->find(name); found != sets->end()) return &found->second;
    return nullptr;
}

bool isQuantileType(long long number) { return number == 1 || number == 5 || number == 7; }

std::string_view numberFormatName(NumberFormat format) {
    switch (format) {
        case NumberFormat::Plain:
            return "plain";
        case NumberFormat::Wan:
            return "wan";
        case NumberFormat::Yi:
            return "yi";
        case NumberFormat::Auto:
            return "auto";
    }
    return "plain";
}

std::optional<NumberFormat> parseNumberFormat(std::string_view name) {
    if (name == "万") return NumberFormat::Wan;
    if (name == "亿") return NumberFormat::Yi;
    const std::string lower = asciiLower(name);
    for (NumberFormat format : {NumberFormat::Plain, NumberFormat::Wan, NumberFormat::Yi, NumberFormat::Auto})
        if (lower == numberFormatName(format)) return format;
    return std::nullopt;
}

Result<MapDocument> parseMapDocument(std::string_view text, const std::string& documentPath) {
    // Deeply nested input is refused before parsing so a hostile file cannot exhaust the stack.
    int depth = 0;
    bool inString = false, escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > 64) return Error{documentPath + ": nested too deeply (more than 64 levels)"};
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    json root;
    try {
        root = json::parse(text);
    } catch (const json::exception& e) {
        // The line, column and reason, as for data files: not the library's exception name.
        const std::optional<std::string> where = jsonTextSyntaxError(text);
        return Error{documentPath + ": not valid JSON" +
                     (where ? " at " + *where : std::string(": ") + e.what())};
    }
    const std::string base = fs::absolute(fs::path(documentPath)).parent_path().string();
    Result<MapDocument> document = parseRoot(root, base);
    if (!document) return Error{documentPath + ": " + document.error().message};
    return document;
}

Result<MapDocument> loadMapDocument(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Error{path + ": no such file"};
    if (fs::is_directory(path, ec)) return Error{path + ": is a directory, not a map document"};
    if (fs::file_size(path, ec) > (64u << 20))
        return Error{path + ": too large for a map document (over 64 MiB)"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot be read"};
    std::stringstream contents;
    contents << in.rdbuf();
    return parseMapDocument(contents.str(), path);
}

std::string_view statisticMethodName(StatisticMethod method) {
    switch (method) {
        case StatisticMethod::LisaBivariate:
            return "lisa_bivariate";
        case StatisticMethod::Bivariate:
            return "bivariate";
        case StatisticMethod::LisaSignificance:
            return "lisa_significance";
        case StatisticMethod::GiStar:
            return "gistar";
        case StatisticMethod::LisaClusters:
            break;
    }
    return "lisa";
}

std::optional<StatisticMethod> statisticMethodFromName(std::string_view name) {
    for (StatisticMethod m :
         {StatisticMethod::LisaClusters, StatisticMethod::LisaSignificance, StatisticMethod::GiStar,
          StatisticMethod::LisaBivariate, StatisticMethod::Bivariate})
        if (equalsIgnoreCase(statisticMethodName(m), name)) return m;
    return std::nullopt;
}

}  // namespace bashu
