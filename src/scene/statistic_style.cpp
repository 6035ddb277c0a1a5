#include "scene/statistic_style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "spatial/weights_request.h"
#include "thematic/bivariate_palettes.h"
#include "thematic/category_colors.h"

namespace bashu {

namespace {

Rgba8 hex(uint32_t rgb) { return Rgba8{uint8_t(rgb >> 16), uint8_t(rgb >> 8), uint8_t(rgb), 255}; }

// GeoDa's colours for the cluster map; ColorBrewer's greens for significance; the red and blue of
// hot and cold spots (RdBu's ends, lighter at the weaker level).
const std::vector<std::pair<std::string, Rgba8>>& lisaClasses() {
    static const std::vector<std::pair<std::string, Rgba8>> classes = {
        {"High-High", hex(0xff0000)}, {"Low-Low", hex(0x0000ff)},         {"Low-High", hex(0xa7adf9)},
        {"High-Low", hex(0xf4ada8)},  {"Not significant", hex(0xeeeeee)}, {"Neighbourless", hex(0x464646)}};
    return classes;
}

std::string percent(double alpha) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", alpha);
    return text;
}

}  // namespace

std::string statisticColumnName(const StatisticSpec& statistic) {
    switch (statistic.method) {
        case StatisticMethod::LisaSignificance:
            return "LISA significance of " + statistic.field;
        case StatisticMethod::GiStar:
            return "Gi* of " + statistic.field;
        case StatisticMethod::LisaBivariate:
            return "bivariate LISA cluster of " + statistic.field + " and " + statistic.with;
        case StatisticMethod::Bivariate:
            return statistic.field + " and " + statistic.with;
        case StatisticMethod::LisaClusters:
            break;
    }
    return "LISA cluster of " + statistic.field;
}

std::string statisticTitle(const StatisticSpec& st) {
    if (st.method == StatisticMethod::Bivariate) return st.field + " and " + st.with;
    const std::string what = st.method == StatisticMethod::GiStar             ? "Gi* hot and cold spots of "
                             : st.method == StatisticMethod::LisaSignificance ? "LISA significance of "
                             : st.method == StatisticMethod::LisaBivariate    ? "Bivariate LISA clusters of "
                                                                              : "LISA clusters of ";
    std::string title = what + st.field;
    if (st.method == StatisticMethod::LisaBivariate) title += " with neighbours' " + st.with;
    title += " (" + st.weights + " weights, p ≤ " + percent(st.alpha);
    if (st.correction != "none") title += ", " + st.correction;
    return title + ")";
}

std::string bivariateClassWord(int index, int classes) {
    static const char* const kWords[][4] = {
        {"low", "high", "", ""}, {"low", "middle", "high", ""}, {"low", "mid-low", "mid-high", "high"}};
    if (classes < 2 || classes > 4 || index < 0 || index >= classes) return "";
    return kWords[classes - 2][index];
}

