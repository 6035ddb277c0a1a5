#pragma once
// Coarser meshes of a polygon layer for views that show it small: a layer of 10^6 polygons
// seen whole puts many features in one pixel, and drawing their 10^7 triangles is what makes a
// frame take seconds on a software renderer. A level draws the features smaller than a few
// pixels as dots and the rest with vertices snapped to a grid finer than half a pixel.
#include <span>
#include <vector>

#include "core/geometry.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

namespace bashu {

/// Dots standing for features too small to draw as shapes: one per feature, at the centre of
/// its extent, `sizes` its larger side (map units), chunked like the other meshes.
struct DotMesh {
    double originX = 0.0, originY = 0.0;
    std::vector<float> positions;      // x, y per dot, relative to the origin
    std::vector<float> sizes;          // map units
    std::vector<uint32_t> featureIds;  // feature per dot
    std::vector<MeshChunk> chunks;

    size_t dotCount() const { return featureIds.size(); }
};

struct DetailLevel {
    /// Features whose extent's larger side is under this many map units are dots; the others'
    /// vertices are snapped to a grid of an eighth of it.
    double dotBelow = 0.0;
    bool allDots = false;  // every feature is a dot at this level
    PolygonMesh fill;
    LineMesh lines;
    DotMesh dots;
};

/// The layer's geometry with every vertex snapped to a grid of `grid` map units (relative to
/// the origin, so neighbours that share a border snap it alike and no crack opens between
/// them), repeated vertices dropped, and rings left with fewer than 3 vertices removed; a part
/// whose outer ring goes goes whole. Features keep their index; a feature whose extent's larger
/// side is under `dotBelow` keeps no geometry and is listed in `dotted`.
GeometryColumn snapToGrid(const GeometryColumn& geometry, double grid, double dotBelow, double originX,
                          double originY, std::vector<uint32_t>& dotted);

/// Levels for dot sizes halving from 1/64 of the layer's extent: coarsest first, each kept only
/// when its shapes and dots have at most half the layer's vertices. Empty for a layer too small
/// to need any (under 20,000 vertices) and for layers other than polygons.
std::vector<DetailLevel> buildDetailLevels(const GeometryColumn& geometry, double originX, double originY);

/// The one level of buildDetailLevels' set that chooseDetailLevel picks where a pixel spans
/// `unitsPerPixel` map units (or one drawing the same), built alone: what a scene drawn once at
/// that scale needs. Empty where the full meshes would be drawn. Without `outlines`, its lines
/// are not built (outlines of no width: an export does not draw them).
std::vector<DetailLevel> buildDetailLevelFor(const GeometryColumn& geometry, double originX, double originY,
                                             double unitsPerPixel, bool outlines = true);

/// The level to draw where a pixel spans `unitsPerPixel` map units, given each level's dotBelow
/// (coarsest first): the coarsest whose dots stand for features of at most `dotPixels` pixels,
/// so its grid is at most half a pixel; -1 for the full meshes. 4 pixels by default: below that
/// the renderer draws no outline either, so a feature shows as a patch of its colour whatever
/// its shape.
int chooseDetailLevel(std::span<const double> dotBelow, double unitsPerPixel, double dotPixels = 4.0);

/// Each level's dotBelow, coarsest first: what chooseDetailLevel chooses by.
std::vector<double> levelDotSizes(std::span<const DetailLevel> levels);

}  // namespace bashu
