#pragma once
// The window's fixed layout, as a desktop GIS has it: the menu bar on top, the status bar below,
// the sidebar (search, layers, style) on the left at a width the user drags, and the map in the
// rest. The map's own area is what fits, flights and window exports use, and what the legend,
// the feature details and the messages are anchored to, so no panel floats over the map's
// middle and no layout can be saved broken.

#include "core/camera.h"
#include "core/geometry.h"

namespace bashu {

/// What the panels anchored over the map cover of it, in the camera's pixels: the title box
/// along the top, the legend in the lower right corner.
struct MapCover {
    double top = 0.0;  // the title box's height
    double legendWidth = 0.0, legendHeight = 0.0;
    bool operator==(const MapCover&) const = default;
};

/// The part of a `width` x `height` map the panels leave free, in its pixels (y down): below the
/// title box (a quarter of the height at most), and left of the legend or above it, whichever
/// leaves the map more room (neither where the legend is too large to go round).
struct FreePart {
    double left = 0, top = 0, right = 0, bottom = 0;
    double width() const { return right - left; }
    double height() const { return bottom - top; }
};
FreePart freePartOf(int width, int height, const MapCover& cover);

/// A camera of `width` x `height` pixels showing `extent` whole (with `margin` pixels round it)
/// in the part of the map the panels leave free: below the title box (a quarter of the height at
/// most), and left of the legend or
/// above it (whichever leaves the map more room; neither where the legend is too large to go
/// round). As Home, a layer's Zoom and a search's flight show things: nothing under a panel.
Camera fitUncovered(const Extent& extent, int width, int height, double margin, const MapCover& cover);

/// Window coordinates between the map's edge and a panel anchored to it (anchorNextWindow).
inline constexpr float kAnchorInset = 8.0f;

/// Where the map is drawn in the window: the rectangle the bars and the sidebar leave free.
struct MapArea {
    float x = 0.0f, y = 0.0f, width = 1.0f, height = 1.0f;  // window coordinates (ImGui's)
    double pixelRatio = 1.0;                                // framebuffer pixels per window coordinate

    float right() const { return x + width; }
    float bottom() const { return y + height; }
    bool contains(float wx, float wy) const { return wx >= x && wx < right() && wy >= y && wy < bottom(); }
    /// The area's size in framebuffer pixels: the camera's size.
    int pixelWidth() const;
    int pixelHeight() const;
    /// A window point in the camera's pixels (framebuffer pixels from the area's top left).
    void toMapPixels(double wx, double wy, double& px, double& py) const {
        px = (wx - x) * pixelRatio;
        py = (wy - y) * pixelRatio;
    }
    /// A camera pixel as a window point.
    void toWindow(double px, double py, float& wx, float& wy) const {
        wx = x + float(px / pixelRatio);
        wy = y + float(py / pixelRatio);
    }
};

/// The user's share of the layout, kept in the settings.
struct WorkspaceLayout {
    float uiScale = 1.0f;       // the monitor's content scale beyond the pixel ratio (4K on X11: 2)
    float sidebarWidth = 0.0f;  // window coordinates; 0 or less: the default
    bool mapTitleShown = true;  // the map's title, subtitle and note over the map
    bool tableShown = false;    // the attribute table, docked under the map
    bool resetRequested = false;
};

/// The sidebar's width kept usable in a window `windowWidth` wide: the default when none is
/// set, at least the narrowest that shows its controls, at most half the window.
float fittedSidebarWidth(float wanted, float windowWidth, float uiScale);

/// The map's area in a window of `windowWidth` x `windowHeight` (window coordinates) with
/// bars `barHeight` (the menu bar) and `statusHeight` high, and a table docked under the map
/// `dockHeight` high (0: none).
MapArea mapAreaOf(float sidebarWidth, float windowWidth, float windowHeight, float barHeight,
                  float statusHeight, double pixelRatio, float dockHeight = 0.0f);

/// Height of the attribute table docked under the map: two fifths of what the bars leave.
float dockHeightFor(float windowHeight, float barHeight, float statusHeight);

/// Heights of the menu and status bars at a scale of the interface, with ImGui's frame padding
/// given: known before ImGui is set up (the first view of a window is estimated before it opens).
float menuBarHeightFor(float uiScale, float framePaddingY);
float statusBarHeightFor(float uiScale, float framePaddingY);

// The parts below need an ImGui context.

/// Height of the menu bar (one line of the interface's font with the frame padding), known
/// before the first frame so the first view fits the map's area.
float menuBarHeight(const WorkspaceLayout& layout);

/// Height of the status bar at the bottom of the window.
float statusBarHeight(const WorkspaceLayout& layout);

/// The map's area for the window's size now, with the sidebar's width corrected to fit it.
MapArea placeMapArea(WorkspaceLayout& layout, float windowWidth, float windowHeight, double pixelRatio);

/// View > Reset layout: the default sidebar width and the title shown; resetRequested asks this
/// frame's panels to open their sections and unfold (they clear it at the frame's end).
void resetLayout(WorkspaceLayout& layout);

/// Begins the sidebar's window (ImGui::Begin) left of `area`, as wide as the area leaves.
void beginSidebar(const MapArea& area);

/// Ends the sidebar's window and draws its splitter on the map's left edge: dragging it changes
/// layout.sidebarWidth (the map's area follows from the next frame).
void endSidebar(WorkspaceLayout& layout, const MapArea& area);

/// Positions the next ImGui window at a corner of the map's area, inset a little: pivotX/Y 0 is
/// the left/top corner, 1 the right/bottom one. The window cannot be moved away from it; its
/// height is kept within the area.
void anchorNextWindow(const MapArea& area, float pivotX, float pivotY);

/// The interface's font size in window coordinates (before the monitor's scale).
constexpr float kUiFontSize = 16.0f;

/// A width laid out for the interface's font at kUiFontSize, at the font's size now: fields and
/// panels grow with the font on a screen with a larger content scale. Inside an ImGui frame.
float scaled(float width);

}  // namespace bashu
