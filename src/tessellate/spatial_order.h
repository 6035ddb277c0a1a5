#pragma once
// Meshes built in spatial order, a grid cell at a time, so that the renderer can skip the cells
// out of view: zoomed into a layer of 10^6 polygons, only the few thousand on screen are drawn.
#include <cstdint>
#include <span>
#include <vector>

#include "core/geometry.h"

namespace bashu {

/// A run of a mesh's primitives (indices of triangles, or segments) that lie together, with the
/// extent of their vertices relative to the mesh origin. A mesh's chunks follow one another:
/// each starts where the one before ends, and together they cover every primitive.
struct MeshChunk {
    uint32_t first = 0, count = 0;
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
};

/// The features of a layer cell by cell of a grid over its extent (each feature in the cell
/// holding the centre of its own extent; features without a finite vertex in the first cell),
/// cells row by row, features in their order within a cell. Cells are sized to hold about
/// `verticesPerCell` vertices on average.
struct SpatialOrder {
    std::vector<uint32_t> features;    // every feature once
    std::vector<uint32_t> cellStarts;  // cell c holds features[cellStarts[c], cellStarts[c + 1])
};

SpatialOrder spatialOrder(const GeometryColumn& geometry, size_t verticesPerCell = 8192);

/// The same for points given as interleaved x, y (NaN: no position, put in the first cell), each
/// counting as `verticesEach` vertices: the dots of a detail level, without a column of them.
SpatialOrder spatialOrderOfPoints(std::span<const double> xy, size_t verticesEach = 1,
                                  size_t verticesPerCell = 8192);

/// Extent of x, y pairs (floats, interleaved) in `xy`; all zero when there are none.
MeshChunk chunkExtent(std::span<const float> xy, uint32_t first, uint32_t count);

}  // namespace bashu
