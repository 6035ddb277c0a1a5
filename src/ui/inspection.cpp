#include "ui/inspection.h"

#include <imgui.h>

#include <cmath>

#include "carto/legend_model.h"
#include "ui/map_view_state.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {
constexpr double kPickRadiusPixels = 4.0;

// What the colour shows, as the legend says it: its heading, and the value written as its class
// limits are (the normalised value where the style normalises).
std::string valueText(const MapScene& scene, const SceneLayer& layer, size_t feature) {
    const FillStyle& fill = layer.spec.fill;
    const Column* column = layer.data.attributes.find(fill.field);
    if (!column) return "";
    const std::string heading = legendHeading(layer);
    if (!column->isNumeric())
        return heading + ": " + (column->isNull(feature) ? "no data 无数据" : column->text(feature));
    const double v = feature < layer.mapped.values.size() ? layer.mapped.values[feature] : std::nan("");
    return heading + ": " +
           (std::isfinite(v) ? legendNumber(scene, layer, v) : std::string("no data 无数据"));
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

void indexLayers(MapViewState& state) {
    state.selection.indexes.clear();
    for (const SceneLayer& layer : state.scene.layers)
        state.selection.indexes.emplace_back(layer.data.geometry);
}

bool updateInspection(MapViewState& state) {
    state.selection.hovered.reset();
    if (state.navigation.cursorOverMap) {
        double x, y;
        state.camera.pixelToMap(state.navigation.cursorX, state.navigation.cursorY, x, y);
        for (size_t i = state.scene.layers.size(); i-- > 0;) {
            if (!state.scene.layers[i].paint.visible) continue;
            if (std::optional<size_t> f =
                    state.selection.indexes[i].pick(x, y, kPickRadiusPixels * state.camera.unitsPerPixel)) {
                state.selection.hovered = FeatureRef{i, *f};
                break;
            }
        }
    }
    const auto before = state.selection.selected;
    if (state.input.clicked) state.selection.selected = state.selection.hovered;
    if (state.input.pressed(Key::Escape)) state.selection.selected.reset();
    return before != state.selection.selected;
}

bool drawInspection(MapViewState& state) {
    if (state.selection.hovered && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const SceneLayer& layer = state.scene.layers[state.selection.hovered->layer];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(featureName(layer, state.selection.hovered->feature).c_str());
        if (const std::string value = valueText(state.scene, layer, state.selection.hovered->feature);
            !value.empty())
            ImGui::TextUnformatted(value.c_str());
        ImGui::EndTooltip();
    }
    if (!state.selection.selected) return false;
    const SceneLayer& layer = state.scene.layers[state.selection.selected->layer];
    const size_t feature = state.selection.selected->feature;
    // At the map's top right, beside what was clicked rather than over the map's middle.
    anchorNextWindow(state.mapArea, 1.0f, 0.0f);
    ImGui::SetNextWindowSize(ImVec2(scaled(320), 0), ImGuiCond_Always);
    bool open = true;
    ImGui::Begin("Feature", &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextUnformatted(featureName(layer, feature).c_str());
    ImGui::TextDisabled("%s, feature %zu (Esc clears)", layer.spec.name.c_str(),
                        layer.data.fileFeature(feature));
    if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
        for (const Column& column : layer.data.attributes.columns) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(column.name.c_str());
            ImGui::TableNextColumn();
            if (column.isNull(feature))
                ImGui::TextDisabled("null");
            else
                ImGui::TextUnformatted(column.text(feature).c_str());
        }
        ImGui::EndTable();
    }
    ImGui::End();
    if (open) return false;
    state.selection.selected.reset();  // closed with its x
    return true;
}

}  // namespace bashu
