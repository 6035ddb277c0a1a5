#include "ui/legend_label_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "carto/legend_model.h"

namespace bashu {

bool drawLegendLabelControls(const MapScene& scene, SceneLayer& layer) {
    // Labels are computed only while the section is open (the panel is drawn every frame).
    const bool classified = layer.legend.classification.classCount() > 0 || !layer.legend.categories.empty();
    if (!classified || !ImGui::CollapsingHeader("Legend labels")) return false;
    const std::vector<std::string> computed = computedClassLabels(scene, layer);
    std::vector<std::string>& labels = layer.spec.fill.labels;
    // Labels written for another number of classes no longer say which class they meant.
    if (labels.size() != computed.size()) labels.assign(computed.size(), std::string());
    bool changed = false;
    for (size_t i = 0; i < computed.size(); ++i) {
        char text[256] = {};
        std::strncpy(text, labels[i].c_str(), sizeof text - 1);
        ImGui::PushID(int(i));
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputTextWithHint("##label", computed[i].c_str(), text, sizeof text)) {
            labels[i] = text;
            changed = true;
        }
        ImGui::PopID();
    }
    // All back to computed: nothing to keep in the document.
    if (std::all_of(labels.begin(), labels.end(), [](const std::string& l) { return l.empty(); }))
        labels.clear();
    return changed;
}

}  // namespace bashu
