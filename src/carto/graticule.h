#pragma once
// Lines of longitude and latitude over an exported map (a graticule): a round interval for the
// map's extent, curved wherever the map's projection curves them, clipped to the map area, and
// where each line meets the edge of that area, for its label.
#include <functional>
#include <string>
#include <vector>

#include "core/camera.h"
#include "core/point2.h"
#include "scene/label_placement.h"

namespace bashu {

/// Converts coordinates in place: map CRS to longitude/latitude or back (NaN where impossible).
using CoordinateTransform = std::function<void(double& x, double& y)>;

/// The interval in degrees of a graticule over `spanDegrees` (the larger of the longitude and
/// latitude spans shown): the smallest round step (0.001 to 30: 1, 2, 2.5 or 5 x 10^n, and 15
/// and 30) giving at most 10 intervals across it.
double graticuleInterval(double spanDegrees);

/// A line's degrees as its label says them: "104°E", "30.5°N", "12°S", "0°", "180°"; as many
/// decimals as `interval` needs at most, none trailing (102.5°E and 105°E 2.5 degrees apart).
std::string degreeLabel(double degrees, bool longitude, double interval);

enum class FrameEdge { Left, Right, Top, Bottom };

/// Where a line of the graticule meets the edge of the map area: a meridian at the top or
/// bottom (`at` is x), a parallel at the left or right (`at` is y).
struct GraticuleTick {
    FrameEdge edge = FrameEdge::Top;
    float at = 0;
    std::string text;
};

struct Graticule {
    double interval = 0;                     // degrees between lines
    std::vector<std::vector<Point2>> lines;  // pixels, each inside the area (a line cut by the
                                             // area's edge is several)
    std::vector<GraticuleTick> ticks;
};

/// The graticule over the map seen by `camera` inside `area` (pixels): lines `interval` degrees
/// apart, or graticuleInterval of the area's extent when `interval` is 0, each densified so a
/// curve stays smooth and projected by `fromLonLat`.
Graticule buildGraticule(const Camera& camera, const PixelBox& area, const CoordinateTransform& toLonLat,
                         const CoordinateTransform& fromLonLat, double interval);

}  // namespace bashu
