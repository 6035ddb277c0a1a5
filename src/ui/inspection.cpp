#include "ui/inspection.h"

#include <imgui.h>

#include <cmath>

#include "carto/legend_model.h"
#include "ui/map_view_state.h"
#include "ui/panel_placement.h"

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

void drawInspection(const MapViewState& state) {
    if (state.selection.hovered && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const SceneLayer& layer = state.scene.layers[state.selection.hovered->layer];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(featureName(layer, state.selection.hovered->feature).c_str());
        if (const std::string value = valueText(state.scene, layer, state.selection.hovered->feature);
            !value.empty())
            ImGui::TextUnformatted(value.c_str());
        ImGui::EndTooltip();
    }
    if (!state.selection.selected) return;
    const SceneLayer& layer = state.scene.layers[state.selection.selected->layer];
    const size_t feature = state.selection.selected->feature;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - 10, 45), ImGuiCond_FirstUseEver, ImVec2(1, 0));
    ImGui::Begin("Feature");
    keepPanelOnScreen();
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
}

}  // namespace bashu
