#include "ui/map_labels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/map_view_state.h"

namespace bashu {

namespace {
ImU32 toImGui(Rgba8 c) { return IM_COL32(c.r, c.g, c.b, c.a); }

// What the placement depends on; the same key gives the same labels.
struct PlacementKey {
    double centerX = 0, centerY = 0, unitsPerPixel = 0;
    int width = 0, height = 0;
    unsigned generation = 0;
    unsigned fontGeneration = 0;  // labels are measured with the font: a new one places them again
    std::vector<bool> visible;
    bool operator==(const PlacementKey&) const = default;
};
}  // namespace

void drawMapLabels(const MapViewState& state, double pixelRatio) {
    PlacementKey key{
        state.camera.centerX, state.camera.centerY,   state.camera.unitsPerPixel, state.camera.width,
        state.camera.height,  state.layersGeneration, state.fontGeneration,       {}};
    bool anyLabels = false;
    for (const SceneLayer& layer : state.scene.layers) {
        key.visible.push_back(layer.paint.visible);
        anyLabels = anyLabels || !layer.labels.empty();
    }
    if (!anyLabels) return;
    ImFont* font = ImGui::GetFont();
    const float scale = float(pixelRatio);  // framebuffer pixels per window coordinate
    // Label sizes grow with the interface on a screen with a larger content scale (4K).
    const float labelScale = scale * state.layout.uiScale;
    static PlacementKey placedFor;
    static std::vector<PlacedLabel> labels;
    if (!(key == placedFor)) {
        auto measure = [&](const std::string& text, float size) {
            const ImVec2 extent = font->CalcTextSizeA(size / scale, FLT_MAX, 0.0f, text.c_str());
            return std::pair{extent.x * scale, extent.y * scale};
        };
        const PixelBox area{0, 0, float(state.camera.width), float(state.camera.height)};
        labels = placeSceneLabels(state.scene, state.camera, labelScale, measure, {}, area);
        placedFor = key;
    }
    // Behind every panel: a panel over the map hides the labels under it, as it hides the map.
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const ImVec2 origin(state.mapArea.x, state.mapArea.y);
    // ImGui culls glyphs against the clip rectangle before they are turned: let those of a turned
    // label's text reach past it while unturned.
    float reach = 0.0f;
    for (const PlacedLabel& label : labels)
        if (label.angle != 0.0f) reach = std::max(reach, (label.width + label.height) / scale);
    if (reach > 0.0f) {
        const ImVec2 min = draw->GetClipRectMin(), max = draw->GetClipRectMax();
        draw->PushClipRect(ImVec2(min.x - reach, min.y - reach), ImVec2(max.x + reach, max.y + reach), false);
    }
    for (const PlacedLabel& label : labels) {
        // The text unturned, from the top-left of its own box (the placed box when unturned).
        // (Placed in the camera's pixels; drawn where the map's area is in the window.)
        const RotatedBox box = label.textBox();
        const ImVec2 centre(origin.x + box.cx / scale, origin.y + box.cy / scale);
        const ImVec2 at = label.angle == 0.0f
                              ? ImVec2(origin.x + label.box.x0 / scale, origin.y + label.box.y0 / scale)
                              : ImVec2(centre.x - box.halfWidth / scale, centre.y - box.halfHeight / scale);
        const float size = label.size / scale, r = std::max(1.0f, size / 8.0f);
        const int firstVertex = draw->VtxBuffer.Size;
        if (label.halo.a > 0)
            for (int i = 0; i < 8; ++i) {
                const float a = float(i) * 3.14159265f / 4.0f;
                draw->AddText(font, size, ImVec2(at.x + r * std::cos(a), at.y + r * std::sin(a)),
                              toImGui(label.halo), label.text.c_str());
            }
        draw->AddText(font, size, at, toImGui(label.color), label.text.c_str());
        if (label.angle != 0.0f) {
            // A label along a line: its glyphs' quads turned about the label's centre (y down, as
            // the placement's angle).
            const float c = std::cos(label.angle), s = std::sin(label.angle);
            for (int v = firstVertex; v < draw->VtxBuffer.Size; ++v) {
                ImVec2& p = draw->VtxBuffer[v].pos;
                const float dx = p.x - centre.x, dy = p.y - centre.y;
                p = ImVec2(centre.x + dx * c - dy * s, centre.y + dx * s + dy * c);
            }
        }
    }
    if (reach > 0.0f) draw->PopClipRect();
}

}  // namespace bashu
