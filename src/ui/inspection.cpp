#include "ui/inspection.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "carto/legend_model.h"
#include "scene/statistic_style.h"
#include "scene/statistical_join.h"
#include "scene/value_sources.h"
#include "ui/map_view_state.h"
#include "ui/server_inspection.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {
constexpr double kPickRadiusPixels = 4.0;

// What the colour shows, as the legend says it: its heading, and the value written as its class
// limits are (the normalised value where the style normalises).
std::string valueText(const MapScene& scene, const SceneLayer& layer, size_t feature) {
    const FillStyle& fill = layer.spec.fill;
    const std::string heading = legendHeading(layer);
    // A statistic's map shows its class, then the value it was computed from.
    if (layer.spec.statistic) {
        const Column* classes = layer.data.attributes.find(statisticColumnName(*layer.spec.statistic));
        const Column* values = layer.data.attributes.find(layer.spec.statistic->field);
        if (!classes || classes->isNull(feature)) return heading + ": no data 无数据";
        std::string text = heading + ": " + classes->text(feature);
        if (values && !values->isNull(feature))
            text += " (" + layer.spec.statistic->field + " " + values->text(feature) + ")";
        return text;
    }
    const Column* column = layer.data.attributes.find(fill.field);
    if (!column) return "";
    if (!column->isNumeric())
        return heading + ": " +
               (column->isNull(feature) ? "no data 无数据"
                                        : legendCategory(scene, layer, column->text(feature)));
    const double v = feature < layer.mapped.values.size() ? layer.mapped.values[feature] : std::nan("");
    if (std::isfinite(v)) return heading + ": " + legendNumber(scene, layer, v);
    // Why, where the colour is the joined value itself: no row for the unit, or a blank one.
    const std::string why =
        layer.spec.join && fill.field == layer.spec.join->as ? missingJoinedValue(layer, feature) : "";
    return heading + ": no data 无数据" + (why.empty() ? "" : " (" + why + ")");
}

// Where the value the colour shows came from, when the joined table says.
std::optional<ValueSource> shownValueSource(const SceneLayer& layer, size_t feature) {
    if (!layer.spec.join || layer.spec.fill.field != layer.spec.join->as) return std::nullopt;
    return valueSource(layer, feature);
}
}  // namespace

std::string featureName(const SceneLayer& layer, size_t feature) {
    for (const char* field : {"name_zh", "name", "NAME", "Name", "name_en"})
        if (const Column* c = layer.data.attributes.find(field); c && !c->isNull(feature)) {
            std::string name = c->text(feature);
            if (const Column* en = layer.data.attributes.find("name_en");
                en && std::string(field) == "name_zh" && !en->isNull(feature))
                name += "  " + en->text(feature);
            return name;
        }
    return "#" + std::to_string(layer.data.fileFeature(feature));  // as the file numbers it
}

namespace {
// A polygon layer drawn as outlines alone (no fill): the circle's outline over the corridors.
bool outlinesAlone(const SceneLayer& layer) {
    return layer.data.geometry.kind == GeometryKind::Polygon && layer.spec.fill.field.empty() &&
           layer.spec.fill.color.a == 0;
}

std::optional<size_t> pickIn(const MapViewState& state, size_t layerIndex, double x, double y,
                             bool edgesOnly) {
    if (!state.scene.layers[layerIndex].paint.visible || layerIndex >= state.selection.indexes.size())
        return std::nullopt;
    return state.selection.indexes[layerIndex].pick(x, y, kPickRadiusPixels * state.camera.unitsPerPixel,
                                                    edgesOnly);
}
}  // namespace

std::vector<FeatureRef> featuresAt(const MapViewState& state, double x, double y) {
    std::vector<FeatureRef> found;
    for (size_t i = state.scene.layers.size(); i-- > 0;)
        if (std::optional<size_t> f = pickIn(state, i, x, y, false)) found.push_back(FeatureRef{i, *f});
    return found;
}

