#pragma once
// A feature clicked in a PostGIS layer is asked of the server: the view holds its features
// simplified, and one for several where they are smaller than a pixel, so the Feature panel shows
// the table's own row at the point clicked, all its fields, when the answer comes (off the UI
// thread; the held attributes until then).
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "core/layer.h"
#include "core/result.h"

namespace bashu {

struct MapViewState;  // ui/map_view_state.h
struct FeatureRef;    // ui/inspection.h

struct ServerFeatureLookup {
    size_t layer = 0, feature = 0;  // the selection it answers
    std::future<Result<Layer>> pending;
    std::optional<Result<Layer>> answer;
};

/// Starts asking the server for the selected feature's row at map point (x, y), when the selected
/// feature is a PostGIS layer's; forgets an earlier lookup.
void askServerForSelected(MapViewState& state, double x, double y);

/// Whether a lookup waits for the server (the window keeps drawing frames).
bool serverLookupRunning(const MapViewState& state);

/// What the lookup found, for the window report: "" (none asked), "asking", "none here",
/// "error: ...", or the name of the table's feature there.
std::string serverFeatureText(const MapViewState& state);

/// The server's row for the selected feature in the Feature panel; false when there is none to
/// show (not a PostGIS layer, another feature selected since), and the held attributes are shown.
bool drawServerFeature(MapViewState& state, size_t layer, size_t feature);

}  // namespace bashu
