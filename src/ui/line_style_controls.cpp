#include "ui/line_style_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

#include "scene/proportional_symbols.h"
#include "ui/style_widgets.h"

namespace bashu {

namespace {

// The dash patterns offered, in pixels at 1x: a planner picks a look, not two numbers.
struct DashChoice {
    const char* label;
    LineDash dash;
};
constexpr DashChoice kDashes[] = {
    {"Solid", LineDash{}},
    {"Dashed (under construction)", LineDash{7, 4}},
    {"Dotted (planned)", LineDash{2, 3}},
    {"Long dashes", LineDash{14, 5}},
};

// A combo of the dash choices; a pattern that is none of them is kept, and shown as such.
bool dashControl(const char* label, LineDash& dash) {
    int chosen = -1;
    for (size_t i = 0; i < std::size(kDashes); ++i)
        if (kDashes[i].dash == dash || (i == 0 && dash.solid())) chosen = int(i);
    bool changed = false;
    if (ImGui::BeginCombo(label, chosen >= 0 ? kDashes[chosen].label : "Custom (from the document)")) {
        for (size_t i = 0; i < std::size(kDashes); ++i)
            if (ImGui::Selectable(kDashes[i].label, int(i) == chosen)) {
                dash = kDashes[i].dash;
                changed = true;
            }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace

bool drawLineStyleControls(SceneLayer& layer, std::string& error) {
    StrokeStyle& stroke = layer.spec.stroke;
    const StrokeStyle before = stroke;
    ImGui::Separator();
    ImGui::TextDisabled("Lines");
    bool changed = false;
    // Lines coloured by a field take their colours from the classes above.
    if (layer.spec.fill.field.empty()) changed |= colorControl("Line colour", stroke.color);
    if (stroke.widthField.empty()) changed |= sliderOfDouble("Width", stroke.width, 0.0f, 16.0f);

    changed |= dashControl("Dashes", stroke.dash);
    // Lines coloured by a category (a status) may take a dash per value: planned ones dotted.
    bool dashedByValue = false;
    if (!layer.legend.categories.empty() && ImGui::TreeNode("Dashes by value")) {
        for (const std::string& value : layer.legend.categories) {
            auto found = stroke.categoryDashes.find(value);
            LineDash dash = found != stroke.categoryDashes.end() ? found->second : stroke.dash;
            if (dashControl(value.c_str(), dash)) {
                stroke.categoryDashes[value] = dash;
                dashedByValue = true;
            }
        }
        ImGui::TreePop();
    }

    bool cased = stroke.casingWidth > 0;
    if (ImGui::Checkbox("Casing", &cased)) {
        stroke.casingWidth = cased ? 1.5 : 0.0;
        changed = true;
    }
    if (cased) {
        ImGui::SameLine();
        changed |= colorControl("##casing colour", stroke.casingColor);
        changed |= sliderOfDouble("Casing width", stroke.casingWidth, 0.5f, 6.0f);
    }

    // Widths by a numeric field (traffic, capacity): proportional, the largest `max width` wide.
    std::vector<std::string> fields = {""};
    for (const Column& c : layer.data.attributes.columns)
        if (c.isNumeric()) fields.push_back(c.name);
    bool resized = false;
    if (ImGui::BeginCombo("Width by",
                          stroke.widthField.empty() ? "(one width)" : stroke.widthField.c_str())) {
        for (const std::string& f : fields)
            if (ImGui::Selectable(f.empty() ? "(one width)" : f.c_str(), f == stroke.widthField) &&
                f != stroke.widthField) {
                stroke.widthField = f;
                resized = true;
            }
        ImGui::EndCombo();
    }
    if (!stroke.widthField.empty()) resized |= sliderOfDouble("Max width", stroke.maxWidth, 1.0f, 40.0f);
    if (!changed && !resized && !dashedByValue) return false;
    if (dashedByValue) (void)restyleLayer(layer);  // the features' dashes follow their values

    if (resized) {
        if (Status sized = sizeSymbols(layer); !sized) {
            error = sized.error().message;
            stroke = before;
            (void)sizeSymbols(layer);
        } else {
            error.clear();
        }
    }
    // The layers panel keeps visibility and opacity in the paint: they stay as they are.
    const LayerPaint shown = layer.paint;
    layer.paint = paintOf(layer);
    layer.paint.visible = shown.visible;
    layer.paint.opacity = shown.opacity;
    return resized || dashedByValue;
}

}  // namespace bashu
