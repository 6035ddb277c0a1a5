#include "core/geometry.h"

#include <cmath>

namespace bashu {

const char* geometryKindName(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::Point:
            return "Point";
        case GeometryKind::Line:
            return "LineString";
        case GeometryKind::Polygon:
            return "Polygon";
    }
    return "Unknown";
}

Extent GeometryColumn::extent() const {
    Extent e;
    for (size_t i = 0; i + 1 < xy.size(); i += 2) e.include(xy[i], xy[i + 1]);
    return e;
}

Extent GeometryColumn::featureExtent(size_t feature) const {
    Extent e;
    const uint32_t firstRing = partOffsets[featureOffsets[feature]];
    const uint32_t lastRing = partOffsets[featureOffsets[feature + 1]];
    for (uint32_t v = ringOffsets[firstRing]; v < ringOffsets[lastRing]; ++v)
        e.include(xy[2 * v], xy[2 * v + 1]);
    return e;
}

GeometryColumn extractFeatures(const GeometryColumn& geometry, std::span<const size_t> features) {
    GeometryColumn some;
    some.kind = geometry.kind;
    appendFeatures(some, geometry, features);
    return some;
}

void appendFeatures(GeometryColumn& some, const GeometryColumn& geometry, std::span<const size_t> features) {
    // Grown once: a view with the 185k features of its backdrop appended went through each
    // doubling of its coordinates otherwise, the old copy alive beside the new one.
    size_t coordinates = 0;
    for (size_t feature : features) {
        const uint32_t firstRing = geometry.partOffsets[geometry.featureOffsets[feature]];
        const uint32_t endRing = geometry.partOffsets[geometry.featureOffsets[feature + 1]];
        coordinates += geometry.ringOffsets[endRing] - geometry.ringOffsets[firstRing];
    }
    some.xy.reserve(some.xy.size() + 2 * coordinates);
    for (size_t feature : features) {
        for (uint32_t p = geometry.featureOffsets[feature]; p < geometry.featureOffsets[feature + 1]; ++p) {
            for (uint32_t r = geometry.partOffsets[p]; r < geometry.partOffsets[p + 1]; ++r) {
                const std::span<const double> ring = geometry.ring(r);
                some.xy.insert(some.xy.end(), ring.begin(), ring.end());
                some.endRing();
            }
            some.endPart();
        }
        some.endFeature();
    }
}

double signedRingArea(std::span<const double> ring) {
    const size_t n = ring.size() / 2;
    if (n < 3) return 0.0;
    // Shift to the first vertex so large projected coordinates do not lose precision.
    const double x0 = ring[0], y0 = ring[1];
    double twiceArea = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const size_t j = (i + 1) % n;
        twiceArea +=
            (ring[2 * i] - x0) * (ring[2 * j + 1] - y0) - (ring[2 * j] - x0) * (ring[2 * i + 1] - y0);
    }
    return 0.5 * twiceArea;
}

double polygonPartArea(const GeometryColumn& geometry, size_t part) {
    double area = 0.0;
    for (uint32_t r = geometry.partOffsets[part]; r < geometry.partOffsets[part + 1]; ++r) {
        const double a = std::abs(signedRingArea(geometry.ring(r)));
        area += (r == geometry.partOffsets[part]) ? a : -a;
    }
    return area;
}

}  // namespace bashu
