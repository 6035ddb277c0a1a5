#include "proj/geodesic_measure.h"

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace bashu {

namespace {
const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic e{};
        geod_init(&e, 6378137.0, 1.0 / 298.257223563);
        return e;
    }();
    return g;
}
}  // namespace

double geodesicLength(std::span<const LonLat> points) {
    double total = 0.0;
    for (size_t i = 1; i < points.size(); ++i) {
        double s12 = 0.0;
        geod_inverse(&wgs84(), points[i - 1].lat, points[i - 1].lon, points[i].lat, points[i].lon, &s12,
                     nullptr, nullptr);
        total += s12;
    }
    return total;
}

GeodesicArea geodesicArea(std::span<const LonLat> points) {
    if (points.size() < 3) return {0.0, 2.0 * geodesicLength(points)};
    std::vector<double> lats, lons;
    for (const LonLat& p : points) {
        lats.push_back(p.lat);
        lons.push_back(p.lon);
    }
    GeodesicArea result;
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), int(points.size()), &result.area, &result.perimeter);
    result.area = std::abs(result.area);
    return result;
}

}  // namespace bashu
