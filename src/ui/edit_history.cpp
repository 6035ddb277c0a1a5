#include "ui/edit_history.h"

#include <algorithm>

#include "scene/join_switch.h"
#include "scene/label_placement.h"
#include "scene/proportional_symbols.h"
#include "ui/document_saving.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {

constexpr size_t kMostEdits = 200;  // undo reaches this far back

DocumentState stateOf(const MapViewState& state) {
    DocumentState now;
    now.document = currentDocument(state);
    now.document.view.reset();
    for (const SceneLayer& layer : state.scene.layers) now.layerIds.push_back(layer.id);
    now.text = documentText(now.document, state);
    return now;
}

bool sameState(const DocumentState& a, const DocumentState& b) {
    return a.text == b.text && a.layerIds == b.layerIds;
}

bool mentions(const DocumentState& s, uint64_t id) {
    return std::find(s.layerIds.begin(), s.layerIds.end(), id) != s.layerIds.end();
}

// Layers kept for undo that no state left in the history has: gone for good.
void forgetUnreachableLayers(EditHistory& history) {
    std::erase_if(history.removed, [&history](const SceneLayer& layer) {
        const auto has = [&layer](const DocumentState& s) { return mentions(s, layer.id); };
        return std::none_of(history.undo.begin(), history.undo.end(), has) &&
               std::none_of(history.redo.begin(), history.redo.end(), has);
    });
}

std::optional<size_t> indexOf(const MapViewState& state, uint64_t id) {
    for (size_t i = 0; i < state.scene.layers.size(); ++i)
        if (state.scene.layers[i].id == id) return i;
    return std::nullopt;
}

// The layer's spec as the document has it: visibility and opacity live in its paint.
LayerSpec shownSpec(const SceneLayer& layer) {
    LayerSpec spec = layer.spec;
    spec.visible = layer.paint.visible;
    spec.opacity = layer.paint.opacity;
    return spec;
}

// Puts `spec` on the layer at `index`: the year or indicator it showed (re-joined from the table
// kept in memory), its style, labels and paint.
void restoreSpec(MapViewState& state, MapRenderer& renderer, size_t index, const LayerSpec& spec) {
    SceneLayer& layer = state.scene.layers[index];
    LayerSpec shown = shownSpec(layer);
    if (shown == spec) return;
    shown.visible = spec.visible;
    shown.opacity = spec.opacity;
    if (shown == spec) {  // only shown or hidden, or its opacity: nothing to restyle
        layer.paint.visible = spec.visible;
        layer.paint.opacity = float(spec.opacity);
        return;
    }
    if (spec.join && layer.spec.join && spec.join->where != layer.spec.join->where)
        for (const auto& [field, value] : spec.join->where)
            if (Status switched = switchJoinCondition(state.scene, index, field, value); !switched)
                state.messages.say(switched.error().message, true);
    // The joined column takes the name the spec gives it (a switch back may have named it otherwise).
    if (spec.join && layer.spec.join && spec.join->as != layer.spec.join->as)
        if (Column* column = layer.data.attributes.find(layer.spec.join->as)) column->name = spec.join->as;
    const bool labelsChanged = !(layer.spec.label == spec.label);
    layer.spec = spec;
    if (labelsChanged) layer.labels = labelCandidates(layer.data, layer.spec.label);
    // The spec's breaks are the classes it showed (held over all years or its own): restyled,
    // not reclassified.
    if (Status styled = restyleLayer(layer); !styled) state.messages.say(styled.error().message, true);
    if (Status sized = sizeSymbols(layer); !sized) state.messages.say(sized.error().message, true);
    layer.paint = paintOf(layer);
    renderer.setFeatureColors(index, layer.featureColors);
    renderer.setFeatureDashes(index, layer.featureDashes);
    renderer.setFeatureSizes(index, layer.featureSizes);
}

// Makes the map what `target` says: its layers (removed ones brought back, others taken off and
// kept), their order, their specs and the document's own settings.
void restore(MapViewState& state, MapRenderer& renderer, const DocumentState& target) {
    EditHistory& history = state.history;
    for (size_t i = state.scene.layers.size(); i-- > 0;)
        if (!mentions(target, state.scene.layers[i].id)) removeLayer(state, renderer, i);
    for (uint64_t id : target.layerIds) {
        if (indexOf(state, id)) continue;
        const auto kept = std::find_if(history.removed.begin(), history.removed.end(),
                                       [id](const SceneLayer& layer) { return layer.id == id; });
        if (kept == history.removed.end()) continue;  // cannot happen: kept while a state has it
        SceneLayer layer = std::move(*kept);
        history.removed.erase(kept);
        putLayerBack(state, renderer, std::move(layer));
    }
    // In the target's order, as far as its layers are on the map.
    size_t position = 0;
    for (size_t t = 0; t < target.layerIds.size(); ++t) {
        const std::optional<size_t> at = indexOf(state, target.layerIds[t]);
        if (!at) continue;
        if (*at != position) moveLayer(state, renderer, *at, position);
        restoreSpec(state, renderer, position, target.document.layers[t]);
        ++position;
    }
    MapDocument document = target.document;
    document.layers = std::move(state.scene.document.layers);
    document.view = state.scene.document.view;
    state.scene.document = std::move(document);
    ++state.layersGeneration;  // names may have changed
    state.fontsStale = true;
    state.stylePanel.playing = false;
    if (!state.scene.layers.empty())
        state.stylePanel.layer = std::min(state.stylePanel.layer, state.scene.layers.size() - 1);
}

// One step through the history: from `from` (undo or redo) to the current state, which goes to `to`.
bool step(MapViewState& state, MapRenderer& renderer, std::vector<DocumentState>& from,
          std::vector<DocumentState>& to) {
    EditHistory& history = state.history;
    takeEdits(state);  // an edit not taken yet (a field still being typed in) comes first
    if (from.empty() || !history.current) return false;
    DocumentState target = std::move(from.back());
    from.pop_back();
    to.push_back(std::move(*history.current));
    restore(state, renderer, target);
    history.current = stateOf(state);
    return true;
}

}  // namespace

void startHistory(MapViewState& state) {
    state.history = EditHistory{};
    state.history.current = stateOf(state);
}

void takeEdits(MapViewState& state) {
    EditHistory& history = state.history;
    DocumentState now = stateOf(state);
    if (!history.current) {
        history.current = std::move(now);
        return;
    }
    if (sameState(now, *history.current)) return;
    history.undo.push_back(std::move(*history.current));
    if (history.undo.size() > kMostEdits) history.undo.erase(history.undo.begin());
    history.redo.clear();
    history.current = std::move(now);
    forgetUnreachableLayers(history);
}

bool undoEdit(MapViewState& state, MapRenderer& renderer) {
    return step(state, renderer, state.history.undo, state.history.redo);
}

bool redoEdit(MapViewState& state, MapRenderer& renderer) {
    return step(state, renderer, state.history.redo, state.history.undo);
}

bool documentEdited(const MapViewState& state) {
    return state.history.current && state.history.current->text != state.documentFile.savedText;
}

}  // namespace bashu
