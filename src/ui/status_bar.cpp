#include "ui/status_bar.h"

#include <imgui.h>

#include <cmath>

#include "carto/ground_scale.h"
#include "thematic/number_format.h"
#include "ui/layer_loading.h"
#include "ui/map_view_state.h"

namespace bashu {

namespace {
// How long the newest message stays in the status bar.
constexpr std::chrono::seconds kMessageShown{8};

// `text` cut to `width` with "…" (at a character's start: UTF-8 is never split).
std::string fittedText(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    const std::string ellipsis = "…";
    size_t lo = 0, hi = text.size();  // the longest prefix that fits, by bisection
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && mid < text.size() && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
        if (mid <= lo) break;
        if (ImGui::CalcTextSize((text.substr(0, mid) + ellipsis).c_str()).x <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > 0 && lo < text.size() && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) --lo;
    return text.substr(0, lo) + ellipsis;
}
}  // namespace

std::optional<double> secondsUntilStatusChanges(const MapViewState& state) {
    if (state.messages.entries.empty()) return std::nullopt;
    const auto left = state.messages.entries.front().when + kMessageShown - std::chrono::steady_clock::now();
    if (left <= std::chrono::steady_clock::duration::zero()) return std::nullopt;
    return std::chrono::duration<double>(left).count();
}

void drawStatusBar(MapViewState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = statusBarHeight(state.layout);
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
    ImGui::Begin("##status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (state.scene.layers.empty()) {
        // No map yet (the first file is loading, or every layer was removed): no position,
        // scale or CRS to speak of.
        ImGui::TextUnformatted(layersLoading(state) ? "loading..." : "no layers");
    } else {
        if (state.navigation.cursorOverMap && std::isfinite(state.navigation.cursorLon))
            ImGui::Text("%.5f° %s  %.5f° %s", std::abs(state.navigation.cursorLon),
                        state.navigation.cursorLon < 0 ? "W" : "E", std::abs(state.navigation.cursorLat),
                        state.navigation.cursorLat < 0 ? "S" : "N");
        else
            ImGui::TextUnformatted("-");
        ImGui::SameLine(ImGui::GetFontSize() * 14);
        // Ground metres per pixel at the view's centre (right in any map CRS, degrees too), at
        // 96 dpi (0.254 mm per pixel), as a 1:N scale.
        if (const double metres = groundMetresPerPixel(state.scene, state.camera); std::isfinite(metres))
            ImGui::Text("1:%s", formatNumber(metres / 0.000254, 0).c_str());
        else
            ImGui::TextUnformatted("1:?");
        ImGui::SameLine(ImGui::GetFontSize() * 22);
        ImGui::TextUnformatted(state.crsName.c_str());
        // A PostGIS layer being read for the view: what is drawn is the last read until it comes.
        if (std::optional<std::string> reading = streamingText(state)) {
            ImGui::SameLine();
            ImGui::TextDisabled("  %s", reading->c_str());
        }
    }
    // The newest message for a few seconds (where an export went, what failed): the Messages
    // panel keeps them all.
    if (!state.messages.entries.empty()) {
        const Message& newest = state.messages.entries.front();
        if (std::chrono::steady_clock::now() - newest.when < kMessageShown) {
            ImGui::SameLine(0.0f, ImGui::GetFontSize() * 3);
            // One line: what does not fit ends in "…", the whole text is in the tooltip and in
            // Messages (a click opens it).
            const std::string shown = fittedText(newest.text, ImGui::GetContentRegionAvail().x);
            if (newest.error)
                ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", shown.c_str());
            else
                ImGui::TextUnformatted(shown.c_str());
            if (shown != newest.text && ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40);
                ImGui::TextUnformatted(newest.text.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            if (ImGui::IsItemClicked()) state.messages.reveal = true;
        }
    }
    ImGui::End();
}

}  // namespace bashu
