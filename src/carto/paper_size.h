#pragma once
// Print sizing: a paper name, a resolution and an orientation turned into the pixel size of an
// export and the scale that keeps lines and text the same physical size on paper at any DPI.
#include <span>
#include <string_view>

#include "core/result.h"

#include "core/map_document.h"

namespace bashu {

/// A paper size in millimetres, portrait (width <= height).
struct Paper {
    std::string_view name;  // as shown to users: "A4", "Letter"
    double widthMm = 0, heightMm = 0;
};

enum class Orientation { Portrait, Landscape };

/// The limits printSize checks: resolutions in dots per inch, and pixels a side of the image.
inline constexpr int kMinPrintDpi = 36, kMaxPrintDpi = 1200;

/// The resolution `pixelScale` is relative to: one pixel at 1x is 1/96 inch, as on screens.
inline constexpr double kReferenceDpi = 96.0;

/// The paper sizes known, from the smallest ISO size up, then the North American ones.
std::span<const Paper> paperSizes();

/// The size of a print in pixels, and the pixelScale for it (dpi / 96).
struct PrintSize {
    int width = 0, height = 0;
    float pixelScale = 1.0f;
};

/// The pixel size of `paper` (a name from paperSizes(), any letter case) at `dpi` and
/// orientation. Fails with a message for an unknown name (listing the known ones), a DPI outside
/// kMinPrintDpi..kMaxPrintDpi, or an image over kMaxExportSide pixels a side (saying the highest
/// DPI that fits).
Result<PrintSize> printSize(std::string_view paper, int dpi, Orientation orientation);

}  // namespace bashu
