#include "ui/join_dialog.h"

#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "carto/legend_model.h"
#include "core/ascii_case.h"
#include "tables/cell_text.h"
#include "ui/dialog_keys.h"
#include "ui/file_browser.h"
#include "ui/layer_operations.h"
#include "ui/map_view_state.h"
#include "ui/messages.h"
#include "ui/style_widgets.h"
#include "ui/window_report.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {

constexpr const char* kJoinPopup = "Join a table";
// Rows of the table previewed, and keys left unmatched offered for pairing by hand.
constexpr size_t kPreviewRows = 6, kPairableKeys = 12;

// The layer's fields a table's keys can be matched on: text, and whole numbers (codes).
std::vector<std::string> keyFields(const SceneLayer& layer) {
    std::vector<std::string> fields;
    for (const Column& column : layer.data.attributes.columns)
        if (column.type != FieldType::Real) fields.push_back(column.name);
    return fields;
}

// The table's column to map at first: the last column of numbers (a yearbook's latest year).
int defaultShownColumn(const StatTable& table) {
    int shown = -1;
    for (size_t c = 0; c < table.layout.columns.size(); ++c)
        if (isValueColumn(table, c)) shown = int(c);
    return shown;
}

void readTable(JoinDialog& d) {
    ++d.tableReads;
    d.table.reset();
    d.tableError.clear();
    d.pairs.clear();
    d.reportStale = true;
    if (d.sheets.empty()) return;
    Result<StatTable> table = readStatTable(d.loadedPath, d.sheets[size_t(d.sheet)], d.headerRow);
    if (!table) {
        d.tableError = table.error().message;
        return;
    }
    d.table = std::move(*table);
    d.keyColumn = d.table->layout.keyColumn ? int(*d.table->layout.keyColumn) : 0;
    d.shownColumn = defaultShownColumn(*d.table);
}

void loadFile(JoinDialog& d) {
    d.loadedPath = d.path;
    d.error.clear();
    d.sheets.clear();
    d.sheet = 0;
    d.headerRow = 0;
    d.table.reset();
    Result<std::vector<std::string>> sheets = tableSheets(d.loadedPath);
    if (!sheets) {
        ++d.tableReads;
        d.tableError = sheets.error().message;
        d.reportStale = true;
        return;
    }
    d.sheets = std::move(*sheets);
    readTable(d);
}

std::string chosenLayerKey(const MapViewState& state, const JoinDialog& d) {
    if (d.layerKey <= 0) return "";
    const std::vector<std::string> fields = keyFields(state.scene.layers[d.layer]);
    return size_t(d.layerKey) <= fields.size() ? fields[size_t(d.layerKey - 1)] : "";
}

void updateReport(const MapViewState& state, JoinDialog& d) {
    d.reportStale = false;
    d.report.reset();
    d.reportLines.clear();
    d.reportError.clear();
    if (!d.table || d.layer >= state.scene.layers.size()) return;
    const Column& keys = d.table->wide.columns[size_t(d.keyColumn)];
    std::vector<std::string> rowKeys;
    for (size_t r = 0; r < keys.size(); ++r) rowKeys.push_back(keys.text(r));
    Result<KeyMatchReport> report =
        matchKeys(rowKeys, state.scene.layers[d.layer].data.attributes, chosenLayerKey(state, d), d.pairs);
    if (!report) {
        d.reportError = report.error().message;
        return;
    }
    d.report = std::move(*report);
    // Said once per change, not in every frame the dialog is drawn.
    d.reportLines = describeMatch(*d.report, state.scene.layers[d.layer].data.attributes, "", 6);
}

// The join the choices describe; an error when a choice is missing.
Result<JoinSpec> joinOf(const MapViewState& state, const JoinDialog& d) {
    if (!d.table) return Error{"choose a table file"};
    if (d.shownColumn < 0) return Error{"the table has no column of numbers to map"};
    const TableColumn& shown = d.table->layout.columns[size_t(d.shownColumn)];
    Result<ColumnJoin> column = joinForColumn(*d.table, shown.name);
    if (!column) return column.error();
    JoinSpec join;
    join.table = std::filesystem::absolute(d.loadedPath).lexically_normal().string();
    join.sheet = d.sheets.size() > 1 ? d.sheets[size_t(d.sheet)] : "";
    join.headerRow = d.headerRow;
    join.match = JoinMatch::Units;
    join.tableKey = d.table->layout.columns[size_t(d.keyColumn)].name;
    join.layerKey = chosenLayerKey(state, d);
    join.where = column->where;
    join.value = column->value;
    join.as = column->column;
    // The layer's own field of that name stays: the joined one is told apart.
    const SceneLayer& layer = state.scene.layers[d.layer];
    const bool rejoining = layer.spec.join && layer.spec.join->as == join.as;
    if (!rejoining && layer.data.attributes.find(join.as)) join.as += " (" + d.table->name + ")";
    join.pairs = d.pairs;
    return join;
}

