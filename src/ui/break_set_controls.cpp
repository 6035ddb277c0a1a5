#include "ui/break_set_controls.h"
#include "ui/workspace_layout.h"

#include <imgui.h>

#include <vector>

namespace bashu {

namespace {

// Locks the layer to a set and recolours it; on failure it is left as it was.
bool lock(SceneLayer& layer, const std::string& name, const std::vector<double>& limits, std::string& error) {
    FillStyle& fill = layer.spec.fill;
    const FillStyle before = fill;
    fill.breakSet = name;
    fill.breaks = limits;
    fill.classes = int(limits.size()) - 1;
    if (Status styled = restyleLayer(layer); !styled) {
        error = styled.error().message;
        fill = before;
        (void)restyleLayer(layer);
        return false;
    }
    error.clear();
    return true;
}

}  // namespace

bool drawBreakSetControls(MapDocument& document, SceneLayer& layer, std::string& error) {
    FillStyle& fill = layer.spec.fill;
    if (!fill.breakSet.empty()) {
        ImGui::TextWrapped("Classes locked to break set '%s'", fill.breakSet.c_str());
        ImGui::SameLine();
        if (!ImGui::SmallButton("Unlock")) return false;
        fill.breakSet.clear();
        fill.breaks.clear();
        if (Status styled = restyleLayer(layer); !styled) error = styled.error().message;
        return true;
    }
    bool changed = false;
    const bool anySet = !document.breakSets.empty() || !document.sharedBreakSets.empty();
    if (anySet && ImGui::BeginCombo("Break set", "(lock to a set)")) {
        // A name in both is the document's own (findBreakSet's order); the shared one is not listed.
        for (const auto* sets : {&document.breakSets, &document.sharedBreakSets})
            for (const auto& [name, limits] : *sets)
                if (findBreakSet(document, name) == &limits && ImGui::Selectable(name.c_str()))
                    changed = lock(layer, name, limits, error);
        ImGui::EndCombo();
    }
    // The classes shown, kept under a name for other layers and years to use.
    const std::vector<double>& shown = layer.legend.classification.limits;
    if (shown.size() < 2) return changed;
    static char name[64] = "";
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - scaled(110));
    ImGui::InputTextWithHint("##set name", "name of a break set", name, sizeof name);
    ImGui::SameLine();
    ImGui::BeginDisabled(name[0] == '\0');
    if (ImGui::Button("Lock classes")) {
        document.breakSets[name] = shown;
        changed = lock(layer, name, shown, error);
        name[0] = '\0';
    }
    ImGui::EndDisabled();
    return changed;
}

}  // namespace bashu
