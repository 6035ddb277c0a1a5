#pragma once
// A layer coloured by a spatial statistic of one of its fields (LayerSpec::statistic): the LISA
// cluster map, the LISA significance map or the Gi* hot and cold spots, each class in the colour
// GeoDa and the atlases give it, computed where the layer is styled so a year switched recomputes
// it and `bashu render` draws the same map headless.
#include <string>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The name of the column a layer's statistic writes its classes to ("LISA cluster of density").
std::string statisticColumnName(const StatisticSpec& statistic);

/// A title for a map of the statistic: "LISA clusters of density (queen weights, p ≤ 0.05)".
std::string statisticTitle(const StatisticSpec& statistic);

/// Computes the statistic over the layer's units with a value (the others are no data), writes its
/// class per unit to the column statisticColumnName names, and colours the layer by those classes.
/// Errors name the layer and the problem (no such field, text, a constant, too few units).
Status restyleByStatistic(SceneLayer& layer);

}  // namespace bashu