// A combo the window report names (the GUI tests choose by name).
bool combo(const char* label, int& chosen, const std::vector<std::string>& items, const char* name) {
    const bool changed = comboOfIndex(label, chosen, items);
    nameControl(name);
    return changed;
}

void drawPreview(const StatTable& table, int keyColumn, int shownColumn) {
    std::vector<size_t> columns = {size_t(keyColumn)};
    if (shownColumn >= 0 && shownColumn != keyColumn) columns.push_back(size_t(shownColumn));
    for (size_t c = 0; c < table.layout.columns.size() && columns.size() < 5; ++c)
        if (std::find(columns.begin(), columns.end(), c) == columns.end()) columns.push_back(c);
    if (!ImGui::BeginTable("##preview", int(columns.size()),
                           ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit))
        return;
    for (size_t c : columns) ImGui::TableSetupColumn(table.layout.columns[c].name.c_str());
    ImGui::TableHeadersRow();
    for (size_t r = 0; r < table.dataRows.size() && r < kPreviewRows; ++r) {
        ImGui::TableNextRow();
        for (size_t c : columns) {
            ImGui::TableNextColumn();
            const Column& column = table.wide.columns[c];
            ImGui::TextUnformatted(column.isNull(r) ? "—" : column.text(r).c_str());
        }
    }
    ImGui::EndTable();
    ImGui::TextDisabled("%zu data rows", table.dataRows.size());
}

// How a unit is offered for pairing: its key, and where two units share that key, what tells
// them apart ("市中区 (adcode=511102)").
std::string unitLabel(const AttributeTable& layer, const std::string& layerField, size_t feature) {
    std::string text = layer.find(layerField)->text(feature);
    const std::string value = pairingValue(layer, layerField, feature);
    if (value == text || value.empty()) return text;
    // Where the unit is, from a field naming what it belongs to (parent_name_zh: 乐山市), if any.
    std::string where;
    for (const Column& column : layer.columns) {
        const std::string name = asciiLower(column.name);
        const bool parent =
            name.find("parent") != std::string::npos || name.find("prefecture") != std::string::npos ||
            name.find("city") != std::string::npos || column.name.find("所属") != std::string::npos;
        if (parent && column.name != layerField && !column.isNumeric() && !column.isNull(feature) &&
            parseCellNumber(column.strings[feature]) == std::nullopt) {
            where = " · " + column.strings[feature];
            break;
        }
    }
    return text + where + " (" + value + ")";
}

