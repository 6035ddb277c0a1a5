// Writing a map document so that it diffs cleanly against the one it replaces: the keys in the
// order that document had them (new keys in the order the README lists them), only the settings
// that differ from the defaults (and those the document wrote out itself), numbers in their
// shortest form, and lists and small objects on one line where they fit (core/json_layout.h).
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "core/atomic_write.h"
#include "core/data_path.h"
#include "core/json_layout.h"
#include "core/map_document.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

// Whole numbers as integers ("2048", not "2048.0"), and a double that is a float's value (a
// slider's 0.41f is 0.4099999964237213) by the float's shortest digits, which read back alike.
ordered_json number(double value) {
    if (!std::isfinite(value)) return value;
    if (value == std::trunc(value) && std::abs(value) < 9.0e15) return static_cast<long long>(value);
    const float single = static_cast<float>(value);
    if (static_cast<double>(single) != value) return value;
    char digits[32];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, single);
    if (error != std::errc()) return value;
    double shortest = value;
    std::from_chars(digits, end, shortest);
    return shortest;
}

ordered_json numbers(const std::vector<double>& values) {
    ordered_json list = ordered_json::array();
    for (double v : values) list.push_back(number(v));
    return list;
}

ordered_json dash(const LineDash& d) { return ordered_json::array({number(d.on), number(d.off)}); }

std::string relativeTo(const std::string& base, const std::string& path) {
    if (path.empty() || base.empty() || !dataPath(path).local() || !fs::path(path).is_absolute()) return path;
    const fs::path relative = fs::path(path).lexically_relative(base);
    return relative.empty() ? path : relative.string();
}

// Every setting of a layer, in the README's order. Keys missing from the defaults written by
// layerDefaults are always written (a layer's name and source, a join's table and keys).
ordered_json layerJson(const LayerSpec& layer, const std::string& base) {
    ordered_json l;
    l["name"] = layer.name;
    l["legend"] = layer.inLegend;
    l["source"] = relativeTo(base, layer.source);
    l["source_layer"] = layer.sourceLayer;
    l["sql"] = layer.sql;
    l["geometry_column"] = layer.geometryColumn;
    l["key"] = layer.keyColumn;
    l["filter"] = layer.filter;
    l["visible"] = layer.visible;
    l["opacity"] = number(layer.opacity);
    l["as_points"] = layer.asPoints;
    if (layer.join) {
        const JoinSpec& j = *layer.join;
        ordered_json where = ordered_json::object();
        for (const auto& [field, value] : j.where) where[field] = value;
        l["join"] = {{"table", relativeTo(base, j.table)},
                     {"layer_key", j.layerKey},
                     {"table_key", j.tableKey},
                     {"where", where},
                     {"value", j.value},
                     {"as", j.as},
                     {"sheet", j.sheet},
                     {"header_row", j.headerRow},
                     {"match", j.match == JoinMatch::Units ? "units" : "exact"},
                     {"pairs", ordered_json::object()}};
        for (const auto& [key, unit] : j.pairs) l["join"]["pairs"][key] = unit;
    }
    if (layer.statistic) {
        const StatisticSpec& st = *layer.statistic;
        l["statistic"] = {{"method", std::string(statisticMethodName(st.method))},
                          {"field", st.field},
                          {"weights", st.weights},
                          {"tolerance", number(st.tolerance)},
                          {"permutations", st.permutations},
                          {"seed", st.seed},
                          {"alpha", number(st.alpha)},
                          {"correction", st.correction}};
        if (!st.with.empty()) l["statistic"]["with"] = st.with;
        if (st.method == StatisticMethod::Bivariate) {
            l["statistic"]["classes"] = st.classes;
            l["statistic"]["palette"] = st.palette;
        }
    }
    const FillStyle& f = layer.fill;
    ordered_json fill;
    fill["color"] = formatColor(f.color);
    fill["field"] = f.field;
    fill["method"] = std::string(classMethodName(f.method));
    fill["classes"] = f.classes;
    fill["quantile_type"] = f.quantileType;
    fill["ramp"] = std::string(rampName(f.ramp));
    fill["reverse"] = f.reverse;
    if (!f.breakSet.empty())
        fill["break_set"] = f.breakSet;  // its limits are the set's, written with the set
    else
        fill["breaks"] = numbers(f.breaks);
    fill["hold_over_years"] = f.holdOverYears;
    fill["divide_by"] = f.divideBy;
    fill["share_of_total"] = f.shareOfTotal;
    if (f.center) fill["center"] = number(*f.center);
    fill["number_format"] = std::string(numberFormatName(f.numberFormat));
    fill["unit"] = f.unit;
    fill["labels"] = f.labels;
    fill["no_data"] = formatColor(f.noData);
    l["fill"] = fill;
    const StrokeStyle& s = layer.stroke;
    ordered_json stroke = {{"color", formatColor(s.color)}, {"width", number(s.width)}};
    if (!s.dash.solid()) stroke["dash"] = dash(s.dash);
    stroke["casing"] = {{"color", formatColor(s.casingColor)}, {"width", number(s.casingWidth)}};
    stroke["width_field"] = s.widthField;
    stroke["max_width"] = number(s.maxWidth);
    stroke["category_dashes"] = ordered_json::object();
    for (const auto& [value, d] : s.categoryDashes) stroke["category_dashes"][value] = dash(d);
    l["stroke"] = stroke;
    l["point"] = {{"color", formatColor(layer.point.color)},
                  {"size", number(layer.point.size)},
                  {"size_field", layer.point.sizeField},
                  {"max_size", number(layer.point.maxSize)}};
    l["label"] = {{"field", layer.label.field},
                  {"size", number(layer.label.size)},
                  {"color", formatColor(layer.label.color)},
                  {"halo", formatColor(layer.label.halo)},
                  {"priority", layer.label.priority}};
    return l;
}

