#include "ui/legend_panel.h"

#include <imgui.h>

#include "thematic/number_format.h"

namespace bashu {

namespace {
ImVec4 toImGui(Rgba8 c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f); }

void swatchRow(Rgba8 color, const std::string& label, size_t count) {
    ImGui::ColorButton("##swatch", toImGui(color),
                       ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop,
                       ImVec2(ImGui::GetFontSize() * 1.2f, ImGui::GetFontSize()));
    ImGui::SameLine();
    ImGui::Text("%s  (%zu)", label.c_str(), count);
}
}  // namespace

void drawLegendPanel(const MapViewState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - 10, viewport->Size.y - 40), ImGuiCond_FirstUseEver,
                            ImVec2(1, 1));
    ImGui::Begin("Legend", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    for (const SceneLayer& layer : state.scene.layers) {
        const FillLegend& legend = layer.legend;
        if (!layer.paint.visible || legend.classification.classCount() == 0) continue;
        ImGui::TextUnformatted(layer.spec.name.c_str());
        const std::vector<double>& limits = legend.classification.limits;
        const int decimals = legendDecimals(legend.classification);
        for (size_t i = 0; i + 1 < limits.size(); ++i) {
            ImGui::PushID(int(i));
            swatchRow(legend.classColors[i],
                      formatNumber(limits[i], decimals) + " – " + formatNumber(limits[i + 1], decimals),
                      legend.classCounts[i]);
            ImGui::PopID();
        }
        if (legend.noDataCount > 0) {
            ImGui::PushID("nodata");
            swatchRow(legend.noDataColor, "no data 无数据", legend.noDataCount);
            ImGui::PopID();
        }
    }
    ImGui::End();
}

}  // namespace bashu
