#pragma once
// The view onto the map: what map coordinate is at the centre and how many map units a pixel
// spans. Kept in double precision; the GPU gets float offsets relative to each layer's origin.
#include "core/extent.h"

namespace bashu {

/// Per-layer transform to clip space: clip = position * scale + offset, where position is a
/// float relative to the layer origin. Computed in double, so precision is kept at any zoom.
struct ClipTransform {
    float scaleX = 1, scaleY = 1, offsetX = 0, offsetY = 0;
};

struct Camera {
    double centerX = 0.0, centerY = 0.0;  // map CRS units
    double unitsPerPixel = 1.0;           // map units per pixel (> 0)
    int width = 1, height = 1;            // viewport in pixels

    /// A camera showing all of `extent` in a w x h viewport, keeping `marginPixels` free on each
    /// side. An empty or degenerate extent gets a sensible default scale.
    static Camera fit(const Extent& extent, int w, int h, double marginPixels);

    /// Map coordinates of a pixel position (x right, y down, (0,0) the top-left corner).
    void pixelToMap(double px, double py, double& x, double& y) const;
    /// Pixel position of a map coordinate.
    void mapToPixel(double x, double y, double& px, double& py) const;
    /// The map area the viewport shows.
    Extent visibleExtent() const;
    /// Zooms by `factor` (> 1 zooms in) keeping the map point under pixel (px, py) where it is.
    void zoomAbout(double px, double py, double factor);
    /// Shows the box between two pixel corners (any order) as large as the viewport allows: a
    /// shift-drag box zoom. Boxes narrower than a pixel leave the camera as it is.
    void zoomToBox(double px0, double py0, double px1, double py1);
    /// Moves the view so the map follows the pointer by (dx, dy) pixels (a drag).
    void panByPixels(double dx, double dy);
    /// Keeps the centre, changes the viewport size (a window resize shows more or less map).
    void resize(int w, int h);

    /// Transform of a layer whose GPU coordinates are relative to (originX, originY).
    ClipTransform clipTransform(double originX, double originY) const;
};

}  // namespace bashu
