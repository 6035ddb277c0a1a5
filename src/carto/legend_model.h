#pragma once
// What a map's legend lists, in order, for the export and the window alike: each visible
// layer from the top down, a classified layer as a heading and its classes (with counts, and
// no-data), any other layer as one symbol with its name; proportional symbols add nested
// reference circles, lines by value a sample line per reference value; a bivariate choropleth
// its square of classes with the two fields along its sides.
#include <string>
#include <vector>

#include "core/line_dash.h"
#include "scene/map_scene.h"

namespace bashu {

struct LegendEntry {
    enum class Kind { Heading, FillSwatch, LineSample, PointSymbol, NestedCircles, BivariateGrid };
    Kind kind = Kind::FillSwatch;
    std::string label;
    std::string count;         // features in a class; empty for single symbols
    Rgba8 fill{0, 0, 0, 0};    // swatch or symbol colour
    Rgba8 stroke{0, 0, 0, 0};  // swatch border or line colour
    float width = 0;           // line width in pixels at 1x
    // LineSample: the line's dash pattern and casing (pixels at 1x; casingWidth 0: none).
    LineDash dash;
    Rgba8 casing{0, 0, 0, 0};
    float casingWidth = 0;
    // NestedCircles (proportional symbols): reference circles sharing a bottom point, largest
    // first, their diameters in pixels at 1x and their values as text.
    std::vector<float> diameters;
    std::vector<std::string> values;
    // BivariateGrid (a bivariate choropleth): gridSize x gridSize cells, their colours row by row
    // from the bottom (the second field's lowest class), each row from the first field's lowest
    // class across; values holds the label across and the label up.
    int gridSize = 0;
    std::vector<Rgba8> cells;
};

/// The labels a classified layer's legend gives its classes, computed from the limits (or the
/// unique values), before any edited ones (FillStyle::labels) replace them.
std::vector<std::string> computedClassLabels(const MapScene& scene, const SceneLayer& layer);

/// What a layer is called wherever it is listed (layers, style, table, search, the legend): its
/// name, or the field where it has none; a joined layer shown by another of its fields is called
/// by that field ("in_circle", not the joined "GDP 2021").
std::string layerTitle(const SceneLayer& layer);

/// What a classified layer's legend heading says: its title (layerTitle), the unit
/// unless the name says it, and what a normalised map shows ("÷ population", "(% of total)").
std::string legendHeading(const SceneLayer& layer);

/// A value of the layer's classified field written as its legend writes the class limits (the
/// same magnitude and decimals: 19,917 where the legend says 19,917, not 19916.98).
std::string legendNumber(const MapScene& scene, const SceneLayer& layer, double value);

/// A category of the layer's text field as its legend writes it (an edited label, or the value
/// with its underscores read as spaces: "science city" for science_city); the value itself when
/// it is no category of the legend.
std::string legendCategory(const MapScene& scene, const SceneLayer& layer, const std::string& value);

/// The legend entries of a scene; empty when no layer is visible. Class labels edited in the
/// style (FillStyle::labels, as many as there are classes) replace the computed ones.
std::vector<LegendEntry> legendEntries(const MapScene& scene);

}  // namespace bashu
