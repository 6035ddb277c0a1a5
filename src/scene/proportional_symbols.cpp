#include "scene/proportional_symbols.h"

#include <algorithm>
#include <cmath>

#include "core/join.h"
#include "scene/held_classes.h"

namespace bashu {

namespace {
// x rounded down to one significant digit (3,214 to 3,000), so the largest reference circle is
// close to the largest symbol on the map.
double roundDown(double x) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(x)));
    return std::max(1.0, std::floor(x / magnitude + 1e-9)) * magnitude;
}
}  // namespace

float symbolDiameter(double value, double largest, double maxDiameter) {
    if (!(value > 0.0) || !(largest > 0.0)) return 0.0f;
    // At least a pixel and a half, so the smallest values still show as dots.
    return float(std::max(1.5, maxDiameter * std::sqrt(value / largest)));
}

float lineWidth(double value, double largest, double maxWidth) {
    if (!(value > 0.0) || !(largest > 0.0)) return 0.0f;
    // At least half a pixel, so the smallest values still show as hairlines.
    return float(std::max(0.5, maxWidth * value / largest));
}

std::vector<double> sizeLegendValues(double largest, bool lines) {
    std::vector<double> values;
    if (!(largest > 0.0) || !std::isfinite(largest)) return values;
    const std::initializer_list<double> circles = {1.0, 0.25, 0.04}, widths = {1.0, 0.5, 0.25};
    for (double fraction : lines ? widths : circles) {
        const double v = roundDown(largest * fraction);
        if (values.empty() || v < values.back()) values.push_back(v);
    }
    return values;
}

namespace {
// The largest value of a joined field over every year of its table, where its classes are held
// over the years: circles keep one scale, so a unit's circle grows with its value from year to
// year, not with its rank in the year shown. 0 otherwise.
double largestOverYears(const SceneLayer& layer, const std::string& field) {
    if (!layer.spec.join || !layer.joinTable || field != layer.spec.join->as ||
        !layer.spec.fill.holdOverYears)
        return 0.0;
    const std::optional<std::string> year = yearField(layer);
    if (!year) return 0.0;
    const JoinSpec join = indexedJoin(layer);
    const std::string key = "\x1elargest\x1f" + join.layerKey + '\x1f' + join.tableKey + '\x1f' + *year +
                            joinConditionsKey(join, *year) + '\x1f' + join.value;
    const std::vector<double> largest = layer.joinTable->numbers(key, [&] {
        const std::vector<double> values =
            layer.joinIndex && layer.joinIndex->serves(join)
                ? layer.joinIndex->valuesOverAll(join, *year)
                : joinValuesOverAll(layer.data.attributes, layer.joinTable->table(), join, *year);
        double most = 0.0;
        for (double v : values)
            if (std::isfinite(v)) most = std::max(most, v);
        return std::vector<double>{most};
    });
    return largest.empty() ? 0.0 : largest.front();
}
}  // namespace

Status sizeSymbols(SceneLayer& layer) {
    layer.featureSizes.clear();
    layer.sizeLegend = SizeLegend{};
    const GeometryKind kind = layer.data.geometry.kind;
    const std::string where = layer.spec.source + ": layer '" + layer.data.name + "'";
    const bool lines = kind == GeometryKind::Line;
    if (!layer.spec.stroke.widthField.empty() && !lines)
        return Error{where + ": widths by a field ('" + layer.spec.stroke.widthField +
                     "') are for line layers; this layer has " +
                     (kind == GeometryKind::Point ? "points (size them by a field instead)" : "polygons")};
    const std::string& field = lines ? layer.spec.stroke.widthField : layer.spec.point.sizeField;
    if (field.empty() || (kind != GeometryKind::Point && !lines)) return Ok{};
    const Column* column = layer.data.attributes.find(field);
    const std::string purpose = lines ? "to set line widths by" : "to size symbols by";
    if (!column) {
        std::string names;
        for (const Column& c : layer.data.attributes.columns)
            if (c.isNumeric()) names += (names.empty() ? "" : ", ") + c.name;
        return Error{where + ": no field '" + field + "' " + purpose +
                     (names.empty() ? std::string(" (the layer has no numeric fields)")
                                    : " (numeric fields: " + names + ")")};
    }
    if (!column->isNumeric())
        return Error{where + ": field '" + field + "' is text; " + (lines ? "widths" : "symbols") +
                     " are set by numbers"};
    const size_t n = layer.data.featureCount();
    double largest = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (std::optional<double> v = column->number(i); v && std::isfinite(*v))
            largest = std::max(largest, *v);
    largest = std::max(largest, largestOverYears(layer, field));
    const double biggest = lines ? layer.spec.stroke.maxWidth : layer.spec.point.maxSize;
    auto size = [&](double v) {
        return lines ? lineWidth(v, largest, biggest) : symbolDiameter(v, largest, biggest);
    };
    SizeLegend& legend = layer.sizeLegend;
    legend.field = field;
    legend.lines = lines;
    layer.featureSizes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const std::optional<double> v = column->number(i);
        layer.featureSizes[i] = v ? size(*v) : 0.0f;
        if (layer.featureSizes[i] == 0.0f) ++legend.noDataCount;
    }
    legend.values = sizeLegendValues(largest, lines);
    for (double v : legend.values) legend.diameters.push_back(size(v));
    return Ok{};
}

}  // namespace bashu
