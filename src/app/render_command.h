#pragma once
// `bashu render`: a map document or data files to an image file, without a window.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

struct RenderOptions {
    std::vector<std::string> inputs;  // one map document, or data files; none: the built-in map
    std::string output;
    std::optional<int> width, height;
    float scale = 1.0f;  // multiplies line widths and symbol sizes (on paper: on top of dpi / 96)
    // Print sizing instead of width/height: a paper name (scene/paper_size.h) at a resolution.
    std::string paper;
    std::optional<int> dpi;  // default kDefaultPaperDpi when a paper is given
    bool landscape = false;
    bool legend = true, scaleBar = true, northArrow = true;
    // Lines of longitude and latitude: at a round interval, or every graticuleStep degrees.
    bool graticule = false;
    std::optional<double> graticuleStep;
    // Style overrides for classified layers (for data files: every layer once --field is given).
    std::string field, method, ramp, crs;
    std::optional<int> classes;
    std::optional<int> quantileType;  // FillStyle::quantileType: 1, 5 or 7
    bool reverse = false;
    bool classesOfYear = false;  // a joined year's own classes, not held over every year
    // Small multiples: one panel per year of a joined table ("all": every year) or per field.
    std::vector<std::string> years, fields;
    std::optional<int> columns;  // of the grid; default: chosen from the panel count and shape
    // A statistics table joined to the first layer: TABLE[:SHEET], COLUMN[=LAYER_FIELD], the
    // header row (1-based) when the one found is wrong; --field then names the table's column.
    std::string join, on;
    std::optional<int> headerRow;
};

/// The resolution of --paper without --dpi: print quality.
inline constexpr int kDefaultPaperDpi = 300;

/// Renders headless and writes the image atomically; returns the process exit code. Messages
/// (errors, and warnings about anything repaired, skipped or assumed) go to stderr.
int runRender(const RenderOptions& options);

}  // namespace bashu
