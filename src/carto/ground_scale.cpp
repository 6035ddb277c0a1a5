#include "carto/ground_scale.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace bashu {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kRadians = std::numbers::pi / 180.0;

bool finite(double x, double y) { return std::isfinite(x) && std::isfinite(y); }

}  // namespace

double haversineMetres(double lon1, double lat1, double lon2, double lat2) {
    const double sinLat = std::sin(0.5 * (lat2 - lat1) * kRadians);
    const double sinLon = std::sin(0.5 * (lon2 - lon1) * kRadians);
    const double a =
        sinLat * sinLat + std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * sinLon * sinLon;
    return 2.0 * kMeanEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

double groundMetresPerPixel(const MapScene& scene, const Camera& camera) {
    if (!scene.toLonLat) return kNaN;
    // One pixel either side of the centre: the local scale, right at any zoom (a long baseline
    // would measure a chord, wrong on a zoomed-out map in degrees).
    double x1 = camera.centerX - camera.unitsPerPixel, y1 = camera.centerY;
    double x2 = camera.centerX + camera.unitsPerPixel, y2 = camera.centerY;
    scene.toLonLat(x1, y1);
    scene.toLonLat(x2, y2);
    if (!finite(x1, y1) || !finite(x2, y2)) return kNaN;
    return 0.5 * haversineMetres(x1, y1, x2, y2);
}

double northDirection(const MapScene& scene, const Camera& camera) {
    if (!scene.toLonLat || !scene.fromLonLat) return kNaN;
    double lon = camera.centerX, lat = camera.centerY;
    scene.toLonLat(lon, lat);
    if (!finite(lon, lat)) return kNaN;
    // A step of about a pixel on the ground; southwards near the pole, then turned round.
    const double metres = groundMetresPerPixel(scene, camera);
    const double step =
        std::isfinite(metres) && metres > 0 ? metres / kMeanEarthRadiusMetres / kRadians : 1e-4;
    const bool south = lat + step > 90.0;
    double x0 = lon, y0 = lat, x1 = lon, y1 = south ? lat - step : lat + step;
    scene.fromLonLat(x0, y0);
    scene.fromLonLat(x1, y1);
    if (!finite(x0, y0) || !finite(x1, y1) || (x0 == x1 && y0 == y1)) return kNaN;
    const double angle = std::atan2(x1 - x0, y1 - y0);
    return south ? std::remainder(angle + std::numbers::pi, 2.0 * std::numbers::pi) : angle;
}

}  // namespace bashu