std::optional<FeatureRef> featureUnder(const MapViewState& state, double x, double y) {
    // What is drawn as a line or a point near the pointer, topmost first (an outline drawn alone
    // counts as its line)...
    for (size_t i = state.scene.layers.size(); i-- > 0;) {
        const SceneLayer& layer = state.scene.layers[i];
        if (layer.data.geometry.kind == GeometryKind::Polygon && !outlinesAlone(layer)) continue;
        if (std::optional<size_t> f = pickIn(state, i, x, y, true)) return FeatureRef{i, *f};
    }
    // ...else the smallest area containing the point: the district, not the region drawn around it.
    std::optional<FeatureRef> best;
    double bestArea = 0.0;
    for (const FeatureRef& ref : featuresAt(state, x, y)) {
        const GeometryColumn& geometry = state.scene.layers[ref.layer].data.geometry;
        if (geometry.kind != GeometryKind::Polygon) continue;
        const Extent e = geometry.featureExtent(ref.feature);
        if (const double area = e.width() * e.height(); !best || area < bestArea) {
            best = ref;
            bestArea = area;
        }
    }
    return best;
}

void indexLayers(MapViewState& state) {
    state.selection.indexes.clear();
    for (const SceneLayer& layer : state.scene.layers)
        state.selection.indexes.emplace_back(layer.data.geometry);
}

bool updateInspection(MapViewState& state) {
    state.selection.hovered.reset();
    double x = 0, y = 0;
    if (state.navigation.cursorOverMap) {
        state.camera.pixelToMap(state.navigation.cursorX, state.navigation.cursorY, x, y);
        state.selection.hovered = featureUnder(state, x, y);
    }
    SelectionState& selection = state.selection;
    const auto before = selection.selected;
    const size_t brushedBefore = selection.brushed.size();
    if (state.input.clicked) {
        selection.selected = selection.hovered;
        askServerForSelected(state, x, y);
    }
    if (state.input.clicked && ImGui::GetIO().KeyCtrl && selection.hovered) {
        // Units of another layer start a new set.
        if (selection.hovered->layer != selection.brushedLayer) selection.brushed.clear();
        selection.brushedLayer = selection.hovered->layer;
        std::vector<size_t>& brushed = selection.brushed;
        const auto at = std::lower_bound(brushed.begin(), brushed.end(), selection.hovered->feature);
        if (at != brushed.end() && *at == selection.hovered->feature)
            brushed.erase(at);
        else
            brushed.insert(at, selection.hovered->feature);
        selection.here.clear();
        return true;
    }
    if (state.input.pressed(Key::Escape)) {
        selection.selected.reset();
        selection.brushed.clear();
        selection.server.reset();
    }
    if (state.input.clicked || state.input.pressed(Key::Escape)) selection.here.clear();
    return before != selection.selected || brushedBefore != selection.brushed.size();
}

void drawAttributeRows(const SceneLayer& layer, size_t feature) {
    if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        for (const Column& column : layer.data.attributes.columns) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(column.name.c_str());
            ImGui::TableNextColumn();
            const bool joined = layer.spec.join && column.name == layer.spec.join->as;
            if (column.isNull(feature) && joined) {
                // Why, in full: "not in cq_yearbook.xlsx:2-5 地区生产总值" outgrows the column.
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", missingJoinedValue(layer, feature).c_str());
                ImGui::PopStyleColor();
            } else if (column.isNull(feature)) {
                ImGui::TextDisabled("null");
            } else
                ImGui::TextUnformatted(column.text(feature).c_str());
        }
        ImGui::EndTable();
    }
}

namespace {
// A feature's name, where it comes from and all its attributes.
void drawFeature(const SceneLayer& layer, size_t feature) {
    ImGui::TextUnformatted(featureName(layer, feature).c_str());
    ImGui::TextDisabled("%s, feature %zu (Esc clears)", layerTitle(layer).c_str(),
                        layer.data.fileFeature(feature));
    drawAttributeRows(layer, feature);
    // Every number on the map has a source the user can see: the joined table's, row by row.
    if (const std::optional<ValueSource> source = valueSource(layer, feature)) {
        ImGui::TextDisabled("Source of %s (%s):", layer.spec.join->as.c_str(),
                            tableName(*layer.spec.join).c_str());
        if (!source->kind.empty()) ImGui::TextUnformatted(sourceKindLabel(source->kind).c_str());
        if (!source->text.empty()) ImGui::TextWrapped("%s", source->text.c_str());
    }
}
}  // namespace

