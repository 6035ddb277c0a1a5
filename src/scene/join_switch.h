#pragma once
// Switching what a joined layer shows: another year or indicator of the same table (the
// condition values of the join's `where`), re-joined from the table kept in memory, and classes
// held fixed over all years so the years can be compared.
#include <string>
#include <vector>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The values the join condition on `field` can take (e.g. every year with data for the current
/// indicator), ascending. Empty for a layer without a join.
std::vector<std::string> joinChoices(const SceneLayer& layer, const std::string& field);

/// The values the condition on `field` (an indicator) takes in any year: joinChoices with the
/// year conditions left out, so a list of indicators stays the same whichever year is shown (the
/// one chosen then shows its best-covered year where the current one has too few values).
std::vector<std::string> joinChoicesAnyYear(const SceneLayer& layer, const std::string& field);

/// Whether every choice is a whole number: a year (a slider with play, classes held over all).
bool choicesAreYears(const std::vector<std::string>& choices);

/// Sets the join condition on `field` to `value`, re-joins and restyles `layer`. The joined
/// field, the layer's name and the document's title follow, so no label names the old value:
/// a year is replaced where it appears; another indicator renames the layer after the new
/// condition values (with the table's unit) and titles the map after it. Explicit breaks stay.
Status switchJoinCondition(MapScene& scene, size_t layer, const std::string& field, const std::string& value);

/// The other layers joined to the same table (and sheet) as the layer at `layerIndex` whose
/// condition on `field`, a year, has the same value: the layers a year slider moves together,
/// so a map of GDP per km² under circles of GDP never shows one year's colours under another's
/// circles. Empty when `field` is not a year.
std::vector<size_t> layersShowingTheSameYear(const MapScene& scene, size_t layerIndex,
                                             const std::string& field);

/// The choice of `field` (a year) whose values reach the most features of the layer, the other
/// conditions kept, the latest of those on a tie; `count` (when given) is told how many. Empty
/// without a join.
std::string bestCoveredChoice(const SceneLayer& layer, const std::string& field, size_t* count = nullptr);

/// How many features the choice `value` of `field` would give a value, the other conditions kept.
size_t valuesForChoice(const SceneLayer& layer, const std::string& field, const std::string& value);

/// Sets the fill's explicit breaks to classes computed (by the fill's method and class count)
/// over the values of every choice of `field` at once, then restyles: one scale for all years.
Status holdClassesOver(SceneLayer& layer, const std::string& field);

}  // namespace bashu
