#pragma once
// True distances and directions on the ground for a view of a scene in any map CRS (metres,
// degrees, anything PROJ knows), measured through the scene's lon/lat conversions.
#include "core/camera.h"
#include "scene/map_scene.h"

namespace bashu {

/// The mean Earth radius (IUGG), the sphere distances are measured on.
inline constexpr double kMeanEarthRadiusMetres = 6371008.8;

/// Great-circle distance in metres between two lon/lat points (degrees), on the mean sphere.
double haversineMetres(double lon1, double lat1, double lon2, double lat2);

/// Metres on the ground that one pixel spans horizontally at the centre of the camera's view.
/// NaN when the scene has no lon/lat conversion or its centre cannot be converted.
double groundMetresPerPixel(const MapScene& scene, const Camera& camera);

/// The direction of north at the centre of the camera's view, in radians clockwise from straight
/// up on screen (grid north of the map CRS there; 0 when north is up). NaN when unknown.
double northDirection(const MapScene& scene, const Camera& camera);

}  // namespace bashu
