#pragma once
// Hover and click on features: a tooltip with the name and current value, a selection with a
// highlight and all its attributes, Esc to clear.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/feature_index.h"
#include "scene/map_scene.h"

namespace bashu {

struct MapViewState;         // ui/map_view_state.h, which holds this file's state
struct ServerFeatureLookup;  // ui/server_inspection.h

/// A feature of a layer.
struct FeatureRef {
    size_t layer = 0, feature = 0;
    bool operator==(const FeatureRef&) const = default;
};

/// Picking and what it found: the feature under the pointer and the one clicked.
struct SelectionState {
    std::vector<FeatureIndex> indexes;  // one per scene layer, for picking
    std::optional<FeatureRef> hovered, selected;
    std::vector<FeatureRef> here;  // "What is here": every feature at a point, topmost layer first
    // Several units of one layer chosen together: brushed in the Moran scatter plot or
    // Ctrl+clicked on the map; outlined on the map and ringed in the plot.
    size_t brushedLayer = 0;
    std::vector<size_t> brushed;  // features, ascending
    // The table's row of the selected feature of a PostGIS layer, asked of the server.
    std::shared_ptr<ServerFeatureLookup> server;
};

/// Builds one picking index per layer (once per scene).
void indexLayers(MapViewState& state);

/// Every feature of the visible layers at map point (x, y), one per layer, topmost layer first:
/// polygons containing it, lines and points within a few pixels.
std::vector<FeatureRef> featuresAt(const MapViewState& state, double x, double y);

/// The one feature a hover or click at (x, y) means: a line or point near it (a polygon layer
/// drawn as outlines alone counts as lines), topmost first; else the smallest polygon containing
/// it, whatever layer it is in (a district, not the region outlined over it).
std::optional<FeatureRef> featureUnder(const MapViewState& state, double x, double y);

/// Finds the feature under the cursor (topmost visible layer first) and updates the selection
/// on a click (Ctrl+click adds the feature to the brushed ones, or takes it out) or Esc (clears
/// both). Returns true when the selection changed.
bool updateInspection(MapViewState& state);

/// The tooltip for the hovered feature and the panel listing the selected feature's attributes
/// (at the map's top right). Returns true when the panel was closed (the selection cleared).
bool drawInspection(MapViewState& state);

/// A feature's attributes as a table of field and value (a joined value that is missing says why).
void drawAttributeRows(const SceneLayer& layer, size_t feature);

/// The name to show for a feature: its name_zh, name, NAME or name_en field, or "#index".
std::string featureName(const SceneLayer& layer, size_t feature);

}  // namespace bashu
