#pragma once
// Point queries on one feature of a geometry column: inside it, how far from it, and the point
// deepest inside a polygon (where a label fits best). Shared by picking and label placement.
#include <cstddef>

#include "core/geometry.h"

namespace bashu {

/// Whether (x, y) lies inside the polygon feature (even-odd over all rings: holes excluded).
bool featureContains(const GeometryColumn& geometry, size_t feature, double x, double y);

/// Distance from (x, y) to the feature's nearest vertex or segment (for polygons: to its
/// boundary, inside or out).
double distanceToFeature(const GeometryColumn& geometry, size_t feature, double x, double y);

struct InteriorPoint {
    double x = 0.0, y = 0.0;
    double depth = 0.0;  // distance to the boundary: the radius of the largest circle there
};

/// The pole of inaccessibility of a polygon feature's largest part: the inside point farthest
/// from the boundary (within `precision` map units of the best), found by subdividing cells
/// best-first (Agafonkin's polylabel). A label centred there sits inside even a crescent, where
/// the centroid would be outside.
InteriorPoint poleOfInaccessibility(const GeometryColumn& geometry, size_t feature, double precision);

/// One point per feature of a polygon column, at its pole of inaccessibility (to a hundredth of
/// its size): where a proportional circle of the unit's total is drawn. A feature without
/// geometry stays without.
GeometryColumn interiorPoints(const GeometryColumn& polygons);

/// A polygon feature cut to `box` (each ring clipped to the rectangle, Sutherland–Hodgman), as a
/// column of one feature; empty (no feature) when nothing of it lies in the box. For finding a
/// label's place in the part of a unit that is on screen.
GeometryColumn clippedToBox(const GeometryColumn& geometry, size_t feature, const Extent& box);

/// The box to show a feature by: around all its parts, unless they lie apart at both edges of
/// a world map (a country cut at the map's seam: Fiji, Russia's Chukotka, the Aleutians), where
/// the box of all would be the whole map. Then, of the two groups the widest gap between its
/// parts leaves, the one with more area (polygons) or more vertices (lines, points). Parts are
/// apart when the box of all is wider than half `mapWidth` and the gap over a third of it.
Extent featureViewExtent(const GeometryColumn& geometry, size_t feature, double mapWidth);

/// Whether the feature is one ring of four corners, closed or not, with sides along the axes:
/// a cell's square, as a read thinned by a grid draws a feature under a pixel (postgis/pg_reader.h).
bool isUprightRectangle(const GeometryColumn& geometry, size_t feature);

/// The median over features of the longer side of each feature's bounding box (a sample of
/// features for large layers), in the geometry's units; 0 for a layer without geometry. It says
/// how large a layer's features typically are, e.g. whether their outlines can be told apart.
double typicalFeatureSize(const GeometryColumn& geometry);

}  // namespace bashu
