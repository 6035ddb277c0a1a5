#include "ui/search_panel.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "carto/legend_model.h"
#include "core/ascii_case.h"
#include "core/feature_geometry.h"
#include "ui/dialog_keys.h"
#include "ui/inspection.h"
#include "ui/layer_operations.h"
#include "ui/layer_streaming.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {
constexpr size_t kShownHits = 12;

// How well `text` matches `query` (both lower-cased): 0 exact, 1 prefix, 2 inside, -1 not at all.
int matchRank(const std::string& text, const std::string& query) {
    const size_t at = text.find(query);
    if (at == std::string::npos) return -1;
    return text.size() == query.size() ? 0 : at == 0 ? 1 : 2;
}
}  // namespace

std::vector<SearchHit> searchFeatures(const MapScene& scene, const std::string& query, size_t limit) {
    std::string wanted = asciiLower(query);
    wanted.erase(0, wanted.find_first_not_of(' '));
    wanted.erase(wanted.find_last_not_of(' ') + 1);
    std::vector<SearchHit> hits;
    if (wanted.empty()) return hits;
    for (size_t l = scene.layers.size(); l-- > 0;) {
        const SceneLayer& layer = scene.layers[l];
        if (!layer.paint.visible) continue;  // a hidden layer's units are not on the map
        if (layer.postgis) continue;         // its table is searched on the server (below)
        for (size_t f = 0; f < layer.data.featureCount(); ++f) {
            int best = -1;
            for (const Column& column : layer.data.attributes.columns) {
                // A match in a name or a code ranks before any match elsewhere (a park whose
                // city is 成都 after 成都市 itself).
                const std::string field = asciiLower(column.name);
                const int elsewhere =
                    field.starts_with("name") || field.find("code") != std::string::npos ? 0 : 3;
                if (column.isNull(f)) continue;
                // Codes are often stored as numbers; other numbers (GDP...) are not searched.
                if (column.isNumeric() &&
                    !(std::floor(column.numbers[f]) == column.numbers[f] && column.numbers[f] >= 100000))
                    continue;
                const int rank = matchRank(asciiLower(column.text(f)), wanted);
                if (rank >= 0 && (best < 0 || rank + elsewhere < best)) best = rank + elsewhere;
            }
            if (best >= 0) {
                SearchHit hit;
                hit.layer = l;
                hit.feature = f;
                hit.label = featureName(layer, f) + "  ·  " + layerTitle(layer);
                hit.rank = best;
                hits.push_back(std::move(hit));
            }
        }
    }
    // Equally good matches: the shorter name first (成都市 before 成都高新技术产业开发区).
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.label.size() < b.label.size();
    });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

namespace {

// Starts the searches of the visible PostGIS layers' tables for a new query; those for the last
// are left to finish (a future of std::async waits for its task when destroyed).
void startServerSearches(MapViewState& state, const std::string& query) {
    ServerSearches& server = *state.search.server;
    for (auto& [id, result] : server.pending) server.abandoned.push_back(std::move(result));
    server.pending.clear();
    server.hits.clear();
    server.query = query;
    if (query.find_first_not_of(' ') == std::string::npos) return;
    for (const SceneLayer& layer : state.scene.layers) {
        if (!layer.postgis || !layer.paint.visible) continue;
        server.pending.emplace_back(
            layer.id,
            std::async(std::launch::async, [probe = std::make_shared<SceneLayer>(), postgis = layer.postgis,
                                            spec = layer.spec, mapCrs = state.scene.mapCrs, query] {
                // What the search needs of the layer, copied: the UI thread may replace it meanwhile.
                probe->postgis = postgis;
                probe->spec = spec;
                return searchStreamedLayer(*probe, mapCrs, query, kShownHits);
            }));
    }
}

// Takes in the server's answers that have come.
void pollServerSearches(MapViewState& state) {
    ServerSearches& server = *state.search.server;
    const auto ready = [](const auto& result) {
        return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    };
    std::erase_if(server.abandoned, ready);
    for (auto it = server.pending.begin(); it != server.pending.end();) {
        if (!ready(it->second)) {
            ++it;
            continue;
        }
        Result<std::vector<TableSearchHit>> found = it->second.get();
        const auto layer = std::find_if(state.scene.layers.begin(), state.scene.layers.end(),
                                        [&](const SceneLayer& l) { return l.id == it->first; });
        if (!found) {
            if (found.error().message != server.error)
                state.messages.say("search: " + found.error().message, true);
            server.error = found.error().message;
        } else if (layer != state.scene.layers.end()) {
            for (TableSearchHit& hit : *found) {
                SearchHit shown;
                shown.layer = size_t(layer - state.scene.layers.begin());
                shown.label = hit.label + "  ·  " + layerTitle(*layer);
                shown.rank = hit.rank;
                shown.fromServer = true;
                shown.box = hit.box;
                shown.key = std::move(hit.key);
                shown.keyColumn = std::move(hit.keyColumn);
                server.hits.push_back(std::move(shown));
            }
        }
        it = server.pending.erase(it);
    }
}

// Once the view's read has come, the server hit chosen is selected among the features held.
void selectChosenServerHit(MapViewState& state) {
    std::optional<SearchHit>& chosen = state.search.toSelect;
    // (Not before the flight there has ended: its view's read would renumber the features.)
    if (!chosen || state.navigation.flight || layersStreaming(state)) return;
    if (chosen->layer < state.scene.layers.size()) {
        const SceneLayer& layer = state.scene.layers[chosen->layer];
        if (const Column* key = layer.data.attributes.find(chosen->keyColumn); key && !chosen->key.empty()) {
            for (size_t f = 0; f < layer.data.featureCount(); ++f) {
                if (key->isNull(f)) continue;
                const bool same = key->isNumeric()
                                      ? std::strtod(chosen->key.c_str(), nullptr) == key->numbers[f]
                                      : key->text(f) == chosen->key;
                if (!same) continue;
                state.selection.selected = FeatureRef{chosen->layer, f};
                break;
            }
        }
    }
    chosen.reset();
}

}  // namespace