// The keys that matched no unit or several, each with a choice of unit to pair it with.
void drawPairing(const MapViewState& state, JoinDialog& d) {
    const KeyMatchReport& report = *d.report;
    const AttributeTable& layer = state.scene.layers[d.layer].data.attributes;
    const Column& layerKeys = *layer.find(report.layerField);
    auto pairWith = [&](const std::string& key, size_t feature) {
        // A unit with a row of its own would get two: the pairing would be left out at Join.
        for (const KeyMatch& other : report.keys)
            if (other.outcome == KeyOutcome::Matched && other.feature == feature && other.key != key) {
                d.pairError = unitLabel(layer, report.layerField, feature) + " has its own row ('" +
                              other.key + "'): '" + key + "' cannot be paired with it too";
                return;
            }
        d.pairError.clear();
        if (std::string value = pairingValue(layer, report.layerField, feature); !value.empty()) {
            d.pairs[key] = value;
            d.reportStale = true;
        }
    };
    size_t shown = 0;
    for (const KeyMatch& key : report.keys) {
        if (key.outcome != KeyOutcome::Unmatched && key.outcome != KeyOutcome::Ambiguous) continue;
        if (++shown > kPairableKeys) break;
        ImGui::PushID(key.key.c_str());
        const std::string label =
            key.key + (key.outcome == KeyOutcome::Ambiguous ? "  (several units)" : "  (no unit)");
        ImGui::TextUnformatted(label.c_str());
        ImGui::SameLine(scaled(260));
        ImGui::SetNextItemWidth(scaled(260));
        if (ImGui::BeginCombo("##pair", "pair with...")) {
            // The candidates or suggestions first, then every unit.
            for (size_t i = 0; i < key.features.size(); ++i) {
                if (ImGui::Selectable(unitLabel(layer, report.layerField, key.features[i]).c_str()))
                    pairWith(key.key, key.features[i]);
                nameControl("join/pair/" + key.key + "/", std::to_string(i));
            }
            ImGui::Separator();
            // Only the rows in view are labelled: a layer of thousands of units stays quick.
            ImGuiListClipper clipper;
            clipper.Begin(int(layerKeys.size()));
            while (clipper.Step())
                for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                    const size_t f = size_t(row);
                    const std::string text =
                        layerKeys.isNull(f) ? "(none)" : unitLabel(layer, report.layerField, f);
                    if (ImGui::Selectable((text + "##" + std::to_string(f)).c_str()) && !layerKeys.isNull(f))
                        pairWith(key.key, f);
                }
            ImGui::EndCombo();
        }
        nameControl("join/pair/", key.key);
        ImGui::PopID();
    }
    if (!d.pairError.empty()) drawErrorText(d.pairError);
    // Each pairing can be taken back.
    std::string unpaired;
    for (const auto& [key, unit] : d.pairs) {
        ImGui::TextDisabled("paired by hand: %s -> %s", key.c_str(), unit.c_str());
        ImGui::SameLine();
        ImGui::PushID(key.c_str());
        if (ImGui::SmallButton("unpair")) unpaired = key;
        nameControl("join/unpair/", key);
        ImGui::PopID();
    }
    if (!unpaired.empty()) {
        d.pairs.erase(unpaired);
        d.reportStale = true;
    }
}

void drawReport(const MapViewState& state, JoinDialog& d) {
    if (!d.reportError.empty()) {
        drawErrorText(d.reportError);
        return;
    }
    if (!d.report || d.reportLines.empty()) return;
    const std::vector<std::string>& lines = d.reportLines;
    ImGui::TextUnformatted(lines.front().c_str());
    nameControl("join/report");
    if (d.report->matchedRows == 0)
        ImGui::TextColored(ImVec4(0.75f, 0.3f, 0.0f, 1),
                           "No row matches a unit: check the key column and the layer's key.");
    for (size_t i = 1; i < lines.size(); ++i)
        if (lines[i].find("features without a row") != std::string::npos ||
            lines[i].find("older names") != std::string::npos)
            ImGui::TextDisabled("%s", lines[i].c_str());
    drawPairing(state, d);
    if (!d.table->totals.empty()) {
        std::string totals;
        for (const std::string& t : d.table->totals) totals += (totals.empty() ? "" : ", ") + t;
        ImGui::TextDisabled("left out as totals: %s", totals.c_str());
    }
}

// The layer a table is joined to by default: the Style panel's where it draws units (polygons
// coloured by a field or filled), else the first such layer, else the Style panel's.
size_t layerToJoin(const MapViewState& state) {
    const std::vector<SceneLayer>& layers = state.scene.layers;
    if (layers.empty()) return 0;
    auto units = [&](size_t i) {
        const SceneLayer& layer = layers[i];
        return layer.data.geometry.kind == GeometryKind::Polygon &&
               (!layer.spec.fill.field.empty() || layer.spec.fill.color.a > 0);
    };
    const size_t styled = std::min(state.stylePanel.layer, layers.size() - 1);
    if (units(styled)) return styled;
    for (size_t i = 0; i < layers.size(); ++i)
        if (units(i)) return i;
    return styled;
}

