#include "ui/symbol_style_controls.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "scene/label_placement.h"
#include "ui/style_widgets.h"
#include "ui/window_report.h"

namespace bashu {

namespace {
// The layer's paint from its spec, keeping what the Layers panel set (visibility, opacity).
void repaint(SceneLayer& layer) {
    const LayerPaint shown = layer.paint;
    layer.paint = paintOf(layer);
    layer.paint.visible = shown.visible;
    layer.paint.opacity = shown.opacity;
}
}  // namespace

SymbolChange drawSymbolControls(SceneLayer& layer) {
    SymbolChange change;
    LayerSpec& spec = layer.spec;
    const GeometryKind kind = layer.data.geometry.kind;
    bool repainted = false;
    if (kind == GeometryKind::Polygon) {
        // A classified fill takes its colours from the classes above.
        if (spec.fill.field.empty() && colorControl("Fill", spec.fill.color)) change.colors = true;
        if (spec.fill.field.empty()) ImGui::SameLine();
        repainted |= colorControl("Outline", spec.stroke.color);
        repainted |= sliderOfDouble("Outline width", spec.stroke.width, 0.0f, 6.0f);
        nameControl("style/outline width", {}, ImGui::CalcItemWidth());
    } else if (kind == GeometryKind::Point) {
        if (spec.fill.field.empty() && colorControl("Colour", spec.point.color)) change.colors = true;
        if (spec.point.sizeField.empty()) repainted |= sliderOfDouble("Size", spec.point.size, 1.0f, 40.0f);
    }
    // Labels: off, or the field they show.
    std::vector<std::string> fields = {""};
    for (const Column& c : layer.data.attributes.columns) fields.push_back(c.name);
    if (comboOfStrings("Labels", spec.label.field, fields, "(no labels)")) change.labels = true;
    if (!spec.label.field.empty() && sliderOfDouble("Label size", spec.label.size, 6.0f, 32.0f))
        change.labels = true;
    if (change.colors) (void)restyleLayer(layer);  // one colour: cannot fail
    if (repainted || change.colors) repaint(layer);
    if (change.labels) layer.labels = labelCandidates(layer.data, spec.label);
    return change;
}

}  // namespace bashu
