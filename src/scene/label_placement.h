#pragma once
// Labels: where each feature's name could go (computed once per layer, in map coordinates) and
// which of them fit on a given view without overlapping each other or the furniture, most
// important first. The export and the window place labels with the same code; each draws them
// with its own text renderer, so text is measured through a function.
#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/camera.h"
#include "core/layer.h"
#include "core/map_document.h"
#include "core/point2.h"

namespace bashu {

/// A feature's label before placement.
struct LabelCandidate {
    size_t feature = 0;
    std::string text;
    // Anchor in map coordinates: deepest inside point, the point, the middle vertex of a line's
    // longest part (a line's label is placed along the line itself, per view).
    double x = 0.0, y = 0.0;
    double priority = 0.0;  // higher is placed first
};

/// The candidates of a layer (already in the map CRS) for its label style; none without a
/// label field. Features with an empty or null text are left out.
std::vector<LabelCandidate> labelCandidates(const Layer& layer, const LabelStyle& style);

/// A rectangle in image pixels (y down).
struct PixelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool overlaps(const PixelBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool inside(const PixelBox& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
};

/// A rectangle turned about its centre, in image pixels (y down). `angle` is in radians, positive
/// clockwise on the image (from +x towards +y, as SVG's rotate and Cairo's rotate turn).
struct RotatedBox {
    float cx = 0, cy = 0;
    float halfWidth = 0, halfHeight = 0;
    float angle = 0;

    /// The same rectangle unturned.
    static RotatedBox of(const PixelBox& box);
    /// Its four corners, in order around it.
    std::array<Point2, 4> corners() const;
    /// The smallest axis-aligned box holding it.
    PixelBox bound() const;
    /// Whether the two share more than an edge or a corner; exact (separating axes).
    bool overlaps(const RotatedBox& o) const;
};

/// A label that was placed: its text's box, which way the text runs, and its style.
struct PlacedLabel {
    std::string text;
    PixelBox box;     // the axis-aligned bound of the text's box (the text's box itself when unturned)
    float size = 12;  // pixels
    Rgba8 color, halo;
    // The text's own box, before turning: width and height (box's size when angle is 0), centred
    // on box's centre and turned by `angle` (RotatedBox's convention: radians, clockwise on the
    // image). Labels along lines are turned; the angle lies in (-pi/2, pi/2], so text never
    // reads upside down.
    float width = 0, height = 0;
    float angle = 0;

    /// The text's box as placed.
    RotatedBox textBox() const;
};

/// One layer's labels to place: its candidates, geometry (for fitting inside polygons), style.
struct LabelLayer {
    const std::vector<LabelCandidate>* candidates = nullptr;
    const GeometryColumn* geometry = nullptr;
    const LabelStyle* style = nullptr;
    float symbolRadius = 0;  // points: labels go beside the symbol
    // Proportional symbols: each point's diameter (pixels at 1x), instead of symbolRadius; a
    // point of no size is not drawn and gets no label.
    const std::vector<float>* symbolDiameters = nullptr;
    // What symbol sizes are multiplied by, when it is not the labels' scale (a large export's
    // text grows with the image, its symbols with pixelScale only); 0: the labels' scale.
    float symbolScale = 0;
};

/// Width and height in pixels of a text at a pixel size.
using MeasureText = std::function<std::pair<float, float>(const std::string& text, float size)>;

/// Places labels greedily: layers from the top one down, each by priority. A polygon's label
/// must lie wholly inside its polygon; a point's goes right, left, above or below its symbol,
/// whichever is free first; a line's runs along the line, centred on it, on a stretch of it
/// straight enough for the text (see placeAlongLine), the free one nearest the middle of
/// the line's visible part; a line with no such stretch gets no label. No label overlaps another
/// (with a small gap; turned labels are tested as turned boxes), an `occupied` box or leaves
/// `area`. `pixelScale` scales label sizes and gaps.
std::vector<PlacedLabel> placeLabels(const std::vector<LabelLayer>& layersTopFirst, const Camera& camera,
                                     float pixelScale, const MeasureText& measure,
                                     const std::vector<PixelBox>& occupied, const PixelBox& area);

/// A box for a label `width` x `height` pixels along a line given in pixels (y down): centred on
/// the chord between two points of the line `width + height` apart (half the height to spare at
/// each end), between which the line strays less than 0.3 x `height` from that chord, and turned
/// to the chord, flipped where needed so the text never reads upside down (angle in
/// (-pi/2, pi/2]). Stretches are tried every quarter height along the line, those nearest the
/// middle of the line's part inside `area` first; the first one inside `area` that `accept` takes
/// is returned. None when the line is too short or too bent everywhere, or none is accepted.
std::optional<RotatedBox> placeAlongLine(std::span<const Point2> line, float width, float height,
                                         const PixelBox& area,
                                         const std::function<bool(const RotatedBox&)>& accept);

}  // namespace bashu
