#include "ui/window_font.h"

#include <backends/imgui_impl_opengl3.h>

#include "ui/map_view_state.h"
#include "ui/ui_fonts.h"
#include "ui/workspace_layout.h"

namespace bashu {

std::vector<std::string> stringsShown(const MapViewState& state) {
    // The interface's own: the legend's no data and a bivariate square's arrows, the search hint,
    // number formats, the measure's units (measure_tool), Help > About's names of the circle.
    std::vector<std::string> strings = {state.scene.document.title, state.scene.document.subtitle,
                                        state.scene.document.note,  "无数据 ° – · … 中文 万亿 ↑ → ≤",
                                        "m² km² 公顷 亩",           "成渝地区双城经济圈建设规划纲要"};
    // Every string attribute can show up in a tooltip, the feature panel or a search result;
    // a joined table's values (indicators, units) can become layer names.
    for (const SceneLayer& layer : state.scene.layers) {
        strings.push_back(layer.spec.name);
        strings.push_back(layer.spec.fill.unit);  // the legend heading says it
        for (const Column& column : layer.data.attributes.columns) {
            strings.push_back(column.name);  // the Style panel's fields, the Feature panel
            for (const std::string& s : column.strings) strings.push_back(s);
        }
        if (layer.joinTable)
            for (const Column& column : layer.joinTable->table().columns) {
                strings.push_back(column.name);
                for (const std::string& s : column.strings) strings.push_back(s);
            }
    }
    // The table in Join a table: its sheets, title, columns and cells (preview, keys to pair).
    const JoinDialog& join = state.joinDialog;
    strings.push_back(join.loadedPath);
    for (const std::string& sheet : join.sheets) strings.push_back(sheet);
    if (join.table) {
        strings.push_back(join.table->layout.title);
        for (const TableColumn& column : join.table->layout.columns)
            strings.push_back(column.name + column.unit);
        for (const Column& column : join.table->wide.columns)
            for (const std::string& s : column.strings) strings.push_back(s);
        for (const std::string& total : join.table->totals) strings.push_back(total);
    }
    if (!join.tableError.empty()) strings.push_back(join.tableError);
    for (const Message& m : state.messages.entries) strings.push_back(m.text);
    return strings;
}

void refreshWindowFont(MapViewState& state, double pixelRatio) {
    if (!state.fontsStale) return;
    // In framebuffer pixels: sharp on a high-DPI screen, and as large as the monitor's scale asks.
    const std::string warning =
        buildUiFont(stringsShown(state), float(kUiFontSize * state.layout.uiScale * pixelRatio));
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    state.fontsStale = false;
    ++state.fontGeneration;
    if (!warning.empty()) state.messages.say(warning, true);
}

}  // namespace bashu
