#pragma once
// Neighbours by shared boundaries. Real boundaries rarely share their vertices exactly (borders
// simplified one unit at a time leave slivers and gaps), so two units touch where a vertex of one
// lies within a tolerance of the other's boundary, not only where vertices coincide.
#include <string>

#include "core/geometry.h"
#include "core/result.h"
#include "spatial/spatial_weights.h"

namespace bashu {

/// Queen: units touching at one point at least. Rook: at two distinct points at least (a shared
/// stretch of border, not a corner), as R's spdep::poly2nb counts them.
enum class Contiguity { Queen, Rook };

/// Binary contiguity weights of a polygon layer: i and j are neighbours where a vertex of one lies
/// within `tolerance` (layer units; 0: on it exactly) of a ring of the other. An error for a layer
/// that is not of polygons or a tolerance below 0.
Result<SpatialWeights> contiguityWeights(const GeometryColumn& polygons, Contiguity kind, double tolerance);

}  // namespace bashu
