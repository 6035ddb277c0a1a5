#include "ui/layer_loading.h"

#include <imgui.h>

#include <chrono>
#include <filesystem>

#include "scene/document_inputs.h"
#include "thematic/number_format.h"
#include "ui/document_saving.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {

template <class T>
bool ready(const std::future<T>& result) {
    return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

void start(LayerLoad& load, const std::string& mapCrs, const std::string& crs, std::optional<Camera> view,
           int width, int height, double margin) {
    load.result = std::async(std::launch::async, [specs = load.specs, mapCrs, crs, progress = load.progress,
                                                  view, width, height, margin] {
        return prepareFirstView(specs, mapCrs, crs, progress.get(), view, width, height, margin);
    });
}

void start(MapViewState& state, LayerLoad& load) {
    // A map without layers has no CRS yet: these layers choose it (see commitSceneLayers), and
    // are shown whole; others appear in the view the map has.
    const bool empty = state.scene.layers.empty();
    start(load, empty ? "" : state.scene.mapCrs, state.scene.document.crs,
          empty ? std::nullopt : std::optional<Camera>(state.camera), state.camera.width, state.camera.height,
          state.navigation.margin);
}

// Puts the meshes built after a first view in place, where their layers still are (removed
// layers and replaced maps leave nothing to do).
void completeMeshesOf(MapViewState& state, MapRenderer& renderer, MeshCompletion&& done) {
    for (auto& [id, meshes] : done)
        for (size_t i = 0; i < state.scene.layers.size(); ++i) {
            SceneLayer& layer = state.scene.layers[i];
            if (layer.id != id || !layer.fullMeshesSkipped) continue;
            setCompleteMeshes(layer, std::move(meshes));
            renderer.replaceMeshes(i, layer.meshes);
            break;
        }
}

}  // namespace

bool startLoadingFile(MapViewState& state, const std::string& path) {
    Result<MapDocument> files = documentFromFiles({path});
    if (!files) {
        state.messages.say("not added: " + files.error().message, true);
        return false;
    }
    startLoadingLayers(state, path, std::move(files->layers), false);
    return true;
}

void startLoadingLayers(MapViewState& state, const std::string& label, std::vector<LayerSpec> specs,
                        bool opensTheMap, std::vector<std::string> leftOut) {
    LayerLoad load;
    load.leftOut = std::move(leftOut);
    load.path = label;
    load.specs = std::move(specs);
    load.opensTheMap = opensTheMap;
    state.loading.queue.push_back(std::move(load));
}

void startBeforeWindow(LayerLoad& load, const std::string& crs, int width, int height, double margin) {
    start(load, "", crs, std::nullopt, width, height, margin);
}

void pollLayerLoads(MapViewState& state, MapRenderer& renderer) {
    std::erase_if(state.loading.abandoned, [](const auto& result) { return ready(result); });
    for (auto it = state.loading.meshCompletions.begin(); it != state.loading.meshCompletions.end();) {
        if (!ready(*it)) {
            ++it;
            continue;
        }
        completeMeshesOf(state, renderer, it->get());
        it = state.loading.meshCompletions.erase(it);
    }
    if (state.loading.queue.empty()) return;
    LayerLoad& load = state.loading.queue.front();
    if (!load.result.valid()) start(state, load);
    if (!ready(load.result)) return;
    Result<FirstView> first = load.result.get();
    const LayerLoad finished = std::move(load);
    state.loading.queue.erase(state.loading.queue.begin());
    struct SayLeftOut {  // after whatever this load says, however it ends
        MapViewState& state;
        const std::vector<std::string>& leftOut;
        ~SayLeftOut() {
            for (const std::string& problem : leftOut) state.messages.say("not opened: " + problem, true);
        }
    } sayLeftOut{state, finished.leftOut};
    if (!first) {
        if (finished.progress->cancelled)
            state.messages.say("loading cancelled: " + finished.path);
        else
            state.messages.say("not added: " + first.error().message, true);
        // A document whose layers did not load (its server is down) is not written over with a
        // map that lacks them: Save asks for a new file, and the document stays as it is.
        if (finished.opensTheMap && !state.documentFile.path.empty()) {
            state.messages.say(state.documentFile.path +
                                   " is kept as it is: its layers are not on the map, so Save asks for a new "
                                   "file (open it again once they can be read)",
                               true);
            state.documentFile.path.clear();
        }
        return;
    }
    const bool wasEmpty = state.scene.layers.empty();
    std::vector<std::pair<uint64_t, GeometryColumn>> toComplete = std::move(first->toComplete);
    if (!addPreparedLayers(state, renderer, std::move(first->prepared), finished.path)) return;
    // The rest of the meshes, for views closer or farther than the first, off the UI thread.
    if (!toComplete.empty())
        state.loading.meshCompletions.push_back(
            std::async(std::launch::async, [geometries = std::move(toComplete)] {
                MeshCompletion done;
                for (const auto& [id, geometry] : geometries) done.emplace_back(id, completeMeshes(geometry));
                return done;
            }));
    if (wasEmpty) {  // the first layers chose the map's CRS: show them whole
        state.navigation.flight.reset();
        state.placeFirstView();
        state.placingFrames = 3;  // placed again once the title box and the legend are drawn
        state.crsName = state.scene.mapCrsName.empty() ? state.scene.mapCrs : state.scene.mapCrsName;
    }
    if (finished.opensTheMap) {
        state.documentFile.savedText = documentTextWithoutView(state);
        startHistory(state);
    }
}

void cancelLayerLoads(MapViewState& state) {
    for (LayerLoad& load : state.loading.queue) {
        load.progress->cancelled = true;
        if (load.result.valid()) state.loading.abandoned.push_back(std::move(load.result));
    }
    state.loading.queue.clear();
}

bool layersLoading(const MapViewState& state) {
    return !state.loading.queue.empty() || !state.loading.meshCompletions.empty();
}

void drawLayerLoads(MapViewState& state) {
    for (size_t i = 0; i < state.loading.queue.size(); ++i) {
        LayerLoad& load = state.loading.queue[i];
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
        ImGui::ProgressBar(fraction, ImVec2(scaled(240), 0), text.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel")) load.progress->cancelled = true;
        ImGui::PopID();
    }
}

}  // namespace bashu
