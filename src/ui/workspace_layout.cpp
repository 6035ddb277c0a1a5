#include "ui/workspace_layout.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/window_report.h"

namespace bashu {

FreePart freePartOf(int width, int height, const MapCover& cover) {
    const double w = width, h = height;
    FreePart free{0.0, std::clamp(cover.top, 0.0, 0.25 * h), w, h};
    // The legend is gone round on the side that costs the map less, while the map keeps at least
    // three fifths of the width or height; a legend larger than that stays over the map.
    const double besideLoss = cover.legendWidth / w,
                 aboveLoss = cover.legendHeight / std::max(h - free.top, 1.0);
    if (cover.legendWidth > 0.0 && besideLoss <= aboveLoss && besideLoss <= 0.4)
        free.right = w - cover.legendWidth;
    else if (cover.legendHeight > 0.0 && aboveLoss <= 0.4)
        free.bottom = h - cover.legendHeight;
    return free;
}

Camera fitUncovered(const Extent& extent, int width, int height, double margin, const MapCover& cover) {
    const FreePart free = freePartOf(width, height, cover);
    Camera camera =
        Camera::fit(extent, std::max(1, int(free.width())), std::max(1, int(free.height())), margin);
    camera.width = width;
    camera.height = height;
    // The extent's centre in the middle of the free part (pixel y runs down, map y up).
    camera.centerX -= (0.5 * (free.left + free.right) - 0.5 * width) * camera.unitsPerPixel;
    camera.centerY += (0.5 * (free.top + free.bottom) - 0.5 * height) * camera.unitsPerPixel;
    return camera;
}

namespace {
constexpr float kDefaultSidebarWidth = 340.0f;  // the style controls' labels and sliders side by side
constexpr float kNarrowestSidebar = 220.0f;
constexpr float kSplitterWidth = 8.0f;
}  // namespace

int MapArea::pixelWidth() const { return std::max(1, int(std::lround(width * pixelRatio))); }
int MapArea::pixelHeight() const { return std::max(1, int(std::lround(height * pixelRatio))); }

float fittedSidebarWidth(float wanted, float windowWidth, float uiScale) {
    const float width = wanted > 0.0f ? wanted : kDefaultSidebarWidth * uiScale;
    // At most half the window, so the map keeps the larger part however small the window is.
    return std::max(std::min(width, 0.5f * windowWidth),
                    std::min(kNarrowestSidebar * uiScale, 0.5f * windowWidth));
}

MapArea mapAreaOf(float sidebarWidth, float windowWidth, float windowHeight, float barHeight,
                  float statusHeight, double pixelRatio, float dockHeight) {
    MapArea area;
    area.x = sidebarWidth;
    area.y = barHeight;
    area.width = std::max(1.0f, windowWidth - sidebarWidth);
    area.height = std::max(1.0f, windowHeight - barHeight - statusHeight - dockHeight);
    area.pixelRatio = pixelRatio;
    return area;
}

float scaled(float width) { return width * ImGui::GetFontSize() / kUiFontSize; }

float menuBarHeightFor(float uiScale, float framePaddingY) {
    return kUiFontSize * uiScale + 2.0f * framePaddingY;
}

float statusBarHeightFor(float uiScale, float framePaddingY) {
    return menuBarHeightFor(uiScale, framePaddingY) + 6.0f * uiScale;
}

float menuBarHeight(const WorkspaceLayout& layout) {
    return menuBarHeightFor(layout.uiScale, ImGui::GetStyle().FramePadding.y);
}

float statusBarHeight(const WorkspaceLayout& layout) {
    return statusBarHeightFor(layout.uiScale, ImGui::GetStyle().FramePadding.y);
}

float dockHeightFor(float windowHeight, float barHeight, float statusHeight) {
    return std::max(0.0f, 0.4f * (windowHeight - barHeight - statusHeight));
}

MapArea placeMapArea(WorkspaceLayout& layout, float windowWidth, float windowHeight, double pixelRatio) {
    layout.sidebarWidth = fittedSidebarWidth(layout.sidebarWidth, windowWidth, layout.uiScale);
    const float bar = menuBarHeight(layout), status = statusBarHeight(layout);
    const float dock = layout.tableShown ? dockHeightFor(windowHeight, bar, status) : 0.0f;
    return mapAreaOf(layout.sidebarWidth, windowWidth, windowHeight, bar, status, pixelRatio, dock);
}

void resetLayout(WorkspaceLayout& layout) {
    layout.sidebarWidth = 0.0f;  // the default from the next frame's area on
    layout.mapTitleShown = true;
    layout.resetRequested = true;
}

void beginSidebar(const MapArea& area) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + area.y));
    ImGui::SetNextWindowSize(ImVec2(area.x, area.height));
    ImGui::Begin("##sidebar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_AlwaysVerticalScrollbar);
}

void endSidebar(WorkspaceLayout& layout, const MapArea& area) {
    ImGui::End();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = kSplitterWidth * layout.uiScale;
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + area.x - 0.5f * width, viewport->Pos.y + area.y));
    ImGui::SetNextWindowSize(ImVec2(width, area.height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
    ImGui::Begin("##splitter", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
    ImGui::InvisibleButton("splitter", ImVec2(width, area.height));
    nameControl("layout/splitter");
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        const ImVec2 min = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + 0.5f * width - 1.5f, min.y),
                                                  ImVec2(min.x + 0.5f * width + 1.5f, min.y + area.height),
                                                  ImGui::GetColorU32(ImGuiCol_SeparatorActive));
    }
    if (ImGui::IsItemActive()) layout.sidebarWidth = ImGui::GetIO().MousePos.x - viewport->Pos.x;
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void anchorNextWindow(const MapArea& area, float pivotX, float pivotY) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float inset = kAnchorInset;
    const float x = area.x + inset + pivotX * (area.width - 2.0f * inset);
    const float y = area.y + inset + pivotY * (area.height - 2.0f * inset);
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + x, viewport->Pos.y + y), ImGuiCond_Always,
                            ImVec2(pivotX, pivotY));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::max(1.0f, area.width - 2.0f * inset),
                                                             std::max(1.0f, area.height - 2.0f * inset)));
}

}  // namespace bashu
