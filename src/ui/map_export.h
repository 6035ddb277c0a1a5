#pragma once
// The export dialog (Ctrl+E): the current view as PNG, GeoTIFF, SVG or PDF (by the file's
// extension) through the same path as `bashu render`,
// at the window's size, a size in pixels, or a paper size and DPI; with the title as set and the
// legend, scale bar and north arrow each optional.
#include <string>

namespace bashu {

struct MapViewState;  // ui/map_view_state.h, which holds this file's state

/// What the dialog remembers between exports.
struct ExportDialog {
    char path[1024] = {};
    int sizeMode = 0;  // 0: the window's size, 1: pixels, 2: paper
    int width = 2048, height = 1536;
    int paper = 1;  // index into paperSizes() (A4)
    int dpi = 300;
    bool landscape = true;
    char title[512] = {};
    bool legend = true, scaleBar = true, northArrow = true;
    std::string error;
    bool requested = false;  // the File menu asked for the dialog
    std::string replacing;   // a file that exists, shown as such: Export again replaces it
};

/// Handles Ctrl+E (and state.exportDialog.requested) and the dialog; outcomes go to the messages.
void drawExportDialog(MapViewState& state);

}  // namespace bashu
