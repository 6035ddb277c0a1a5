#include "ui/search_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "carto/legend_model.h"
#include "core/ascii_case.h"
#include "core/feature_geometry.h"
#include "ui/dialog_keys.h"
#include "ui/inspection.h"
#include "ui/layer_operations.h"
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
            if (best >= 0)
                hits.push_back(SearchHit{l, f, featureName(layer, f) + "  ·  " + layerTitle(layer), best});
        }
    }
    // Equally good matches: the shorter name first (成都市 before 成都高新技术产业开发区).
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.label.size() < b.label.size();
    });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
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
        lastQuery = state.search.query;
        lastGeneration = state.layersGeneration;
        hits = searchFeatures(state.scene, state.search.query, kShownHits);
    }
    std::optional<SearchHit> chosen;
    if (entered && !hits.empty()) chosen = hits.front();
    // The hits in a box of six lines at most, shown while the query is being typed: the Layers
    // and Style sections below keep their places (a click meant for them landed on a hit).
    const bool typing = ImGui::IsItemActive() || lastQuery != state.search.hitsChosenFor;
    if (typing && !hits.empty()) {
        const float lines = float(std::min<size_t>(hits.size(), 6));
        ImGui::BeginChild("##hits", ImVec2(0, lines * ImGui::GetTextLineHeightWithSpacing() + 4), true);
        for (const SearchHit& hit : hits) {
            ImGui::PushID(int(hit.layer * 1000003 + hit.feature));
            if (ImGui::Selectable(hit.label.c_str())) chosen = hit;
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    if (state.search.query[0] != '\0' && hits.empty()) ImGui::TextDisabled("nothing found");
    if (!chosen) return false;
    state.search.hitsChosenFor = lastQuery;  // the list folds away until the query changes
    const SceneLayer& layer = state.scene.layers[chosen->layer];
    flyTo(state, cameraFor(state, featureViewExtent(layer.data.geometry, chosen->feature,
                                                    shownExtent(state.scene.layers).width())));
    state.selection.selected = FeatureRef{chosen->layer, chosen->feature};
    return true;
}

}  // namespace bashu
