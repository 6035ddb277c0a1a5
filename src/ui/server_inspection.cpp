#include "ui/server_inspection.h"

#include <imgui.h>

#include <chrono>
#include <string>

#include "ui/inspection.h"
#include "ui/map_view_state.h"

namespace bashu {

void askServerForSelected(MapViewState& state, double x, double y) {
    state.selection.server.reset();
    if (!state.selection.selected) return;
    const FeatureRef ref = *state.selection.selected;
    const SceneLayer& layer = state.scene.layers[ref.layer];
    if (!layer.postgis) return;
    auto lookup = std::make_shared<ServerFeatureLookup>();
    lookup->layer = ref.layer;
    lookup->feature = ref.feature;
    // Lines and points within the few pixels a click on them may miss by.
    const double radius = 4.0 * state.camera.unitsPerPixel;
    lookup->pending =
        std::async(std::launch::async, [probe = std::make_shared<SceneLayer>(), postgis = layer.postgis,
                                        kind = layer.data.geometry.kind, id = layer.id, spec = layer.spec,
                                        mapCrs = state.scene.mapCrs, x, y, radius] {
            // What the lookup needs of the layer, copied: the UI thread may replace it meanwhile.
            probe->postgis = postgis;
            probe->data.geometry.kind = kind;
            probe->id = id;
            probe->spec = spec;
            return streamedFeatureAt(*probe, mapCrs, x, y, radius);
        });
    state.selection.server = std::move(lookup);
}

namespace {

// Takes in the answer when it has come.
void poll(ServerFeatureLookup& lookup) {
    // (The lookup is the UI thread's alone: the window report reads it on the same thread.)
    if (lookup.answer || !lookup.pending.valid()) return;
    if (lookup.pending.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    lookup.answer.emplace(lookup.pending.get());
}

}  // namespace

bool serverLookupRunning(const MapViewState& state) {
    const auto& lookup = state.selection.server;
    return lookup && !lookup->answer && lookup->pending.valid();
}

std::string serverFeatureText(const MapViewState& state) {
    const auto& lookup = state.selection.server;
    if (!lookup) return "";
    poll(*lookup);
    if (!lookup->answer) return "asking";
    const Result<Layer>& answer = *lookup->answer;
    if (!answer) return "error: " + answer.error().message;
    if (answer->featureCount() == 0) return "none here";
    SceneLayer row;
    row.spec = state.scene.layers[lookup->layer].spec;
    row.data = *answer;
    return featureName(row, 0);
}

bool drawServerFeature(MapViewState& state, size_t layerIndex, size_t feature) {
    const auto& lookup = state.selection.server;
    if (!lookup || lookup->layer != layerIndex || lookup->feature != feature) return false;
    poll(*lookup);
    const SceneLayer& layer = state.scene.layers[layerIndex];
    if (!lookup->answer) {
        ImGui::TextDisabled("asking %s for the feature here...", layer.spec.source.c_str());
        return false;  // the held attributes meanwhile
    }
    const Result<Layer>& answer = *lookup->answer;
    if (!answer) {
        ImGui::TextWrapped("The server was not asked: %s", answer.error().message.c_str());
        return false;
    }
    if (answer->featureCount() == 0) {
        ImGui::TextUnformatted(featureName(layer, feature).c_str());
        ImGui::TextWrapped(
            "No feature of the table at this point: it was drawn for features smaller than "
            "a pixel around it. Zoom in to pick one.");
        return true;
    }
    // The table's row as a layer of one feature, without the layer's join (not the table's).
    SceneLayer row;
    row.spec = layer.spec;
    row.spec.join.reset();
    row.data = *answer;
    ImGui::TextUnformatted(featureName(row, 0).c_str());
    ImGui::TextDisabled("%s, from the table (Esc clears)", layer.spec.name.c_str());
    drawAttributeRows(row, 0);
    return true;
}

}  // namespace bashu