// A join finished: the joined layer takes the old one's place (one edit, undone by Ctrl+Z).
void finishJoin(MapViewState& state, MapRenderer& renderer, JoinDialog& d) {
    Result<StatisticalJoin> prepared = d.result.get();
    const JoinSpec join = *d.joining;
    d.joining.reset();
    if (!prepared) {
        d.error = prepared.error().message;
        return;
    }
    if (d.layer >= state.scene.layers.size()) {
        d.error = "the layer is no longer on the map";
        return;
    }
    const std::string tableTitle = prepared->title;
    Result<SceneLayer> joined = joinedCopy(state.scene.layers[d.layer], join, std::move(*prepared));
    if (!joined) {
        d.error = joined.error().message;
        return;
    }
    const std::vector<std::string> report = joined->joinReport;
    const size_t index = d.layer;
    const std::string joinedTo = layerTitle(state.scene.layers[index]);
    // The map is titled after what it now shows, as `render --join` titles it: the old title,
    // subtitle and data credit described other data.
    retitleForTable(state.scene.document, join, tableTitle);
    removeLayer(state, renderer, index);
    putLayerBack(state, renderer, std::move(*joined));
    moveLayer(state, renderer, state.scene.layers.size() - 1, index);
    state.stylePanel.layer = index;
    // Layers drawing the same units from other data are hidden, not removed (shown again from the
    // Layers panel, or by Ctrl+Z with the join).
    std::vector<LayerSpec> specs;
    for (const SceneLayer& layer : state.scene.layers) specs.push_back(layer.spec);
    for (size_t other : layersOfOtherData(specs, index)) {
        SceneLayer& hidden = state.scene.layers[other];
        if (!hidden.paint.visible) continue;
        hidden.paint.visible = false;
        state.messages.say(layerTitle(hidden) + " hidden: it shows other data for the same units (" +
                           (hidden.spec.join ? tableName(*hidden.spec.join) : hidden.spec.source) + ")");
    }
    for (size_t i = report.size(); i-- > 0;) state.messages.say(report[i]);  // the newest is listed first
    state.messages.say("joined " + tableName(join) + " to the layer " + joinedTo + ", now showing " +
                       join.as + ": " + report.front().substr(report.front().find(": ") + 2));
    ImGui::CloseCurrentPopup();
}

}  // namespace

void requestJoinDialog(MapViewState& state, const std::string& path) {
    JoinDialog& d = state.joinDialog;
    d.requested = true;
    if (!path.empty()) std::snprintf(d.path, sizeof d.path, "%s", path.c_str());
}

bool joinUnderWay(const MapViewState& state) { return state.joinDialog.joining.has_value(); }

