#pragma once
// Douglas-Peucker simplification, for meshes of a view where its tolerance is a fraction of a
// pixel: the same picture from far fewer vertices.
#include <cstddef>
#include <utility>
#include <vector>

#include "core/geometry.h"

namespace bashu {

/// Marks in `keep` (one entry per vertex of xy[begin, end), interleaved x, y) the vertices
/// Douglas-Peucker keeps at `tolerance`: both ends, and every vertex farther than it from the line
/// through the kept ones around it. A run with a NaN or infinite vertex keeps every vertex.
/// `stack` is scratch, kept by the caller between calls.
void keptVertices(const double* xy, size_t begin, size_t end, double tolerance, std::vector<char>& keep,
                  std::vector<std::pair<size_t, size_t>>& stack);

/// A polygon column with each ring simplified at `tolerance` (its first vertex, which closes it,
/// always kept); rings left with fewer than 3 distinct vertices are dropped, and a part whose outer
/// ring goes goes whole (it was smaller than the tolerance). Features keep their index.
GeometryColumn simplifyPolygons(const GeometryColumn& geometry, double tolerance);

}  // namespace bashu
