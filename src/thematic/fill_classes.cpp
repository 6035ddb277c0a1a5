#include "thematic/fill_classes.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "thematic/class_coloring.h"
#include "thematic/color_ramp.h"
#include "thematic/extreme_value_breaks.h"
#include "thematic/sample_quantile.h"
#include "thematic/sort_values.h"

namespace bashu {

Classification explicitClasses(const std::vector<double>& breaks, std::optional<ClassMethod> method,
                               double minimum, double maximum) {
    Classification c;
    c.limits = breaks;
    if (method) c.tiesUpThrough = geodaTiesUpThrough(*method, c.classCount());
    c.limits.front() = std::min(c.limits.front(), minimum);
    c.limits.back() = std::max(c.limits.back(), maximum);
    return c;
}

void centreClasses(Classification& classification, double center) {
    std::vector<double>& limits = classification.limits;
    if (limits.size() < 3 || !(center > limits.front() && center < limits.back())) return;
    size_t nearest = 1;
    for (size_t i = 1; i + 1 < limits.size(); ++i)
        if (std::abs(limits[i] - center) < std::abs(limits[nearest] - center)) nearest = i;
    limits[nearest] = center;
    std::sort(limits.begin() + 1, limits.end() - 1);
}

std::vector<Rgba8> classColors(const Classification& classification, const FillStyle& fill) {
    const int classes = classification.classCount();
    if (!fill.center) return rampColors(fill.ramp, classes, fill.reverse);
    int below = 0;
    for (int i = 0; i < classes; ++i) below += classification.limits[size_t(i) + 1] <= *fill.center;
    const int above = classes - below, side = std::max(below, above);
    const std::vector<Rgba8> full = rampColors(fill.ramp, 2 * side, fill.reverse);
    std::vector<Rgba8> colors(full.begin() + (side - below), full.begin() + side + above);
    return colors;
}

Result<FillLegend> classifyFill(const FillStyle& fill, MappedValues& mapped,
                                std::vector<Rgba8>& featureColors) {
    if (fill.classes < 1 || fill.classes > 12)
        return Error{std::to_string(fill.classes) + " classes (use 1 to 12)"};
    const std::optional<QuantileType> quantileType = quantileTypeOf(fill.quantileType);
    if (!quantileType)
        return Error{"unknown quantile type " + std::to_string(fill.quantileType) + " (" + kQuantileTypes +
                     ")"};
    // Given limits need no sort, only the range, and equal intervals, pretty and standard
    // deviation classes a pass over the values; the other methods need the values sorted, once
    // per mapping (the costly step of a field change at 10^6 features).
    const ClassMethod method = fill.method;
    const bool computed = fill.breaks.empty();
    const bool sortedNeeded = computed && needsSortedValues(method);
    if (sortedNeeded && mapped.sorted.size() != mapped.range.count) {
        mapped.sorted.clear();
        mapped.sorted.reserve(mapped.range.count);
        for (double v : mapped.values)
            if (std::isfinite(v)) mapped.sorted.push_back(v);
        sortValues(mapped.sorted);
    }
    FillLegend legend;
    legend.field = fill.field;
    legend.noDataColor = fill.noData;
    if (sortedNeeded)
        legend.classification = classifySorted(mapped.sorted, method, fill.classes, *quantileType);
    else if (computed)
        legend.classification =
            classifyUnsorted(mapped.values, mapped.range, method, fill.classes, *quantileType);
    else
        legend.classification =
            explicitClasses(fill.breaks, fill.breakSet.empty() ? std::optional(method) : std::nullopt,
                            mapped.range.minimum, mapped.range.maximum);
    if (legend.classification.classCount() > 0 && fill.center)
        centreClasses(legend.classification, *fill.center);
    const int classes = legend.classification.classCount();
    if (classes > 0) legend.classColors = classColors(legend.classification, fill);
    featureColors.resize(mapped.values.size());
    // The histogram is counted in the colouring pass, once per restyle, so a panel showing it
    // costs nothing per frame.
    ClassCounts counts = colorByClass(mapped.values, legend.classification, legend.classColors, fill.noData,
                                      featureColors, kHistogramBins);
    legend.histogram = std::move(counts.histogram);
    legend.classCounts = std::move(counts.perClass);
    legend.classCounts.resize(size_t(classes), 0);
    legend.noDataCount = counts.noData;
    return legend;
}

}  // namespace bashu