void drawJoinDialog(MapViewState& state, MapRenderer& renderer) {
    JoinDialog& d = state.joinDialog;
    if (d.requested) {
        d.requested = false;
        d.error.clear();
        d.layer = layerToJoin(state);
        d.pairError.clear();
        // The layer's own join of a table: its pairings (and its table, where none is named), so
        // the dialog opens on what the map shows, never on pairings of a join undone.
        d.pairs.clear();
        if (d.layer < state.scene.layers.size())
            if (const std::optional<JoinSpec>& own = state.scene.layers[d.layer].spec.join;
                own && isStatisticalJoin(*own) && (d.path[0] == '\0' || own->table == d.path)) {
                d.pairs = own->pairs;
                if (d.path[0] == '\0') std::snprintf(d.path, sizeof d.path, "%s", own->table.c_str());
            }
        d.reportStale = true;
        if (d.path[0] != '\0' && d.loadedPath != d.path) loadFile(d);
        ImGui::OpenPopup(kJoinPopup);
    }
    // Never taller than the window: a long report scrolls, Join stays within reach. One width and
    // its top near the window's: it grows downwards as a table is read, and what is under the
    // pointer stays there (centred, it moved under the next click).
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(scaled(780), viewport->WorkSize.x * 0.95f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y * 0.92f));
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 0.5f * viewport->WorkSize.x,
                                   viewport->WorkPos.y + 0.04f * viewport->WorkSize.y),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    if (!ImGui::BeginPopupModal(kJoinPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    bool headerTyped = false;
    if (state.scene.layers.empty()) {
        ImGui::TextUnformatted("The map has no layer to join a table to: add one first.");
        if (ImGui::Button("Close") || dialogCancelKey()) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    std::vector<std::string> layers;
    for (const SceneLayer& layer : state.scene.layers) layers.push_back(layerTitle(layer));
    int layer = int(d.layer);
    ImGui::SetNextItemWidth(scaled(300));
    if (combo("Layer", layer, layers, "join/layer")) {
        d.layer = size_t(layer);
        d.layerKey = 0;
        d.pairs.clear();
        d.reportStale = true;
    }
    ImGui::TextUnformatted("Table (.csv, .xlsx, .xls, .ods), a path or from the folders below:");
    if (ImGui::IsWindowAppearing() && d.path[0] == '\0') ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(scaled(520));
    const bool entered =
        ImGui::InputText("##path", d.path, sizeof d.path, ImGuiInputTextFlags_EnterReturnsTrue);
    nameControl("join/path");
    ImGui::SameLine();
    if ((ImGui::Button("Read") || entered) && d.path[0] != '\0') loadFile(d);
    nameControl("join/read");
    if (ImGui::CollapsingHeader("Browse", d.table ? 0 : ImGuiTreeNodeFlags_DefaultOpen))
        if (std::optional<std::string> browsed =
                drawFileBrowser(state.browsing.folder, 160, state.browsing.allFiles)) {
            std::snprintf(d.path, sizeof d.path, "%s", browsed->c_str());
            loadFile(d);
        }
    if (!d.tableError.empty()) drawErrorText(d.tableError);
    if (d.tableReads != d.tableReadsInFont) {
        d.tableReadsInFont = d.tableReads;
        state.fontsStale = true;  // the next frame has the glyphs of the table's names
    }

    if (d.sheets.size() > 1) {
        ImGui::SetNextItemWidth(scaled(300));
        if (combo("Sheet", d.sheet, d.sheets, "join/sheet")) {
            d.headerRow = 0;
            readTable(d);
        }
    }
    if (!d.sheets.empty()) {
        ImGui::SetNextItemWidth(scaled(120));
        if (ImGui::InputInt("Header row", &d.headerRow, 1, 1)) {
            d.headerRow = std::max(0, d.headerRow);
            readTable(d);
        }
        nameControl("join/header_row");
        // Enter there applies the row typed; it does not join as well.
        headerTyped = ImGui::IsItemActive() || ImGui::IsItemDeactivated();
        if (d.table && d.table->layout.headerRow) {
            ImGui::SameLine();
            ImGui::TextDisabled(d.headerRow == 0 ? "(0: found on row %zu)" : "(row %zu)",
                                *d.table->layout.headerRow + 1);
        }
    }
    if (d.table) {
        std::vector<std::string> columns, numbers;
        std::vector<int> numberIndex;
        for (size_t c = 0; c < d.table->layout.columns.size(); ++c) {
            const TableColumn& column = d.table->layout.columns[c];
            columns.push_back(column.name + " (" + columnKindName(column.kind) + ")");
            if (isValueColumn(*d.table, c)) {
                // The unit where the name does not already say it ("城镇化率(%)").
                const bool said = column.unit.empty() || column.name.find(column.unit) != std::string::npos;
                numbers.push_back(column.name + (said ? "" : " [" + column.unit + "]"));
                numberIndex.push_back(int(c));
            }
        }
        ImGui::SetNextItemWidth(scaled(300));
        if (combo("Table key", d.keyColumn, columns, "join/table_key")) {
            d.pairs.clear();
            d.reportStale = true;
        }
        std::vector<std::string> layerFields = {d.report ? "found: " + d.report->layerField : "found"};
        for (const std::string& field : keyFields(state.scene.layers[d.layer])) layerFields.push_back(field);
        ImGui::SetNextItemWidth(scaled(300));
        if (combo("Layer key", d.layerKey, layerFields, "join/layer_key")) {
            d.pairs.clear();
            d.reportStale = true;
        }
        int shown =
            int(std::find(numberIndex.begin(), numberIndex.end(), d.shownColumn) - numberIndex.begin());
        ImGui::SetNextItemWidth(scaled(300));
        if (combo("Column to map", shown, numbers, "join/column")) d.shownColumn = numberIndex[size_t(shown)];
        drawPreview(*d.table, d.keyColumn, d.shownColumn);
        if (d.reportStale) updateReport(state, d);
        ImGui::Separator();
        drawReport(state, d);
    }

    if (!d.error.empty()) drawErrorText(d.error);
    if (d.joining) {
        ImGui::TextUnformatted("Joining...");
        if (d.result.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            finishJoin(state, renderer, d);
    } else {
        // Not while the table or the match says something is wrong: the join would not be the one shown.
        const bool ready = d.report && d.report->matchedRows > 0 && d.shownColumn >= 0 &&
                           d.tableError.empty() && d.reportError.empty();
        ImGui::BeginDisabled(!ready);
        const bool join = ImGui::Button("Join") || (ready && !headerTyped && dialogConfirmKey());
        ImGui::EndDisabled();
        nameControl("join/join");
        if (join && ready) {
            Result<JoinSpec> spec = joinOf(state, d);
            if (!spec) {
                d.error = spec.error().message;
            } else {
                d.error.clear();
                d.joining = *spec;
                d.result =
                    std::async(std::launch::async,
                               [join = *spec, attributes = state.scene.layers[d.layer].data.attributes] {
                                   return readStatisticalJoin(join, attributes);
                               });
            }
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || dialogCancelKey()) ImGui::CloseCurrentPopup();
        nameControl("join/cancel");
    }
    ImGui::EndPopup();
}

}  // namespace bashu
