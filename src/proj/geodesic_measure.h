#pragma once
// Distances and areas measured on the WGS 84 ellipsoid (PROJ's geodesic routines, Karney's
// algorithms): what a planner's measuring tool must give whatever the map's projection, since a
// projected map stretches lengths and areas away from its standard lines.
#include <span>

namespace bashu {

/// A point in degrees.
struct LonLat {
    double lon = 0.0, lat = 0.0;
};

/// Length in metres of the path through `points`, along the geodesic between each pair.
double geodesicLength(std::span<const LonLat> points);

/// Area (m², positive whichever way the ring runs) and perimeter (m) of the polygon whose corners
/// are `points` (closed by itself: the last corner joins the first).
struct GeodesicArea {
    double area = 0.0, perimeter = 0.0;
};
GeodesicArea geodesicArea(std::span<const LonLat> points);

}  // namespace bashu
