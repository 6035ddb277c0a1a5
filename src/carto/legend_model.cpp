#include "carto/legend_model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "scene/field_unit.h"
#include "scene/statistic_style.h"
#include "thematic/classification.h"
#include "thematic/number_format.h"

namespace bashu {

namespace {

bool drawsSomething(const SceneLayer& layer) {
    const LayerPaint& p = layer.paint;
    const bool visibleFill = p.drawFill && layer.spec.fill.color.a > 0;
    const bool visibleStroke =
        (p.strokeWidth > 0 || !layer.featureSizes.empty()) && layer.spec.stroke.color.a > 0;
    // A table or an empty layer has nothing on the map for a legend entry to stand for.
    return p.visible && p.opacity > 0 && layer.data.report.nothingToDraw.empty() &&
           (visibleFill || visibleStroke || layer.data.geometry.kind == GeometryKind::Point);
}

// A sample of a line layer's line, `width` pixels wide at 1x: its colour, dashes and casing.
LegendEntry lineSample(const SceneLayer& layer, float width) {
    LegendEntry entry;
    entry.kind = LegendEntry::Kind::LineSample;
    entry.stroke = layer.spec.stroke.color;
    entry.width = width;
    entry.dash = layer.paint.dash;
    entry.casing = layer.paint.casingColor;
    entry.casingWidth = layer.paint.casingWidth;
    return entry;
}

// A class reads as its limits, "lo – hi", saying "< hi" where a value on its upper limit lies in
// the class above (GeoDa's lower classes), except:
// - an empty end class collapsed onto its break (the fixed-meaning classifications keep such
//   classes, so that colours keep their meaning) reads as the open range it stands for, "< b" or
//   "> b";
// - any other class of zero width (tied breaks) reads as its one value.
std::string classLabel(const Classification& classes, size_t i, size_t count, const NumberStyle& style) {
    const std::vector<double>& limits = classes.limits;
    const double lo = limits[i], hi = limits[i + 1];
    if (count == 0 && lo == hi && i == 0) return "< " + style.format(hi);
    if (count == 0 && lo == hi && i + 2 == limits.size()) return "> " + style.format(lo);
    if (lo == hi) return style.format(lo);
    return style.format(lo) + " – " + (classes.holdsUpperLimit(i) ? "" : "< ") + style.format(hi);
}

// A map reads in Chinese when what the legend shows of it does: the layer's name, its field,
// its unit or the map's title. Only then do its numbers go into 万 and 亿 on their own.
bool readsInChinese(const MapScene& scene, const SceneLayer& layer, const std::string& unit) {
    return containsCjk(layer.spec.name) || containsCjk(layer.legend.field) || containsCjk(unit) ||
           containsCjk(scene.document.title);
}

// What each class of a fixed-meaning map stands for, as GeoDa labels them: outliers marked as
// such, percentile ranges, distances from the mean. Breaks held over years or pooled over small
// multiples are the method's over all of them, and keep their meanings; nothing for other
// methods, or for a break set (limits of the author's, whatever the method).
std::vector<std::string> classMeanings(const FillStyle& fill, size_t classes) {
    if (!fill.breakSet.empty()) return {};
    switch (fill.method) {
        case ClassMethod::BoxMap:
        case ClassMethod::BoxMap3:
            if (classes == 6)
                return {"(lower outliers)", "(< 25%)", "(25–50%)", "(50–75%)", "(> 75%)", "(upper outliers)"};
            break;
        case ClassMethod::Percentile:
            if (classes == 6) return {"(< 1%)", "(1–10%)", "(10–50%)", "(50–90%)", "(90–99%)", "(> 99%)"};
            break;
        case ClassMethod::StandardDeviation: {
            // Classes one standard deviation wide, symmetric about the mean.
            auto sd = [](double v) {
                if (v == 0) return std::string("mean");
                return std::string(v < 0 ? "−" : "+") +
                       formatNumber(std::abs(v), v == std::floor(v) ? 0 : 1) + " SD";
            };
            std::vector<std::string> meanings;
            const double first = -double(classes) / 2.0;
            for (size_t i = 0; i < classes; ++i) {
                const double lo = first + double(i), hi = lo + 1.0;
                meanings.push_back(i == 0             ? "(< " + sd(hi) + ")"
                                   : i + 1 == classes ? "(> " + sd(lo) + ")"
                                                      : "(" + sd(lo) + " to " + sd(hi) + ")");
            }
            return meanings;
        }
        default:
            break;
    }
    return {};
}

// A bivariate choropleth's square: its cells in the legend's colours, each side named by its
// field with the inner class limits ("gdp_growth → (5.2 | 7.1)" below, "↑ density (...)" above).
LegendEntry bivariateGrid(const SceneLayer& layer) {
    const StatisticSpec& st = *layer.spec.statistic;
    LegendEntry grid;
    grid.kind = LegendEntry::Kind::BivariateGrid;
    grid.gridSize = st.classes;
    const size_t cells = size_t(st.classes) * size_t(st.classes);
    grid.cells.assign(
        layer.legend.classColors.begin(),
        layer.legend.classColors.begin() + std::ptrdiff_t(std::min(cells, layer.legend.classColors.size())));
    grid.stroke = Rgba8{0xff, 0xff, 0xff, 255};
    const auto side = [&](std::string label, const Classification* classes) {
        if (!classes || classes->limits.size() < 3) return label;
        std::string breaks;
        const int decimals = legendDecimals(*classes);
        for (size_t i = 1; i + 1 < classes->limits.size(); ++i)
            breaks += (breaks.empty() ? "" : " | ") + formatNumber(classes->limits[i], decimals);
        return label + " (" + breaks + ")";
    };
    const StatisticResults* r = layer.statisticResults.get();
    grid.values = {side(st.field + " →", r ? &r->limits : nullptr),
                   side("↑ " + st.with, r ? &r->limitsWith : nullptr)};
    return grid;
}

void classEntries(const MapScene& scene, const SceneLayer& layer, std::vector<LegendEntry>& entries) {
    const FillLegend& legend = layer.legend;
    LegendEntry heading;
    heading.kind = LegendEntry::Kind::Heading;
    heading.label = legendHeading(layer);
    entries.push_back(heading);
    // Each class drawn as the layer draws its features: a swatch, a line or a point symbol.
    auto entry = [&](std::string label, size_t count, Rgba8 color) {
        LegendEntry e;
        switch (layer.data.geometry.kind) {
            case GeometryKind::Point:
                e.kind = LegendEntry::Kind::PointSymbol;
                e.fill = color;
                e.stroke = layer.paint.pointOutline;
                e.width = layer.paint.pointSize;
                break;
            case GeometryKind::Line:
                e = lineSample(layer, std::max(layer.paint.strokeWidth, 2.0f));
                e.stroke = color;
                break;
            case GeometryKind::Polygon:
                e.kind = LegendEntry::Kind::FillSwatch;
                e.fill = color;
                e.stroke = layer.spec.stroke.color;
                break;
        }
        e.label = std::move(label);
        e.count = formatNumber(double(count), 0);
        return e;
    };
    if (layer.spec.statistic && layer.spec.statistic->method == StatisticMethod::Bivariate) {
        entries.push_back(bivariateGrid(layer));
        if (legend.noDataCount > 0)
            entries.push_back(entry("no data 无数据", legend.noDataCount, legend.noDataColor));
        return;
    }
    const std::vector<std::string> computed = computedClassLabels(scene, layer);
    const std::vector<std::string>& edited = layer.spec.fill.labels;
    const bool useEdited = edited.size() == computed.size();  // legendCategory reads them so too
    const std::map<std::string, LineDash>& dashes = layer.spec.stroke.categoryDashes;
    for (size_t i = 0; i < computed.size() && i < legend.classCounts.size(); ++i) {
        LegendEntry e = entry(useEdited && !edited[i].empty() ? edited[i] : computed[i],
                              legend.classCounts[i], legend.classColors[i]);
        // A category's own dash (lines by status), as its features are drawn.
        if (e.kind == LegendEntry::Kind::LineSample && i < legend.categories.size())
            if (auto dash = dashes.find(legend.categories[i]); dash != dashes.end()) e.dash = dash->second;
        entries.push_back(std::move(e));
    }
    if (legend.noDataCount > 0)
        entries.push_back(entry("no data 无数据", legend.noDataCount, legend.noDataColor));
}

LegendEntry singleSymbol(const SceneLayer& layer) {
    LegendEntry entry;
    entry.label = layer.spec.name;
    switch (layer.data.geometry.kind) {
        case GeometryKind::Polygon:
            entry.kind = LegendEntry::Kind::FillSwatch;
            entry.fill = layer.spec.fill.color;
            entry.stroke = layer.paint.strokeWidth > 0 ? layer.spec.stroke.color : Rgba8{0, 0, 0, 0};
            entry.width = layer.paint.strokeWidth;
            break;
        case GeometryKind::Line:
            entry = lineSample(layer, layer.paint.strokeWidth);
            entry.label = layer.spec.name;
            break;
        case GeometryKind::Point:
            entry.kind = LegendEntry::Kind::PointSymbol;
            entry.fill = layer.spec.point.color;
            entry.stroke = layer.paint.pointOutline;
            entry.width = layer.paint.pointSize;
            break;
    }
    return entry;
}

// Proportional symbols: what the circles' areas stand for, and nested reference circles.
void sizeEntries(const MapScene& scene, const SceneLayer& layer, std::vector<LegendEntry>& entries) {
    const SizeLegend& sizes = layer.sizeLegend;
    LegendEntry heading;
    heading.kind = LegendEntry::Kind::Heading;
    // Circles go by the layer's name (no symbol row above names them): a joined field by the name
    // its join gave the layer ("GDP 2021 (亿元)"), another after it. Lines have their name above.
    const bool joined = layer.spec.join && sizes.field == layer.spec.join->as && !layer.spec.name.empty();
    const std::string what = sizes.lines || layer.spec.name.empty() ? sizes.field
                             : joined                               ? layer.spec.name
                                                                    : layer.spec.name + " · " + sizes.field;
    heading.label = what + (sizes.lines ? " (line width)" : " (circle area)");
    entries.push_back(heading);
    LegendEntry circles;
    circles.kind = LegendEntry::Kind::NestedCircles;
    circles.stroke = layer.paint.pointOutline;
    circles.fill = layer.spec.point.color;
    circles.diameters = sizes.diameters;
    // The reference values are round (one significant digit): in 万 or 亿 they keep that digit.
    const Magnitude magnitude =
        chooseMagnitude(layer.spec.fill.numberFormat, sizes.values, readsInChinese(scene, layer, ""), "");
    int decimals = 0;
    for (double v : sizes.values)
        if (v > 0) decimals = std::max(decimals, -int(std::floor(std::log10(v / magnitude.divisor) + 1e-9)));
    for (double v : sizes.values) circles.values.push_back(formatNumber(v, std::min(decimals, 4), magnitude));
    if (sizes.lines) {
        // A sample line per reference value; lines coloured by class are shown in a neutral grey.
        for (size_t i = 0; i < sizes.diameters.size() && i < circles.values.size(); ++i) {
            LegendEntry line = lineSample(layer, sizes.diameters[i]);
            if (layer.paint.strokeByFeature) line.stroke = Rgba8{0x66, 0x66, 0x66, 255};
            line.label = circles.values[i];
            entries.push_back(line);
        }
    } else {
        entries.push_back(circles);
    }
    if (sizes.noDataCount > 0) {
        LegendEntry none;
        none.kind = LegendEntry::Kind::Heading;
        none.label = "no positive value, not shown";
        none.count = formatNumber(double(sizes.noDataCount), 0);
        entries.push_back(none);
    }
}

}  // namespace

std::string legendCategory(const MapScene& scene, const SceneLayer& layer, const std::string& value) {
    const std::vector<std::string>& categories = layer.legend.categories;
    const auto at = std::find(categories.begin(), categories.end(), value);
    if (at == categories.end()) return value;
    const size_t i = size_t(at - categories.begin());
    const std::vector<std::string> computed = computedClassLabels(scene, layer);
    const std::vector<std::string>& edited = layer.spec.fill.labels;
    if (edited.size() == computed.size() && !edited[i].empty()) return edited[i];
    return i < computed.size() ? computed[i] : value;
}

std::vector<std::string> computedClassLabels(const MapScene& scene, const SceneLayer& layer) {
    const FillLegend& legend = layer.legend;
    std::vector<std::string> labels;
    if (!legend.categories.empty()) {
        // Codes read as words ("science_city" as "science city"); the values themselves are kept.
        for (std::string label : legend.categories) {
            std::replace(label.begin(), label.end(), '_', ' ');
            labels.push_back(std::move(label));
        }
        return labels;
    }
    const std::vector<double>& limits = legend.classification.limits;
    if (limits.size() < 2) return labels;
    const std::string unit = layerUnit(layer);
    const NumberStyle style =
        legendNumberStyle(limits, layer.spec.fill.numberFormat, readsInChinese(scene, layer, unit), unit);
    const std::vector<std::string> meanings = classMeanings(layer.spec.fill, limits.size() - 1);
    for (size_t i = 0; i + 1 < limits.size(); ++i) {
        std::string label = classLabel(legend.classification, i,
                                       i < legend.classCounts.size() ? legend.classCounts[i] : 0, style);
        if (i < meanings.size()) label += "  " + meanings[i];
        labels.push_back(std::move(label));
    }
    return labels;
}

std::string layerTitle(const SceneLayer& layer) {
    const FillLegend& legend = layer.legend;
    // A joined layer is named after its joined field ("GDP 2021 (亿元)"); shown by another field
    // (in_circle, area_km2) it is called by that field, not the GDP.
    // A statistic's classes are the layer's own: named by it.
    if (layer.spec.join && !layer.spec.statistic && !legend.field.empty() &&
        legend.field != layer.spec.join->as)
        return legend.field;
    return layer.spec.name.empty() ? legend.field : layer.spec.name;
}

std::string legendHeading(const SceneLayer& layer) {
    const FillLegend& legend = layer.legend;
    std::string heading = layerTitle(layer);
    // The unit once, in the heading, unless the name already says it ("GDP 2021 (亿元)").
    const std::string unit = legend.categories.empty() ? layerUnit(layer) : std::string();
    if (!unit.empty() && heading.find(unit) == std::string::npos) heading += " (" + unit + ")";
    // A normalised map says what it shows: "GDP ÷ resident_population", "(% of total)"; a unit
    // the author gave the ratio ("亿元/km²") says it already.
    if (legend.categories.empty() && !layer.spec.fill.divideBy.empty() && layer.spec.fill.unit.empty())
        heading += " ÷ " + layer.spec.fill.divideBy;
    if (legend.categories.empty() && layer.spec.fill.shareOfTotal) heading += " (% of total)";
    return heading;
}

std::string legendNumber(const MapScene& scene, const SceneLayer& layer, double value) {
    const std::vector<double>& limits = layer.legend.classification.limits;
    if (limits.size() < 2) return formatNumber(value, 2);
    const std::string unit = layerUnit(layer);
    NumberStyle style =
        legendNumberStyle(limits, layer.spec.fill.numberFormat, readsInChinese(scene, layer, unit), unit);
    // One value (a tooltip's) gets the digits it needs to be told from zero: Ganzi's 0.003 亿元/km²
    // is not "0.00" because the class limits need two decimals.
    const double scaled = std::fabs(value) / style.magnitude.divisor;
    if (!style.scientific && scaled > 0 && scaled < 1)
        while (style.decimals < 6 && scaled < std::pow(10.0, -style.decimals)) ++style.decimals;
    return style.format(value);
}

std::vector<LegendEntry> legendEntries(const MapScene& scene) {
    std::vector<LegendEntry> entries;
    for (auto it = scene.layers.rbegin(); it != scene.layers.rend(); ++it) {
        if (!drawsSomething(*it) || !it->spec.inLegend) continue;
        if (it->legend.classification.classCount() > 0 || !it->legend.categories.empty()) {
            classEntries(scene, *it, entries);
        } else if (it->sizeLegend.lines) {
            // Lines by value in one colour: the samples below show them; the name heads them.
            LegendEntry name;
            name.kind = LegendEntry::Kind::Heading;
            name.label = it->spec.name;
            entries.push_back(name);
        } else if (it->sizeLegend.values.empty() || it->data.geometry.kind != GeometryKind::Point) {
            // (Circles by value in one colour: the nested circles below show them, named.)
            entries.push_back(singleSymbol(*it));
        }
        if (!it->sizeLegend.values.empty()) sizeEntries(scene, *it, entries);
    }
    return entries;
}

}  // namespace bashu
