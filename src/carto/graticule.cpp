#include "carto/graticule.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bashu {

namespace {

struct DegreeBox {
    double west = INFINITY, east = -INFINITY, south = INFINITY, north = -INFINITY;
    bool empty() const { return !(west <= east && south <= north); }
};

// The longitudes and latitudes the area shows, from a grid of points over it (its edges
// included, where a conic's parallels bulge furthest). Longitudes across the antimeridian are
// kept continuous (170 to 190), so the lines there are drawn in one piece.
DegreeBox areaDegrees(const Camera& camera, const PixelBox& area, const CoordinateTransform& toLonLat) {
    constexpr int kSteps = 16;
    std::vector<std::pair<double, double>> samples;
    for (int i = 0; i <= kSteps; ++i)
        for (int j = 0; j <= kSteps; ++j) {
            double x = 0, y = 0;
            camera.pixelToMap(area.x0 + (area.x1 - area.x0) * double(i) / kSteps,
                              area.y0 + (area.y1 - area.y0) * double(j) / kSteps, x, y);
            toLonLat(x, y);
            if (std::isfinite(x) && std::isfinite(y)) samples.emplace_back(x, y);
        }
    DegreeBox box;
    for (const auto& [lon, lat] : samples)
        box.west = std::min(box.west, lon), box.east = std::max(box.east, lon);
    if (box.east - box.west > 180)
        for (auto& sample : samples)
            if (sample.first < 0) sample.first += 360;
    box = DegreeBox{};
    for (const auto& [lon, lat] : samples) {
        box.west = std::min(box.west, lon), box.east = std::max(box.east, lon);
        box.south = std::min(box.south, lat), box.north = std::max(box.north, lat);
    }
    return box;
}

// Cuts a polyline to the area (Liang–Barsky on each segment); points that did not project
// (NaN) break it too.
void clipInto(const std::vector<Point2>& line, const PixelBox& area, std::vector<std::vector<Point2>>& out) {
    std::vector<Point2> piece;
    auto flush = [&] {
        if (piece.size() >= 2) out.push_back(std::move(piece));
        piece.clear();
    };
    for (size_t i = 1; i < line.size(); ++i) {
        const Point2 a = line[i - 1], b = line[i];
        if (!std::isfinite(a.x) || !std::isfinite(a.y) || !std::isfinite(b.x) || !std::isfinite(b.y)) {
            flush();
            continue;
        }
        const double dx = double(b.x) - a.x, dy = double(b.y) - a.y;
        double t0 = 0, t1 = 1;
        bool visible = true;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {double(a.x) - area.x0, double(area.x1) - a.x, double(a.y) - area.y0,
                             double(area.y1) - a.y};
        for (int k = 0; k < 4 && visible; ++k) {
            if (p[k] == 0) {
                visible = q[k] >= 0;
                continue;
            }
            const double t = q[k] / p[k];
            if (p[k] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            visible = t0 <= t1;
        }
        if (!visible) {
            flush();
            continue;
        }
        // Points on the edge are put exactly on it: the tick that labels the line is found there.
        auto at = [&](double t) {
            Point2 c{float(a.x + t * dx), float(a.y + t * dy)};
            c.x = std::clamp(c.x, area.x0, area.x1);
            c.y = std::clamp(c.y, area.y0, area.y1);
            return c;
        };
        if (t0 > 0 || piece.empty()) {
            flush();
            piece.push_back(at(t0));
        }
        piece.push_back(at(t1));
        if (t1 < 1) flush();
    }
    flush();
}

// Ticks where the ends of `pieces` lie on the edges a line of this kind is labelled at.
void addTicks(const std::vector<std::vector<Point2>>& pieces, size_t from, bool meridian,
              const std::string& text, const PixelBox& area, std::vector<GraticuleTick>& ticks) {
    for (size_t i = from; i < pieces.size(); ++i)
        for (const Point2& end : {pieces[i].front(), pieces[i].back()}) {
            if (meridian && (end.y == area.y0 || end.y == area.y1))
                ticks.push_back({end.y == area.y0 ? FrameEdge::Top : FrameEdge::Bottom, end.x, text});
            if (!meridian && (end.x == area.x0 || end.x == area.x1))
                ticks.push_back({end.x == area.x0 ? FrameEdge::Left : FrameEdge::Right, end.y, text});
        }
}

}  // namespace

double graticuleInterval(double spanDegrees) {
    static const double kSteps[] = {0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2,
                                    0.25,  0.5,   1,      2,     2.5,  5,    10,    15,   30};
    for (double step : kSteps)
        if (spanDegrees / step <= 10) return step;
    return 30;
}

std::string degreeLabel(double degrees, bool longitude, double interval) {
    if (longitude) degrees = std::remainder(degrees, 360.0);  // -180 to 180, 190 as 170°W
    int decimals = 0;
    while (decimals < 4 && std::abs(interval * std::pow(10.0, decimals) -
                                    std::round(interval * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(degrees));
    std::string text = buffer;
    // Each line as briefly as it reads: 105 and 102.5 on a 2.5-degree graticule.
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    text += "°";
    const double tolerance = 0.5 * std::pow(10.0, -decimals);
    // The equator, the prime meridian and the antimeridian are on no side.
    if (std::abs(degrees) < tolerance || (longitude && std::abs(std::abs(degrees) - 180) < tolerance))
        return text;
    return text + (longitude ? (degrees > 0 ? "E" : "W") : (degrees > 0 ? "N" : "S"));
}

Graticule buildGraticule(const Camera& camera, const PixelBox& area, const CoordinateTransform& toLonLat,
                         const CoordinateTransform& fromLonLat, double interval) {
    Graticule graticule;
    if (!toLonLat || !fromLonLat || !(area.x1 > area.x0) || !(area.y1 > area.y0)) return graticule;
    const DegreeBox box = areaDegrees(camera, area, toLonLat);
    if (box.empty()) return graticule;
    graticule.interval =
        interval > 0 ? interval : graticuleInterval(std::max(box.east - box.west, box.north - box.south));
    const double step = graticule.interval;
    // A line runs an interval past the sampled extent at each end: the area's corners may reach
    // a little further than the samples did, and the clip cuts what lies outside.
    const double south = std::max(-90.0, box.south - step), north = std::min(90.0, box.north + step);
    const double west = box.west - step, east = box.east + step;
    // Too many lines to draw usefully (a tiny interval over a large map): none.
    if ((east - west) / step + (north - south) / step > 2000) return graticule;

    auto project = [&](double lon, double lat) {
        double x = lon, y = lat, px = NAN, py = NAN;
        fromLonLat(x, y);
        if (std::isfinite(x) && std::isfinite(y)) camera.mapToPixel(x, y, px, py);
        return Point2{float(px), float(py)};
    };
    // A point every sixteenth of an interval (and at least 64 a line) keeps curved lines smooth.
    auto samples = [&](double span) { return std::max(64, int(std::ceil(span / step * 16))); };
    // Lines at whole multiples of the step, counted rather than summed, so 0.1 stays 0.1 apart.
    for (double k = std::ceil(west / step - 1e-9); k * step <= east + 1e-9; ++k) {
        const double lon = k * step;
        const int n = samples(north - south);
        std::vector<Point2> line;
        for (int i = 0; i <= n; ++i) line.push_back(project(lon, south + (north - south) * i / n));
        const size_t before = graticule.lines.size();
        clipInto(line, area, graticule.lines);
        addTicks(graticule.lines, before, true, degreeLabel(lon, true, step), area, graticule.ticks);
    }
    for (double k = std::ceil(south / step - 1e-9); k * step <= north + 1e-9; ++k) {
        const double lat = k * step;
        if (std::abs(lat) > 90 - 1e-9) continue;  // a pole is a point
        const int n = samples(east - west);
        std::vector<Point2> line;
        for (int i = 0; i <= n; ++i) line.push_back(project(west + (east - west) * i / n, lat));
        const size_t before = graticule.lines.size();
        clipInto(line, area, graticule.lines);
        addTicks(graticule.lines, before, false, degreeLabel(lat, false, step), area, graticule.ticks);
    }
    return graticule;
}

}  // namespace bashu