// What reading leaves in place of a missing key, for this layer: the struct's defaults, and
// those the reader derives (a join's table key is its layer key, its new field is named after
// the value; given limits imply the number of classes).
ordered_json layerDefaults(const LayerSpec& layer) {
    LayerSpec defaults;
    if (!layer.fill.breaks.empty()) defaults.fill.classes = layer.fill.classes;
    // A casing of no width draws nothing, whatever its colour.
    if (layer.stroke.casingWidth <= 0.0) defaults.stroke.casingColor = layer.stroke.casingColor;
    ordered_json d = layerJson(defaults, "");
    for (const char* always : {"name", "source"}) d.erase(always);
    if (layer.join)
        d["join"] = {
            {"table_key", layer.join->match == JoinMatch::Units ? std::string() : layer.join->layerKey},
            {"where", ordered_json::object()},
            {"as", layer.join->value},
            {"sheet", ""},
            {"header_row", 0},
            {"match", "exact"},
            {"pairs", ordered_json::object()}};
    if (layer.statistic) {
        // The statistic's options at their defaults are left out; its method and field are kept.
        LayerSpec withDefaults;
        withDefaults.statistic.emplace();
        d["statistic"] = layerJson(withDefaults, "")["statistic"];
        d["statistic"].erase("method");
        d["statistic"].erase("field");
    }
    return d;
}

ordered_json documentJson(const MapDocument& document, const std::string& base) {
    ordered_json root;
    root["version"] = 1;
    root["title"] = document.title;
    root["subtitle"] = document.subtitle;
    root["note"] = document.note;
    root["crs"] = document.crs;
    root["background"] = formatColor(document.background);
    root["export"] = {{"width", document.width}, {"height", document.height}};
    if (document.view) {
        root["view"] = {{"center", {number(document.view->centerLon), number(document.view->centerLat)}},
                        {"width", number(document.view->width)}};
        if (document.view->height > 0) root["view"]["height"] = number(document.view->height);
    }
    if (!document.graticule.shown)
        root["graticule"] = false;
    else if (document.graticule.interval > 0)
        root["graticule"] = number(document.graticule.interval);
    else
        root["graticule"] = true;
    root["break_sets"] = ordered_json::object();
    for (const auto& [name, limits] : document.breakSets) root["break_sets"][name] = numbers(limits);
    root["break_sets_file"] = relativeTo(base, document.breakSetsFile);
    root["layers"] = ordered_json::array();
    for (const LayerSpec& layer : document.layers) root["layers"].push_back(layerJson(layer, base));
    return root;
}

ordered_json documentDefaults() {
    ordered_json d = documentJson(MapDocument{}, "");
    for (const char* always : {"version", "layers"}) d.erase(always);
    return d;
}

// The previous document's layer for a layer written now: the one of the same name not taken yet.
std::optional<size_t> previousLayer(const ordered_json& written, const ordered_json* previous,
                                    std::set<size_t>& taken) {
    if (!previous || !previous->is_array()) return std::nullopt;
    for (size_t i = 0; i < previous->size(); ++i) {
        const ordered_json& candidate = (*previous)[i];
        if (taken.count(i) || !candidate.is_object()) continue;
        const auto name = candidate.find("name");
        if (name != candidate.end() && *name == written["name"]) {
            taken.insert(i);
            return i;
        }
    }
    return std::nullopt;
}