namespace {

// The weights of the layer's geometry for the request, built once per request (the geometry does
// not change; an export may release the coordinates after).
Status ensureWeights(SceneLayer& layer, const StatisticSpec& st, const std::string& where) {
    const std::string key = st.weights + "|" + std::to_string(st.tolerance);
    if (layer.statisticWeights && layer.statisticWeightsKey == key) return Ok{};
    Result<WeightsRequest> request = parseWeightsRequest(st.weights);
    if (!request) return Error{where + ": " + request.error().message};
    Result<DescribedWeights> built =
        buildWeights(layer.data.geometry, *request, st.tolerance, DistanceMetric::Planar);
    if (!built) return Error{where + ": " + built.error().message};
    layer.statisticWeights = std::make_shared<const SpatialWeights>(std::move(built->weights));
    layer.statisticWeightsKey = key;
    layer.statisticWeightsDescription = built->description;
    return Ok{};
}

// The results for the field's values now: those kept when the values, weights, permutations and
// seed are the same, else computed (Moran's I and the scatter plot's coordinates; the local
// statistics when a map asks). Units without a value take no part.
Result<std::shared_ptr<StatisticResults>> resultsFor(SceneLayer& layer, const StatisticSpec& st,
                                                     const Column& column, const Column* with,
                                                     const std::string& where) {
    if (Status weights = ensureWeights(layer, st, where); !weights) return weights.error();
    const size_t n = layer.data.featureCount();
    std::vector<bool> keep(n);
    std::vector<double> values, valuesWith;
    std::vector<size_t> features;
    for (size_t i = 0; i < n; ++i) {
        const std::optional<double> v = column.number(i);
        const std::optional<double> w = with ? with->number(i) : v;
        keep[i] = v && std::isfinite(*v) && w && std::isfinite(*w);
        if (keep[i]) {
            values.push_back(*v);
            if (with) valuesWith.push_back(*w);
            features.push_back(i);
        }
    }
    const std::string key = st.field + "|" + st.with + "|" + layer.statisticWeightsKey + "|" +
                            std::to_string(st.permutations) + "|" + std::to_string(st.seed);
    if (const auto& kept = layer.statisticResults; kept && kept->key == key && kept->values == values &&
                                                   kept->valuesWith == valuesWith &&
                                                   kept->features == features)
        return kept;

    if (values.size() < 4)
        return Error{where + ": " + std::to_string(values.size()) + " of " + std::to_string(n) +
                     " units have " + (with ? "both values" : "a value") +
                     "; a local statistic needs at least 4"};
    auto results = std::make_shared<StatisticResults>();
    results->key = key;
    results->valuesWith = valuesWith;
    // The k nearest among the units with a value (a unit without one takes no unit's place).
    const bool dropped = std::find(keep.begin(), keep.end(), false) != keep.end();
    Result<WeightsRequest> request = parseWeightsRequest(st.weights);
    if (dropped && request && request->kind == WeightsRequest::Kind::Nearest) {
        Result<DescribedWeights> nearest =
            buildWeights(layer.data.geometry, *request, st.tolerance, DistanceMetric::Planar, keep);
        if (!nearest) return Error{where + ": " + nearest.error().message};
        results->binary = subsetWeights(nearest->weights, keep);
    } else {
        results->binary = subsetWeights(*layer.statisticWeights, keep);
    }
    if (results->binary.islands().size() == results->binary.size())
        return Error{where + ": no unit with a value has a neighbour under weights " + st.weights +
                     " (a band or tolerance is in the map's units: metres on the built-in map)"};
    results->standardised = rowStandardised(results->binary);
    if (with) {
        // The bivariate scatter plot: x standardised across, the lag of y standardised up; the
        // slope through it is the bivariate Moran's I (its local terms are computed when asked).
        Result<LocalMoran> bivariate = localMoranBivariate(values, valuesWith, results->standardised, {0, 0});
        if (!bivariate) return Error{where + ": " + bivariate.error().message};
        results->z = std::move(bivariate->z);
        results->lag = std::move(bivariate->lag);
    } else {
        const PermutationOptions permutations{std::max(st.permutations, 0), uint64_t(st.seed)};
        Result<GlobalStatistic> moran = moranI(values, results->standardised, permutations);
        if (!moran) return Error{where + ": " + moran.error().message};
        results->moran = *moran;
        // Standardised as GeoDa's scatter plot is (the spread over n): the slope through it is I.
        double mean = 0, squares = 0;
        for (double v : values) mean += v;
        mean /= double(values.size());
        for (double v : values) squares += (v - mean) * (v - mean);
        const double sd = std::sqrt(squares / double(values.size()));
        for (double v : values) results->z.push_back((v - mean) / sd);
        results->lag = spatialLag(results->standardised, results->z);
    }
    double zz = 0, zl = 0;
    for (size_t k = 0; k < results->z.size(); ++k) {
        zz += results->z[k] * results->z[k];
        zl += results->z[k] * results->lag[k];
    }
    results->slope = zz > 0 ? zl / zz : 0.0;
    if (with) results->moran.value = results->slope;
    results->values = std::move(values);
    results->features = std::move(features);
    layer.statisticResults = results;
    return results;
}

// The significance map's levels: p at alpha/50, alpha/5 and alpha.
std::vector<double> significanceLevels(const StatisticSpec& st) {
    return {st.alpha / 50, st.alpha / 5, st.alpha};
}

// The classes of the map of `st`, in the legend's order, with their colours: GeoDa's for the
// cluster maps, its greens for significance, RdBu's ends for hot and cold spots, the palette's
// cells for a bivariate choropleth ("high GDP · low density").
std::vector<std::pair<std::string, Rgba8>> classColors(const StatisticSpec& st,
                                                       const std::vector<Rgba8>& palette) {
    switch (st.method) {
        case StatisticMethod::LisaClusters:
        case StatisticMethod::LisaBivariate:
            return lisaClasses();
        case StatisticMethod::GiStar: {
            const std::string strong = " (p ≤ " + percent(st.alpha / 10) + ")",
                              weak = " (p ≤ " + percent(st.alpha) + ")";
            return {{"Hot spot" + strong, hex(0xb2182b)},
                    {"Hot spot" + weak, hex(0xef8a62)},
                    {"Not significant", hex(0xeeeeee)},
                    {"Cold spot" + weak, hex(0x67a9cf)},
                    {"Cold spot" + strong, hex(0x2166ac)}};
        }
        case StatisticMethod::LisaSignificance: {
            std::vector<std::pair<std::string, Rgba8>> colors;
            const Rgba8 greens[] = {hex(0x006d2c), hex(0x31a354), hex(0x74c476)};
            const std::vector<double> levels = significanceLevels(st);
            for (size_t l = 0; l < levels.size(); ++l)
                colors.push_back({"p ≤ " + percent(levels[l]), greens[l]});
            colors.push_back({"Not significant", hex(0xeeeeee)});
            colors.push_back({"Neighbourless", hex(0x464646)});
            return colors;
        }
        case StatisticMethod::Bivariate:
            break;
    }
    std::vector<std::pair<std::string, Rgba8>> colors;
    const int n = st.classes;
    for (int up = 0; up < n; ++up)
        for (int across = 0; across < n; ++across)
            colors.push_back({bivariateClassWord(across, n) + " " + st.field + " · " +
                                  bivariateClassWord(up, n) + " " + st.with,
                              palette[size_t(up) * size_t(n) + size_t(across)]});
    return colors;
}

// Each unit's class on the map of `st` (r.classes), by the classes and colours of classColors.
Status classify(StatisticResults& r, const StatisticSpec& st, MultipleTesting correction,
                const std::vector<std::pair<std::string, Rgba8>>& colors, const std::string& where) {
    const size_t n = r.values.size();
    r.classes.assign(n, "");
    const PermutationOptions permutations{st.permutations, uint64_t(st.seed)};
    if (st.method == StatisticMethod::GiStar) {
        if (!r.gStar) {
            Result<LocalG> g = localGStar(r.values, binaryWeights(r.binary.neighbours));
            if (!g) return Error{where + ": " + g.error().message};
            r.gStar = std::move(*g);
        }
        // Two levels: the chosen alpha and a tenth of it.
        const std::vector<bool> strong = significant(r.gStar->p, st.alpha / 10, correction);
        const std::vector<bool> weak = significant(r.gStar->p, st.alpha, correction);
        const std::string strongLabel = " (p ≤ " + percent(st.alpha / 10) + ")",
                          weakLabel = " (p ≤ " + percent(st.alpha) + ")";
        for (size_t i = 0; i < n; ++i) {
            const std::string side = r.gStar->z[i] > 0 ? "Hot spot" : "Cold spot";
            r.classes[i] = strong[i] ? side + strongLabel : weak[i] ? side + weakLabel : "Not significant";
        }
        return Ok{};
    }
    if (!r.lisa) {
        Result<LocalMoran> lisa =
            st.method == StatisticMethod::LisaBivariate
                ? localMoranBivariate(r.values, r.valuesWith, r.standardised, permutations)
                : localMoran(r.values, r.standardised, permutations);
        if (!lisa) return Error{where + ": " + lisa.error().message};
        r.lisa = std::move(*lisa);
    }
    if (st.method == StatisticMethod::LisaClusters || st.method == StatisticMethod::LisaBivariate) {
        const std::vector<LisaCluster> clusters = lisaClusters(*r.lisa, r.standardised, st.alpha, correction);
        for (size_t i = 0; i < n; ++i) r.classes[i] = std::string(lisaClusterName(clusters[i]));
        return Ok{};
    }
    // The significance map: p at three levels below alpha, GeoDa's greens.
    const std::vector<double> levels = significanceLevels(st);
    std::vector<std::vector<bool>> pass;
    for (double level : levels) pass.push_back(significant(r.lisa->pseudoP, level, correction));
    for (size_t i = 0; i < n; ++i) {
        r.classes[i] = "Not significant";
        if (r.standardised.neighbours[i].empty())
            r.classes[i] = "Neighbourless";
        else
            for (size_t l = 0; l < levels.size(); ++l)
                if (pass[l][i]) {
                    r.classes[i] = colors[l].first;
                    break;
                }
    }
    return Ok{};
}

// The bivariate choropleth: each field in quantile classes over the units with both values, each
// unit the palette's cell of its two classes, named "high GDP · low density".
Result<std::shared_ptr<StatisticResults>> bivariateClasses(
    SceneLayer& layer, const StatisticSpec& st, const Column& x, const Column& y,
    const std::vector<std::pair<std::string, Rgba8>>& colors, const std::string& where) {
    auto r = std::make_shared<StatisticResults>();
    for (size_t i = 0; i < layer.data.featureCount(); ++i) {
        const std::optional<double> a = x.number(i), b = y.number(i);
        if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b)) continue;
        r->values.push_back(*a);
        r->valuesWith.push_back(*b);
        r->features.push_back(i);
    }
    if (r->values.size() < 2) return Error{where + ": fewer than 2 units have both values"};
    r->limits = classify(r->values, ClassMethod::Quantile, st.classes);
    r->limitsWith = classify(r->valuesWith, ClassMethod::Quantile, st.classes);
    const int n = st.classes;
    for (size_t k = 0; k < r->values.size(); ++k) {
        const int across = std::max(r->limits.classOf(r->values[k]), 0);
        const int up = std::max(r->limitsWith.classOf(r->valuesWith[k]), 0);
        r->classes.push_back(colors[size_t(up) * size_t(n) + size_t(across)].first);
    }
    layer.statisticResults = r;
    return r;
}

}  // namespace

