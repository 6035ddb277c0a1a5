#include "ui/legend_panel.h"

#include <imgui.h>

#include <algorithm>

#include "carto/legend_model.h"
#include "ui/map_view_state.h"
#include "ui/window_report.h"
#include "ui/workspace_layout.h"

namespace bashu {

namespace {
ImU32 toImGui(Rgba8 c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// The entry's symbol in a square of the current line height, then its label and count.
void drawEntry(const LegendEntry& entry) {
    if (entry.kind == LegendEntry::Kind::Heading) {
        // A long heading (a statistic's, with its weights and test) wraps: the legend stays narrow.
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + scaled(300));
        ImGui::TextUnformatted(entry.label.c_str());
        ImGui::PopTextWrapPos();
        return;
    }
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (entry.kind == LegendEntry::Kind::NestedCircles) {
        // Reference circles standing on one point, each with a leader to its value.
        const float big = entry.diameters.empty() ? 0.0f : entry.diameters.front();
        const float cx = at.x + 0.5f * big, bottom = at.y + big + 2.0f;
        for (float d : entry.diameters)
            draw->AddCircle(ImVec2(cx, bottom - 0.5f * d), 0.5f * d, toImGui(entry.stroke), 48);
        for (size_t i = 0; i < entry.diameters.size() && i < entry.values.size(); ++i) {
            const float top = bottom - entry.diameters[i];
            draw->AddLine(ImVec2(cx, top), ImVec2(at.x + big + 6.0f, top), toImGui(entry.stroke));
            draw->AddText(ImVec2(at.x + big + 8.0f, top - 0.5f * size), ImGui::GetColorU32(ImGuiCol_Text),
                          entry.values[i].c_str());
        }
        ImGui::Dummy(ImVec2(big + 60.0f, big + 6.0f));
        return;
    }
    if (entry.kind == LegendEntry::Kind::BivariateGrid) {
        // The label up, the square of classes (the first field across, the second up), the label across.
        if (entry.values.size() == 2) ImGui::TextUnformatted(entry.values[1].c_str());
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float cell = 1.4f * size, n = float(entry.gridSize);
        for (int up = 0; up < entry.gridSize; ++up)
            for (int across = 0; across < entry.gridSize; ++across) {
                const size_t c = size_t(up) * size_t(entry.gridSize) + size_t(across);
                if (c >= entry.cells.size()) continue;
                const ImVec2 from(top.x + float(across) * cell, top.y + (n - 1 - float(up)) * cell);
                draw->AddRectFilled(from, ImVec2(from.x + cell - 1, from.y + cell - 1),
                                    toImGui(entry.cells[c]));
            }
        ImGui::Dummy(ImVec2(n * cell, n * cell));
        nameRegion("legend/bivariate square", top.x, top.y, n * cell, n * cell);
        if (entry.values.size() == 2) ImGui::TextUnformatted(entry.values[0].c_str());
        return;
    }
    const ImVec2 end(at.x + size * 1.2f, at.y + size);
    switch (entry.kind) {
        case LegendEntry::Kind::FillSwatch:
            draw->AddRectFilled(at, end, toImGui(entry.fill));
            if (entry.stroke.a > 0)
                draw->AddRect(at, end, toImGui(entry.stroke), 0, 0, std::clamp(entry.width, 1.0f, 3.0f));
            break;
        case LegendEntry::Kind::LineSample: {
            // On its casing and in its dashes, as on the map (wide lines capped at the row's height).
            const float middle = at.y + size / 2, width = std::clamp(entry.width, 1.0f, size * 0.8f);
            if (entry.casingWidth > 0)
                draw->AddRectFilled(ImVec2(at.x, middle - width / 2 - entry.casingWidth),
                                    ImVec2(end.x, middle + width / 2 + entry.casingWidth),
                                    toImGui(entry.casing));
            for (const auto& [from, to] : dashIntervals(end.x - at.x, entry.dash))
                draw->AddRectFilled(ImVec2(at.x + float(from), middle - width / 2),
                                    ImVec2(at.x + float(to), middle + width / 2), toImGui(entry.stroke));
            break;
        }
        case LegendEntry::Kind::PointSymbol: {
            const ImVec2 centre((at.x + end.x) / 2, at.y + size / 2);
            const float radius = std::clamp(entry.width / 2, 2.0f, size / 2);
            draw->AddCircleFilled(centre, radius, toImGui(entry.fill));
            draw->AddCircle(centre, radius, toImGui(entry.stroke));
            break;
        }
        case LegendEntry::Kind::Heading:
        case LegendEntry::Kind::NestedCircles:
        case LegendEntry::Kind::BivariateGrid:
            break;
    }
    ImGui::Dummy(ImVec2(size * 1.2f, size));
    ImGui::SameLine();
    if (entry.count.empty())
        ImGui::TextUnformatted(entry.label.c_str());
    else
        ImGui::Text("%s  (%s)", entry.label.c_str(), entry.count.c_str());
}
}  // namespace

std::pair<float, float> drawLegendPanel(const MapViewState& state) {
    anchorNextWindow(state.mapArea, 1.0f, 1.0f);
    const bool open =
        ImGui::Begin("Legend", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
    const std::vector<LegendEntry> entries = legendEntries(state.scene);
    for (const LegendEntry& entry : entries) drawEntry(entry);
    const ImVec2 size = ImGui::GetWindowSize();
    ImGui::End();
    if (!open || entries.empty()) return {0.0f, 0.0f};
    return {size.x, size.y};
}

}  // namespace bashu
