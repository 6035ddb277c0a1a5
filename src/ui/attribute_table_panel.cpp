#include "ui/attribute_table_panel.h"

#include <imgui.h>

#include <algorithm>

#include "carto/legend_model.h"
#include "core/feature_geometry.h"
#include "ui/attribute_rows.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"
#include "ui/window_report.h"

namespace bashu {

namespace {

// The rows again when the layer, its fields (a year switched), the filter or the order changed.
void refreshRows(AttributeTableState& table, const SceneLayer& layer, size_t layerIndex,
                 unsigned generation) {
    if (table.layer == layerIndex && table.generation == generation && table.filterUsed == table.filter)
        return;
    if (table.layer != layerIndex) {
        table.chosen.clear();
        table.sortColumn = -1;
    }
    table.layer = layerIndex;
    table.generation = generation;
    table.filterUsed = table.filter;
    table.rows = filteredRows(layer.data.attributes, table.filter);
    if (table.sortColumn >= 0 && size_t(table.sortColumn) < layer.data.attributes.columns.size())
        sortRows(table.rows, layer.data.attributes.columns[size_t(table.sortColumn)], table.ascending);
}

// The chosen rows in the order shown (all shown rows when none is chosen), copied.
void copyRows(MapViewState& state, const SceneLayer& layer, char separator) {
    AttributeTableState& table = state.attributeTable;
    std::vector<size_t> rows;
    for (size_t row : table.rows)
        if (table.chosen.empty() || std::count(table.chosen.begin(), table.chosen.end(), row))
            rows.push_back(row);
    ImGui::SetClipboardText(rowsAsText(layer.data.attributes, rows, separator).c_str());
    state.messages.say("copied " + std::to_string(rows.size()) + " rows of " + layerTitle(layer) + " as " +
                       (separator == ',' ? "CSV" : "TSV"));
}

}  // namespace

bool drawAttributeTable(MapViewState& state) {
    if (state.input.pressed(Key::T, true)) state.layout.tableShown = !state.layout.tableShown;
    if (!state.layout.tableShown || state.scene.layers.empty()) return false;
    AttributeTableState& table = state.attributeTable;
    const size_t layerIndex = std::min(state.stylePanel.layer, state.scene.layers.size() - 1);
    const SceneLayer& layer = state.scene.layers[layerIndex];
    refreshRows(table, layer, layerIndex, state.layersGeneration);

    // Docked under the map's area, as wide as it, down to the status bar.
    const MapArea& area = state.mapArea;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + area.x, viewport->Pos.y + area.bottom()));
    ImGui::SetNextWindowSize(ImVec2(area.width, dockHeightFor(viewport->Size.y, menuBarHeight(state.layout),
                                                              statusBarHeight(state.layout))));
    const std::string title = "Attribute table: " + layerTitle(layer) + "###attribute table";
    ImGui::Begin(title.c_str(), &state.layout.tableShown,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetNextItemWidth(scaled(240));
    ImGui::InputTextWithHint("##filter", "filter rows (any field)", table.filter, sizeof table.filter);
    nameControl("table/filter");
    ImGui::SameLine();
    ImGui::Text("%zu of %zu rows", table.rows.size(), layer.data.featureCount());
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy CSV")) copyRows(state, layer, ',');
    ImGui::SameLine();
    if (ImGui::SmallButton("Copy TSV")) copyRows(state, layer, '\t');
    ImGui::SameLine();
    ImGui::TextDisabled("(the rows chosen, Ctrl+click for several; else all shown)");

    // A feature selected on the map: its row is chosen and scrolled to.
    const bool mapSelected = state.selection.selected && state.selection.selected->layer == layerIndex;
    bool scrollToSelection = false;
    if (mapSelected && state.selection.selected->feature != table.shownSelection) {
        table.shownSelection = state.selection.selected->feature;
        table.chosen = {table.shownSelection};
        scrollToSelection = true;
    }
    const AttributeTable& attributes = layer.data.attributes;
    const int columns = int(std::min<size_t>(attributes.columns.size(), 63));
    bool selectionChanged = false;
    if (columns > 0 && ImGui::BeginTable("rows", columns,
                                         ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollX |
                                             ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                             ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        for (int c = 0; c < columns; ++c) ImGui::TableSetupColumn(attributes.columns[size_t(c)].name.c_str());
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsDirty) {
            if (sort->SpecsCount > 0) {
                table.sortColumn = sort->Specs[0].ColumnIndex;
                table.ascending = sort->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
                table.generation = ~0u;  // sorted again below
                refreshRows(table, layer, layerIndex, state.layersGeneration);
            }
            sort->SpecsDirty = false;
        }
        if (scrollToSelection) {
            const auto at = std::find(table.rows.begin(), table.rows.end(), table.shownSelection);
            if (at != table.rows.end())
                ImGui::SetScrollY(float(at - table.rows.begin()) * ImGui::GetTextLineHeightWithSpacing());
        }
        ImGuiListClipper clipper;
        clipper.Begin(int(table.rows.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const size_t row = table.rows[size_t(i)];
                ImGui::TableNextRow();
                ImGui::PushID(int(row));
                for (int c = 0; c < columns; ++c) {
                    ImGui::TableSetColumnIndex(c);
                    const Column& column = attributes.columns[size_t(c)];
                    const std::string text = column.isNull(row) ? "" : column.text(row);
                    if (c == 0) {
                        const bool chosen = std::count(table.chosen.begin(), table.chosen.end(), row) > 0;
                        if (ImGui::Selectable(text.empty() ? "##row" : text.c_str(), chosen,
                                              ImGuiSelectableFlags_SpanAllColumns)) {
                            if (ImGui::GetIO().KeyCtrl) {
                                if (chosen)
                                    std::erase(table.chosen, row);
                                else
                                    table.chosen.push_back(row);
                            } else {
                                table.chosen = {row};
                                // Selected on the map too, and flown to.
                                state.selection.selected = FeatureRef{layerIndex, row};
                                table.shownSelection = row;
                                selectionChanged = true;
                                flyTo(state, cameraFor(state, featureViewExtent(
                                                                  layer.data.geometry, row,
                                                                  shownExtent(state.scene.layers).width())));
                            }
                        }
                        if (i == 0) nameControl("table/first row");
                    } else {
                        ImGui::TextUnformatted(text.c_str());
                    }
                }
                ImGui::PopID();
            }
        ImGui::EndTable();
    }
    ImGui::End();
    return selectionChanged;
}

}  // namespace bashu
