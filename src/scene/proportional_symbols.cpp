#include "scene/proportional_symbols.h"

#include <algorithm>
#include <cmath>

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

std::vector<double> sizeLegendValues(double largest) {
    std::vector<double> values;
    if (!(largest > 0.0) || !std::isfinite(largest)) return values;
    for (double fraction : {1.0, 0.25, 0.04}) {
        const double v = roundDown(largest * fraction);
        if (values.empty() || v < values.back()) values.push_back(v);
    }
    return values;
}

Status sizeSymbols(SceneLayer& layer) {
    layer.featureSizes.clear();
    layer.sizeLegend = SizeLegend{};
    const PointStyle& style = layer.spec.point;
    if (style.sizeField.empty() || layer.data.geometry.kind != GeometryKind::Point) return Ok{};
    const Column* column = layer.data.attributes.find(style.sizeField);
    const std::string where = layer.spec.source + ": layer '" + layer.data.name + "'";
    if (!column) {
        std::string names;
        for (const Column& c : layer.data.attributes.columns)
            if (c.isNumeric()) names += (names.empty() ? "" : ", ") + c.name;
        return Error{where + ": no field '" + style.sizeField + "' to size symbols by" +
                     (names.empty() ? std::string(" (the layer has no numeric fields)")
                                    : " (numeric fields: " + names + ")")};
    }
    if (!column->isNumeric())
        return Error{where + ": field '" + style.sizeField + "' is text; symbols are sized by numbers"};
    const size_t n = layer.data.featureCount();
    double largest = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (std::optional<double> v = column->number(i); v && std::isfinite(*v))
            largest = std::max(largest, *v);
    SizeLegend& legend = layer.sizeLegend;
    legend.field = style.sizeField;
    layer.featureSizes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const std::optional<double> v = column->number(i);
        layer.featureSizes[i] = v ? symbolDiameter(*v, largest, style.maxSize) : 0.0f;
        if (layer.featureSizes[i] == 0.0f) ++legend.noDataCount;
    }
    legend.values = sizeLegendValues(largest);
    for (double v : legend.values) legend.diameters.push_back(symbolDiameter(v, largest, style.maxSize));
    return Ok{};
}

}  // namespace bashu
