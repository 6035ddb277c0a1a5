#include "ui/layer_streaming.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "scene/postgis_layer.h"
#include "thematic/number_format.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {

// How long the view must stay put before its layers are read again: a wheel turned several
// times, or a drag paused with the button held, reads once, at its end. A drag whose button is
// let go has ended: its view is read at once (150 ms sooner than a pan drawn at 10^7 hexagons).
constexpr double kSettledSeconds = 0.15;

bool mouseHeld() {
    if (!ImGui::GetCurrentContext()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    return std::any_of(std::begin(io.MouseDown), std::end(io.MouseDown), [](bool down) { return down; });
}

// The most features the read of a view with the margin around it may be expected to hold: half a
// view around (four times the view's area) where the view's own read holds at most a quarter of
// it, less around a view that holds more. Without the bound, a window on 10^7 hexagons each a
// pixel or two across read 1.7M features for the margin and went past 2 GB.
constexpr double kMostFeaturesAround = 500'000;

// The margin (in views, each side) to read around a view whose own read held `features`; 0: none
// worth reading.
double aroundMargin(size_t features) {
    const double area = std::min(4.0, kMostFeaturesAround / double(std::max<size_t>(features, 1)));
    const double margin = (std::sqrt(area) - 1) / 2;
    return margin >= 0.1 ? margin : 0.0;
}

// Features smaller than this many pixels are read one per cell that wide (readStreamedView), as
// the overview levels the window shows are drawn: a view of 10^7 hexagons of 1.5 pixels holds
// 194k instead of 405k, is drawn 2.4 s after the pan instead of 2.6-3.1 s, and small enough to
// have a margin read around it.
constexpr double kViewCellPixels = 2.0;

template <class T>
bool ready(const std::future<T>& result) {
    return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

bool sameView(const Camera& a, const Camera& b) {
    return a.centerX == b.centerX && a.centerY == b.centerY && a.unitsPerPixel == b.unitsPerPixel &&
           a.width == b.width && a.height == b.height;
}

// What a read needs of its layer, copied: the UI thread may restyle the layer meanwhile.
SceneLayer readerOf(const SceneLayer& layer) {
    SceneLayer probe;
    probe.id = layer.id;
    probe.spec = layer.spec;
    probe.postgis = layer.postgis;
    probe.backdrop = layer.backdrop;
    probe.backdropDetail = layer.backdropDetail;
    probe.extent = layer.extent;
    probe.tableClassesKey = layer.tableClassesKey;
    probe.tableLimits = layer.tableLimits;
    probe.tableValues = layer.tableValues;
    probe.tableValuesField = layer.tableValuesField;
    probe.tableClassesNote = layer.tableClassesNote;
    return probe;
}

void takeRead(MapViewState& state, MapRenderer& renderer, uint64_t id, SceneLayer read) {
    for (size_t i = 0; i < state.scene.layers.size(); ++i) {
        SceneLayer& layer = state.scene.layers[i];
        if (layer.id != id) continue;
        // Restyled meanwhile: the read's colours are redone with the layer's settings now.
        const bool restyled = !(read.spec == layer.spec);
        takeStreamedView(layer, std::move(read));
        if (restyled) (void)restyleLayer(layer);
        renderer.replaceMeshes(i, layer.meshes);
        renderer.setFeatureColors(i, layer.featureColors);
        renderer.setFeatureSizes(i, layer.featureSizes);
        renderer.setFeatureDashes(i, layer.featureDashes);
        // Features are numbered anew: what pointed at the old ones is dropped.
        layersChanged(state, renderer);
        return;
    }
}

// Stops a running read: the server stops its statement, and its result is dropped when it ends.
void abandon(MapViewState& state, StreamedRead& read) {
    *read.cancelled = true;
    for (SceneLayer& layer : state.scene.layers)
        if (layer.id == read.layerId && layer.postgis) layer.postgis->cancel();
    ++state.streams.cancelledReads;
    state.streams.abandoned.push_back(std::move(read.result));
}

}  // namespace

bool readStillWanted(const StreamedRead& read, const Camera& camera) {
    const Extent view = camera.visibleExtent();
    // A view's read draws part of a view moved by up to half a view at once; a margin's read
    // serves only a view inside what it reads (else the view would wait for it, then be read).
    const double around = read.around ? read.margin : 0.5;
    const double padX = read.box.width() * around, padY = read.box.height() * around;
    return view.minX >= read.box.minX - padX && view.maxX <= read.box.maxX + padX &&
           view.minY >= read.box.minY - padY && view.maxY <= read.box.maxY + padY &&
           camera.unitsPerPixel >= read.unitsPerPixel / 2 && camera.unitsPerPixel <= read.unitsPerPixel * 4;
}

void cancelLayerStreams(MapViewState& state) {
    LayerStreams& streams = state.streams;
    for (StreamedRead& read : streams.running) {
        abandon(state, read);
        // Its margin is still wanted: read again once the view settles.
        if (read.around) streams.aroundWanted.emplace_back(read.layerId, read.margin);
    }
    streams.running.clear();
}

void pollLayerStreams(MapViewState& state, MapRenderer& renderer) {
    LayerStreams& streams = state.streams;
    std::erase_if(streams.abandoned, [](const auto& result) { return ready(result); });
    const double now = ImGui::GetCurrentContext() ? ImGui::GetTime() : 0.0;
    const bool held = mouseHeld();
    if (!sameView(streams.lastCamera, state.camera)) {
        streams.lastCamera = state.camera;
        streams.stillSince = now;
        // The move came from the last frame's navigation: a drag whose button was let go since
        // (its last move and the release in the same events) still counts as one; it ends below.
        streams.movedByDrag = held || state.navigation.dragStart.has_value();
    }
    for (auto it = streams.running.begin(); it != streams.running.end();) {
        if (ready(it->result)) {
            Result<SceneLayer> read = it->result.get();
            if (read) {
                ++streams.reads;
                if (!streams.lastError.empty())
                    state.messages.say(read->spec.source + ": read again for this view (the server answers)");
                streams.lastError.clear();
                // The view alone (not one kept, which has its margin): the margin is read next.
                const Extent& b = read->streamedBox;
                const bool alone = !it->around && b.minX == it->box.minX && b.minY == it->box.minY &&
                                   b.maxX == it->box.maxX && b.maxY == it->box.maxY;
                if (const double margin = aroundMargin(read->viewFeatures); alone && margin > 0)
                    streams.aroundWanted.emplace_back(it->layerId, margin);
                takeRead(state, renderer, it->layerId, std::move(*read));
            } else if (!*it->cancelled) {
                // Said once however often it repeats; the view is not asked again until it moves.
                if (read.error().message != streams.lastError)
                    state.messages.say(
                        "not read for this view (what was drawn stays): " + read.error().message, true);
                streams.lastError = read.error().message;
                streams.lastErrorAt = now;
            }
            it = streams.running.erase(it);
        } else if (!readStillWanted(*it, state.camera)) {
            // The user has moved on: the server stops the statement, and the next read starts.
            abandon(state, *it);
            it = streams.running.erase(it);
        } else {
            ++it;
        }
    }
    const bool dragEnded = streams.movedByDrag && !held;
    if (!dragEnded && now - streams.stillSince < kSettledSeconds) return;
    for (const SceneLayer& layer : state.scene.layers) {
        if (!layer.postgis || !layer.paint.visible) continue;
        const bool running = std::any_of(streams.running.begin(), streams.running.end(),
                                         [&](const StreamedRead& r) { return r.layerId == layer.id; });
        if (running) continue;
        const auto around = std::find_if(streams.aroundWanted.begin(), streams.aroundWanted.end(),
                                         [&](const auto& wanted) { return wanted.first == layer.id; });
        const bool needed = needsStreamedRead(layer, state.camera);
        if (!needed && around == streams.aroundWanted.end()) continue;
        // A view that failed just now is not asked again until the user moves.
        if (!streams.lastError.empty() && streams.stillSince < streams.lastErrorAt) continue;
        StreamedRead read;
        read.layerId = layer.id;
        read.box = state.camera.visibleExtent();
        read.unitsPerPixel = state.camera.unitsPerPixel;
        read.around = !needed;
        const double margin = read.around ? around->second : 0.0;
        read.margin = margin;
        if (around != streams.aroundWanted.end()) streams.aroundWanted.erase(around);
        read.result = std::async(
            std::launch::async, [probe = readerOf(layer), mapCrs = state.scene.mapCrs, camera = state.camera,
                                 around = read.around, margin, cancelled = read.cancelled, rows = read.rows] {
                auto progress = [cancelled, rows](size_t n) {
                    *rows = n;
                    return !*cancelled;
                };
                // A view kept (with its margin) is drawn from the feed; else the view alone is read
                // (at 10^7 hexagons of 1.5 pixels, 194k in the default window's view, 498k with a
                // third of a view around).
                if (!around)
                    if (std::optional<Result<SceneLayer>> kept = keptStreamedView(probe, mapCrs, camera))
                        return *kept;
                return readStreamedView(probe, mapCrs, camera, progress, margin, kViewCellPixels);
            });
        streams.running.push_back(std::move(read));
    }
}

std::optional<std::string> streamingText(const MapViewState& state) {
    if (state.streams.running.empty()) return std::nullopt;
    const StreamedRead& read = state.streams.running.front();
    std::string name = "a layer";
    for (const SceneLayer& layer : state.scene.layers)
        if (layer.id == read.layerId) name = layer.spec.name;
    // No rows yet: the server is still finding them (a box of millions of rows takes seconds).
    const size_t rows = *read.rows;
    return "reading " + name + (read.around ? " around this view: " : " for this view: ") +
           (rows == 0 ? std::string("waiting for the server") : formatNumber(double(rows), 0) + " features");
}

bool layersStreaming(const MapViewState& state) {
    if (!state.streams.running.empty()) return true;
    for (const SceneLayer& layer : state.scene.layers)
        if (layer.postgis && layer.paint.visible &&
            (needsStreamedRead(layer, state.camera) ||
             std::any_of(state.streams.aroundWanted.begin(), state.streams.aroundWanted.end(),
                         [&](const auto& wanted) { return wanted.first == layer.id; })) &&
            (state.streams.lastError.empty() || state.streams.stillSince >= state.streams.lastErrorAt))
            return true;
    return false;
}

}  // namespace bashu
