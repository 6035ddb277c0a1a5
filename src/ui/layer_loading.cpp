#include "ui/layer_loading.h"

#include <imgui.h>

#include <chrono>
#include <filesystem>

#include "scene/document_inputs.h"
#include "thematic/number_format.h"
#include "ui/document_saving.h"
#include "ui/layer_operations.h"

namespace bashu {

namespace {

bool ready(const std::future<Result<PreparedLayers>>& result) {
    return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void start(MapViewState& state, LayerLoad& load) {
    // A map without layers has no CRS yet: these layers choose it (see commitSceneLayers).
    const std::string mapCrs = state.scene.layers.empty() ? "" : state.scene.mapCrs;
    load.result = std::async(std::launch::async, [specs = load.specs, mapCrs, crs = state.scene.document.crs,
                                                  progress = load.progress] {
        return prepareSceneLayers(specs, mapCrs, crs, progress.get());
    });
}

}  // namespace

bool startLoadingFile(MapViewState& state, const std::string& path) {
    Result<MapDocument> files = documentFromFiles({path});
    if (!files) {
        state.say("not added: " + files.error().message, true);
        return false;
    }
    startLoadingLayers(state, path, std::move(files->layers), false);
    return true;
}

void startLoadingLayers(MapViewState& state, const std::string& label, std::vector<LayerSpec> specs,
                        bool opensTheMap) {
    LayerLoad load;
    load.path = label;
    load.specs = std::move(specs);
    load.opensTheMap = opensTheMap;
    state.loads.push_back(std::move(load));
}

void pollLayerLoads(MapViewState& state, MapRenderer& renderer) {
    std::erase_if(state.abandonedLoads, [](const auto& result) { return ready(result); });
    if (state.loads.empty()) return;
    LayerLoad& load = state.loads.front();
    if (!load.result.valid()) start(state, load);
    if (!ready(load.result)) return;
    Result<PreparedLayers> prepared = load.result.get();
    const LayerLoad finished = std::move(load);
    state.loads.erase(state.loads.begin());
    if (!prepared) {
        if (finished.progress->cancelled)
            state.say("loading cancelled: " + finished.path);
        else
            state.say("not added: " + prepared.error().message, true);
        return;
    }
    const bool wasEmpty = state.scene.layers.empty();
    if (!addPreparedLayers(state, renderer, std::move(*prepared), finished.path)) return;
    if (wasEmpty) {  // the first layers chose the map's CRS: show them whole
        state.flight.reset();
        state.fitAll();
        state.crsName = state.scene.mapCrsName.empty() ? state.scene.mapCrs : state.scene.mapCrsName;
    }
    if (finished.opensTheMap) state.savedText = documentTextWithoutView(state);
}

void cancelLayerLoads(MapViewState& state) {
    for (LayerLoad& load : state.loads) {
        load.progress->cancelled = true;
        if (load.result.valid()) state.abandonedLoads.push_back(std::move(load.result));
    }
    state.loads.clear();
}

bool layersLoading(const MapViewState& state) { return !state.loads.empty(); }

void drawLayerLoads(MapViewState& state) {
    for (size_t i = 0; i < state.loads.size(); ++i) {
        LayerLoad& load = state.loads[i];
        ImGui::PushID(int(i));
        const std::string name = std::filesystem::path(load.path).filename().string();
        const size_t read = load.progress->featuresRead, total = load.progress->featuresTotal;
        std::string text;
        float fraction = 0.0f;
        if (!load.result.valid()) {
            text = "waiting: " + name;
        } else if (load.progress->cancelled) {
            text = "cancelling: " + name;
        } else if (total > 0 && read < total) {
            fraction = float(double(read) / double(total));
            text = name + ": " + formatNumber(double(read), 0) + " of " + formatNumber(double(total), 0) +
                   " features";
        } else {
            // Read; projecting and tessellating, which have no count to show.
            fraction = 1.0f;
            text = name + ": read, preparing the map";
        }
        ImGui::ProgressBar(fraction, ImVec2(240, 0), text.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel")) load.progress->cancelled = true;
        ImGui::PopID();
    }
}

}  // namespace bashu
