#pragma once
// What an exported map looks like beyond the document: its pixel size, how much line widths,
// symbols and furniture are scaled, and which furniture is drawn. Shared by `bashu render` and
// the window's export.

namespace bashu {

struct ExportOptions {
    int width = 2048, height = 1536;  // pixels
    float pixelScale = 1.0f;          // line widths, symbols and furniture (2 for 2x; dpi / 96 on paper)
    bool legend = true, scaleBar = true, northArrow = true;
    int dpi = 0;  // written into the PNG when > 0 (a print export), so it places at its paper size
};

}  // namespace bashu
