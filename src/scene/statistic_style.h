#pragma once
// A layer coloured by a spatial statistic of one of its fields (LayerSpec::statistic): the LISA
// cluster map, the LISA significance map or the Gi* hot and cold spots, each class in the colour
// GeoDa and the atlases give it, computed where the layer is styled so a year switched recomputes
// it and `bashu render` draws the same map headless.
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "scene/map_scene.h"
#include "spatial/global_autocorrelation.h"
#include "spatial/local_autocorrelation.h"

namespace bashu {

/// What a layer's statistic computed, over the units with a value: kept on the layer so the
/// window's Moran scatter plot can draw it and a change of method, alpha or correction
/// reclassifies without computing again. Local statistics are computed when a map first asks.
struct StatisticResults {
    std::string key;                 // the field, weights, permutations and seed it was computed with
    std::vector<double> values;      // one per unit with a value (with both, for two fields)
    std::vector<double> valuesWith;  // the second field's, for the bivariate methods
    std::vector<size_t> features;    // the layer's feature of each value
    SpatialWeights binary;           // the weights among those units, each neighbour 1
    SpatialWeights standardised;     // and row-standardised
    std::vector<double> z;           // the values standardised (mean 0, standard deviation 1)
    std::vector<double> lag;         // the spatial lag of z (row-standardised): the scatter plot's y
    double slope = 0;                // of lag on z through the origin: the scatter plot's line
    GlobalStatistic moran;           // of the values, under the row-standardised weights
    std::optional<LocalMoran> lisa;
    std::optional<LocalG> gStar;
    std::vector<std::string> classes;  // each unit's class on the map last drawn
    // A bivariate choropleth's quantile classes of each field (its legend's axes); it has no
    // weights, scatter plot or local statistics.
    Classification limits, limitsWith;
};

/// A class of a bivariate choropleth's field, in words: "low", "middle", "high" of 3 classes
/// ("low", "high" of 2; "low", "mid-low", "mid-high", "high" of 4).
std::string bivariateClassWord(int index, int classes);

/// The name of the column a layer's statistic writes its classes to ("LISA cluster of density").
std::string statisticColumnName(const StatisticSpec& statistic);

/// A title for a map of the statistic: "LISA clusters of density (queen weights, p ≤ 0.05)".
std::string statisticTitle(const StatisticSpec& statistic);

/// Takes the column of classes the layer's statistic wrote (SceneLayer::statisticColumn) off the
/// layer: its statistic was changed or removed.
void dropStatisticColumn(SceneLayer& layer);

/// Computes the statistic over the layer's units with a value (the others are no data), writes its
/// class per unit to the column statisticColumnName names, and colours the layer by those classes.
/// Errors name the layer and the problem (no such field, text, a constant, too few units).
Status restyleByStatistic(SceneLayer& layer);

}  // namespace bashu