namespace {
// A selected point is ringed in the highlight's cyan (a line mesh outlines polygons and lines;
// a point has none to draw).
void ringSelectedPoint(const MapViewState& state) {
    if (!state.selection.selected) return;
    const SceneLayer& layer = state.scene.layers[state.selection.selected->layer];
    if (layer.data.geometry.kind != GeometryKind::Point) return;
    const Extent at = layer.data.geometry.featureExtent(state.selection.selected->feature);
    if (at.empty()) return;
    double px = 0, py = 0;
    state.camera.mapToPixel(at.centerX(), at.centerY(), px, py);
    ImVec2 centre;
    state.mapArea.toWindow(px, py, centre.x, centre.y);
    const float radius = 0.5f * layer.paint.pointSize + 4.0f;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    draw->PushClipRect(ImVec2(state.mapArea.x, state.mapArea.y),
                       ImVec2(state.mapArea.right(), state.mapArea.bottom()), false);
    draw->AddCircle(centre, radius, IM_COL32(0x00, 0xe5, 0xff, 255), 0, 3.0f);
    draw->PopClipRect();
}
}  // namespace

bool drawInspection(MapViewState& state) {
    ringSelectedPoint(state);
    // (No tooltip while measuring: it would cover the measure's figures.)
    if (state.selection.hovered && !ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
        state.measure.mode == MeasureState::Mode::Off) {
        const SceneLayer& layer = state.scene.layers[state.selection.hovered->layer];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(featureName(layer, state.selection.hovered->feature).c_str());
        if (const std::string value = valueText(state.scene, layer, state.selection.hovered->feature);
            !value.empty())
            ImGui::TextUnformatted(value.c_str());
        if (const std::optional<ValueSource> source =
                shownValueSource(layer, state.selection.hovered->feature);
            source && !source->kind.empty())
            ImGui::TextDisabled("%s", sourceKindLabel(source->kind).c_str());
        // (A name that changes as the view's detail comes in is no mistake: it says why.)
        if (drawnForSeveral(layer, state.selection.hovered->feature))
            ImGui::TextDisabled("drawn for the features in its cell at this scale: click for the one here");
        ImGui::EndTooltip();
    }
    if (!state.selection.selected && state.selection.here.empty()) return false;
    // At the map's top right, beside what was clicked rather than over the map's middle.
    anchorNextWindow(state.mapArea, 1.0f, 0.0f);
    ImGui::SetNextWindowSize(ImVec2(scaled(320), 0), ImGuiCond_Always);
    bool open = true;
    bool selectionChanged = false;
    if (state.selection.here.empty()) {
        ImGui::Begin("Feature", &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        const FeatureRef ref = *state.selection.selected;
        if (!drawServerFeature(state, ref.layer, ref.feature))
            drawFeature(state.scene.layers[ref.layer], ref.feature);
    } else {
        // Every feature under the point, topmost layer first; the one opened is the one selected.
        ImGui::Begin("What is here", &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
        for (const FeatureRef& ref : state.selection.here) {
            const SceneLayer& layer = state.scene.layers[ref.layer];
            ImGui::PushID(int(ref.layer));
            const bool chosen = state.selection.selected == ref;
            ImGui::SetNextItemOpen(chosen);
            const std::string heading = layerTitle(layer) + ": " + featureName(layer, ref.feature);
            if (ImGui::CollapsingHeader(heading.c_str())) {
                if (!chosen) {
                    state.selection.selected = ref;
                    selectionChanged = true;
                }
                if (!drawServerFeature(state, ref.layer, ref.feature)) drawFeature(layer, ref.feature);
            } else if (chosen) {
                state.selection.selected.reset();
                selectionChanged = true;
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
    if (open) return selectionChanged;
    state.selection.selected.reset();  // closed with its x
    state.selection.server.reset();
    state.selection.here.clear();
    return true;
}

}  // namespace bashu
