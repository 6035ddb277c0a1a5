#pragma once
// The window's own account of itself, for whoever drives it from outside (the GUI tests): with
// BASHU_WINDOW_REPORT=<file> set, after each frame the file says the frame's number, whether the
// window has gone idle (nothing loading, moving or animating: what is on screen is final), where
// it saw the pointer and whether the left button was down, and where its named controls are on
// the screen. A test waits for an idle frame after its input
// instead of for a fixed time, and clicks a control by name instead of at a pixel position, so a
// slow machine or a new layout does not break it. Nothing is recorded or written without it.
#include <string>
#include <string_view>
#include <vector>

namespace bashu {

/// Whether the report is asked for (read once from the environment).
bool windowReportWanted();

/// Names the ImGui item drawn last: its rectangle goes into this frame's report. Names are
/// paths a test can spell: "layers/visible/polygons", "style/classes", given as a prefix and a
/// part joined only when a report is wanted (no string is built per frame without one).
/// `width` > 0 keeps only that much of it from the left: a slider's frame without its label.
void nameControl(std::string_view name, std::string_view suffix = {}, float width = 0.0f);

/// Names a region of the window that is no ImGui item (the map's area), in window coordinates.
void nameRegion(std::string_view name, float x, float y, float width, float height);

/// Writes the report of the frame just drawn (atomically: a reader never sees half of it), the
/// window's top left corner at (windowX, windowY) on the screen, and starts the next frame's.
/// What the frame showed besides its controls: for a driver to check by name and text.
struct WindowFacts {
    bool idle = false;
    std::vector<std::string> underWay;  // what keeps it from being idle ("loading", "flight")
    int windowX = 0, windowY = 0;       // the window's top left corner on the screen
    std::vector<std::string> layers;    // the map's layers, bottom first
    std::vector<std::string> errors;    // the error messages said so far, newest first
    std::string newestMessage;          // the message the status bar shows, if any
    std::string title;                  // the window's title ("* ..." with unsaved changes)
    std::string selected;               // "layer: feature" selected, if any
    std::vector<std::string> here;      // "What is here": "layer: feature", topmost first
    std::vector<std::string> brushed;   // the brushed features' names (ui/inspection.h)
    double unitsPerPixel = 0.0;         // the map's scale: map units per framebuffer pixel
    std::string measure;                // the measure's figures as drawn, if any
    // PostGIS layers (ui/layer_streaming.h): each one's features held now, and the reads done
    // and cancelled for the views shown, and the views drawn again from those kept (no server).
    std::vector<std::pair<std::string, size_t>> streamedFeatures, viewFeatures;
    size_t streamedReads = 0, streamedCancelled = 0, streamedFromCache = 0;
    size_t searchHits = 0;      // in the search box's list
    std::string serverFeature;  // the PostGIS row of the selected feature (ui/server_inspection.h)
};
void writeWindowReport(const WindowFacts& facts);

}  // namespace bashu