bool serverSearchRunning(const MapViewState& state) {
    return !state.search.server->pending.empty() || state.search.toSelect.has_value();
}

bool drawSearchPanel(MapViewState& state) {
    if (state.input.pressed(Key::F, true) || state.search.focus) ImGui::SetKeyboardFocusHere();
    state.search.focus = false;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint(
        "##query", "name (中文 / English) or adcode", state.search.query, sizeof state.search.query,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    // Esc empties the box, as search fields do (ImGui's own Esc would put back the text it had).
    if (ImGui::IsItemDeactivated() && dialogCancelKey()) state.search.query[0] = '\0';
    // Searched again only when the query or the layers change, not every frame.
    static std::string lastQuery;
    static unsigned lastGeneration = ~0u;
    static std::vector<SearchHit> hits;
    if (lastQuery != state.search.query || lastGeneration != state.layersGeneration) {
        // A new view's read (a new generation) changes what is held, not what the tables hold.
        if (lastQuery != state.search.query) startServerSearches(state, state.search.query);
        lastQuery = state.search.query;
        lastGeneration = state.layersGeneration;
        hits = searchFeatures(state.scene, state.search.query, kShownHits);
    }
    pollServerSearches(state);
    const bool selectionBefore = state.selection.selected.has_value();
    selectChosenServerHit(state);
    // The tables' hits among the layers' own, best first.
    std::vector<SearchHit> shown = hits;
    if (!state.search.server->hits.empty()) {
        shown.insert(shown.end(), state.search.server->hits.begin(), state.search.server->hits.end());
        std::stable_sort(shown.begin(), shown.end(), [](const SearchHit& a, const SearchHit& b) {
            return a.rank != b.rank ? a.rank < b.rank : a.label.size() < b.label.size();
        });
        if (shown.size() > kShownHits) shown.resize(kShownHits);
    }
    state.search.shownHits = shown.size();
    std::optional<SearchHit> chosen;
    if (entered && !shown.empty()) chosen = shown.front();
    // The hits in a box of six lines at most, shown while the query is being typed: the Layers
    // and Style sections below keep their places (a click meant for them landed on a hit).
    const bool typing = ImGui::IsItemActive() || lastQuery != state.search.hitsChosenFor;
    if (typing && !shown.empty()) {
        const float lines = float(std::min<size_t>(shown.size(), 6));
        ImGui::BeginChild("##hits", ImVec2(0, lines * ImGui::GetTextLineHeightWithSpacing() + 4), true);
        for (const SearchHit& hit : shown) {
            ImGui::PushID(int(hit.layer * 1000003 + hit.feature));
            if (ImGui::Selectable(hit.label.c_str())) chosen = hit;
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    if (state.search.query[0] != '\0' && shown.empty())
        ImGui::TextDisabled(state.search.server->pending.empty() ? "nothing found"
                                                                 : "searching the tables...");
    if (!chosen) return selectionBefore != state.selection.selected.has_value();
    state.search.hitsChosenFor = lastQuery;  // the list folds away until the query changes
    if (chosen->fromServer) {
        // Flown to; selected when the read for the view there has come (its features numbered anew).
        flyTo(state, cameraFor(state, chosen->box));
        state.selection.selected.reset();
        state.search.toSelect = chosen;
        return true;
    }
    const SceneLayer& layer = state.scene.layers[chosen->layer];
    flyTo(state, cameraFor(state, featureViewExtent(layer.data.geometry, chosen->feature,
                                                    shownExtent(state.scene.layers).width())));
    state.selection.selected = FeatureRef{chosen->layer, chosen->feature};
    return true;
}

}  // namespace bashu