void dropStatisticColumn(SceneLayer& layer) {
    auto& columns = layer.data.attributes.columns;
    // Only a column the statistic wrote: a field of the data of the same name stays.
    if (!layer.statisticColumn.empty())
        for (auto it = columns.begin(); it != columns.end(); ++it)
            if (it->name == layer.statisticColumn && it->type == FieldType::String) {
                columns.erase(it);
                break;
            }
    layer.statisticColumn.clear();
}

Status restyleByStatistic(SceneLayer& layer) {
    const StatisticSpec& st = *layer.spec.statistic;
    const std::string where =
        describeLayer(layer) + ": " + std::string(statisticMethodName(st.method)) + " of '" + st.field + "'";
    if (layer.data.geometry.kind != GeometryKind::Polygon)
        return Error{where + ": a statistic's map colours polygons; this layer has " +
                     geometryKindName(layer.data.geometry.kind) + "s"};
    const Column* column = layer.data.attributes.find(st.field);
    if (!column) return Error{where + ": no such field"};
    if (!column->isNumeric()) return Error{where + ": the field holds text, not numbers"};
    const Column* with = nullptr;
    if (isBivariate(st.method)) {
        with = layer.data.attributes.find(st.with);
        if (!with) return Error{where + ": no second field '" + st.with + "'"};
        if (!with->isNumeric()) return Error{where + ": the second field '" + st.with + "' holds text"};
    }
    // What the document asks for is checked first: what fails after is this year's values.
    Result<MultipleTesting> correction = parseMultipleTesting(st.correction);
    if (!correction) return Error{where + ": correction " + correction.error().message};
    std::vector<Rgba8> palette;
    if (st.method == StatisticMethod::Bivariate) {
        Result<std::vector<Rgba8>> cells = bivariatePalette(st.palette, st.classes);
        if (!cells) return Error{where + ": " + cells.error().message};
        palette = std::move(*cells);
    } else {
        if (Status weights = ensureWeights(layer, st, where); !weights) return weights;
        if (st.permutations <= 0 && st.method != StatisticMethod::GiStar)
            return Error{where + ": the LISA maps need permutations (give 99 or more)"};
    }
    const std::vector<std::pair<std::string, Rgba8>> colors = classColors(st, palette);
    StatisticResults* r = nullptr;
    Status computed = Ok{};
    if (st.method == StatisticMethod::Bivariate) {
        Result<std::shared_ptr<StatisticResults>> results =
            bivariateClasses(layer, st, *column, *with, colors, where);
        if (results) r = results->get();
        computed = results ? Status(Ok{}) : Status(results.error());
    } else {
        Result<std::shared_ptr<StatisticResults>> results = resultsFor(layer, st, *column, with, where);
        if (results) r = results->get();
        computed = results ? classify(*r, st, *correction, colors, where) : Status(results.error());
    }
    // Too few values this year (or one value everywhere): the map says so by drawing no unit,
    // and the layer keeps the reason for the messages, instead of the whole map failing.
    layer.statisticNote.clear();
    if (!computed) {
        layer.statisticNote = computed.error().message + "; every unit is drawn as no data";
        layer.statisticResults.reset();
        r = nullptr;
    }
    // The classes as a text column of the layer (the Feature panel and labels see them).
    const size_t n = layer.data.featureCount();
    Column out;
    out.name = statisticColumnName(st);
    out.type = FieldType::String;
    out.strings.assign(n, "");
    out.valid.assign(n, 0);
    for (size_t k = 0; r && k < r->features.size(); ++k) {
        out.strings[r->features[k]] = r->classes[k];
        out.valid[r->features[k]] = 1;
    }
    AttributeTable& attributes = layer.data.attributes;
    // The column of the statistic shown before (another method or field) goes: a unit's details
    // list the classes it is drawn in, not those of every map tried.
    if (layer.statisticColumn != out.name) dropStatisticColumn(layer);
    layer.statisticColumn = out.name;
    if (Column* existing = attributes.find(out.name))
        *existing = std::move(out);
    else
        attributes.columns.push_back(std::move(out));

    FillStyle fill = layer.spec.fill;
    fill.field = statisticColumnName(st);
    fill.method = ClassMethod::Categories;
    fill.categoryColors = colors;  // every class in the legend, with no unit where none is drawn
    layer.legend = colorByCategory(fill, *attributes.find(fill.field), n, layer.featureColors);
    return Ok{};
}

}  // namespace bashu