// Chooses what a document written over `previous` holds, and notes, by place, which of its
// objects and lists the previous text had on one line (json_layout.h), to lay them out alike.
struct Writer {
    std::map<JsonPlace, bool> previousLines;
    std::map<JsonPlace, bool> oneLine;

    // `full` with the keys that say something: those not at their default, and those the
    // previous document wrote (its authors wrote them on purpose). Its keys in the previous
    // document's order, the others after them in `full`'s order. Objects left empty are dropped.
    ordered_json kept(const ordered_json& full, const ordered_json& defaults, const ordered_json* previous,
                      const JsonPlace& previousPlace, const JsonPlace& place) {
        const bool hadPrevious = previous && previous->is_object();
        std::vector<std::string> order;
        if (hadPrevious)
            for (const auto& [key, value] : previous->items())
                if (full.contains(key)) order.push_back(key);
        for (const auto& [key, value] : full.items())
            if (!hadPrevious || !previous->contains(key)) order.push_back(key);
        ordered_json out = ordered_json::object();
        for (const std::string& key : order) {
            const ordered_json& value = full[key];
            const ordered_json* before = hadPrevious && previous->contains(key) ? &(*previous)[key] : nullptr;
            if (before) sameLayout(placeOf(previousPlace, key), placeOf(place, key));
            const auto fallback = defaults.find(key);
            const ordered_json none = ordered_json::object();
            const ordered_json& inner = fallback == defaults.end() ? none : *fallback;
            if (value.is_object() && !value.empty() && (before || inner.is_object())) {
                ordered_json object = kept(value, inner.is_object() ? inner : none, before,
                                           placeOf(previousPlace, key), placeOf(place, key));
                if (!object.empty() || before) out[key] = std::move(object);
            } else if (before && *before == value) {
                out[key] = *before;  // unchanged: as the author wrote it ("2.0" stays "2.0")
            } else if (fallback == defaults.end() || value != *fallback || before) {
                out[key] = value;
            }
        }
        return out;
    }

    ordered_json keptLayers(const ordered_json& layers, const std::vector<LayerSpec>& specs,
                            const ordered_json* previous) {
        if (previous) sameLayout("layers/", "layers/");
        ordered_json written = ordered_json::array();
        std::set<size_t> taken;
        for (size_t i = 0; i < layers.size(); ++i) {
            ordered_json full = layers[i];
            if (specs[i].label.field.empty()) full.erase("label");  // a label's settings need its field
            const std::optional<size_t> was = previousLayer(full, previous, taken);
            const JsonPlace place = placeOf("layers/", std::to_string(i));
            const JsonPlace previousPlace = was ? placeOf("layers/", std::to_string(*was)) : JsonPlace("-");
            if (was) sameLayout(previousPlace, place);
            written.push_back(kept(full, layerDefaults(specs[i]), was ? &(*previous)[*was] : nullptr,
                                   previousPlace, place));
        }
        return written;
    }

    // The object or list at `place` is laid out as the one at `previousPlace` was.
    void sameLayout(const JsonPlace& previousPlace, const JsonPlace& place) {
        if (const auto line = previousLines.find(previousPlace); line != previousLines.end())
            oneLine[place] = line->second;
    }
};

}  // namespace

std::string serializeMapDocument(const MapDocument& document, const std::string& documentPath,
                                 std::string_view previousText) {
    const std::string base = fs::absolute(fs::path(documentPath)).parent_path().string();
    const ordered_json previous =
        previousText.empty() ? ordered_json() : ordered_json::parse(previousText, nullptr, false);
    const ordered_json* before = previous.is_object() ? &previous : nullptr;
    Writer writer{before ? containersOnOneLine(previousText) : std::map<JsonPlace, bool>(), {}};
    const ordered_json full = documentJson(document, base);
    ordered_json written = writer.kept(full, documentDefaults(), before, "", "");
    const auto previousLayers = before ? before->find("layers") : previous.end();
    written["layers"] =
        writer.keptLayers(full["layers"], document.layers,
                          before && previousLayers != before->end() ? &*previousLayers : nullptr);
    return layoutJson(written, writer.oneLine);
}

Status saveMapDocument(const MapDocument& document, const std::string& path) {
    std::string previous;
    std::error_code ec;
    // A document larger than any map document (loadMapDocument's limit) is not one to follow.
    if (fs::is_regular_file(path, ec) && fs::file_size(path, ec) <= (64u << 20)) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        previous = text.str();
    }
    return writeTextFileAtomically(path, serializeMapDocument(document, path, previous));
}

}  // namespace bashu
