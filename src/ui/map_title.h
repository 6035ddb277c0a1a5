#pragma once
// The map's title, subtitle and note (its sources) over the map's top left, as the export prints
// them: a planner sees what the map is and where its numbers come from without exporting it.
// View > Map title and note hides them.

#include <string>

#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h

/// When the map no longer shows what its title and subtitle were written for (a joined layer
/// shown by another field than its joined one, as area_km2 on the GDP map): a warning saying so;
/// else "". The window shows it under the title and the Export dialog over its title field.
std::string titleMismatch(const MapScene& scene);

/// Draws the document's title, subtitle and note at the map area's top left (nothing when the
/// document has none, or the layout hides them). The pointer passes through to the map. Returns
/// the box's height (window coordinates; 0 when none is drawn), what fits keep the map clear of.
float drawMapTitle(const MapViewState& state);

}  // namespace bashu
