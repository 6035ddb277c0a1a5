#pragma once
// Neighbours by distance between the units' centres: the k nearest, or all within a band. On a
// layer in longitude and latitude the distance is the great-circle one, so a degree of longitude
// in the north is not taken for one at the equator.
#include <vector>

#include "core/geometry.h"
#include "core/result.h"
#include "spatial/spatial_weights.h"

namespace bashu {

struct UnitCentre {
    double x = 0, y = 0;
    bool valid = false;  // false for a null or empty geometry
};

/// Each unit's centre: a polygon's centroid (of its area, all parts), a line's mean vertex, a
/// point layer's (first) point.
std::vector<UnitCentre> unitCentres(const GeometryColumn& geometry);

/// How distances are measured: in the layer's units on the plane, or in metres on the sphere
/// (mean radius 6,371,008.8 m) for longitude/latitude in degrees.
enum class DistanceMetric { Planar, GreatCircle };

/// Distance between two centres under `metric`.
double centreDistance(const UnitCentre& a, const UnitCentre& b, DistanceMetric metric);

/// The k nearest other units of each unit (binary; not symmetric in general). An error when k is
/// below 1 or not below the number of units with a centre.
Result<SpatialWeights> nearestNeighbourWeights(const std::vector<UnitCentre>& centres, int k,
                                               DistanceMetric metric);

/// Every other unit within `band` (layer units, or metres for GreatCircle) of each unit (binary,
/// symmetric). An error for a band that is not above 0.
Result<SpatialWeights> distanceBandWeights(const std::vector<UnitCentre>& centres, double band,
                                           DistanceMetric metric);

}  // namespace bashu
