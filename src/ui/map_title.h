#pragma once
// The map's title, subtitle and note (its sources) over the map's top left, as the export prints
// them: a planner sees what the map is and where its numbers come from without exporting it.
// View > Map title and note hides them.

namespace bashu {

struct MapViewState;  // ui/map_view_state.h

/// Draws the document's title, subtitle and note at the map area's top left (nothing when the
/// document has none, or the layout hides them). The pointer passes through to the map.
void drawMapTitle(const MapViewState& state);

}  // namespace bashu
