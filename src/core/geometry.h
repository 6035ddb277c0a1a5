#pragma once
// Flat (structure-of-arrays) geometry storage for one layer: one coordinate array, with
// ring, part and feature offsets beside it. No per-feature heap objects.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/extent.h"

namespace bashu {

/// The dimension of a layer's geometries; a layer holds one kind only.
enum class GeometryKind { Point, Line, Polygon };

const char* geometryKindName(GeometryKind kind);

/// Geometry of all features of a layer.
///
/// Hierarchy: feature -> parts -> rings -> vertices.
/// - Point: each part is one ring holding one vertex (multi-points have several parts).
/// - Line: each part is one ring holding a linestring.
/// - Polygon: each part is a polygon; its first ring is the outer ring, the others are holes.
/// A feature with no parts has a null or empty geometry.
struct GeometryColumn {
    GeometryKind kind = GeometryKind::Polygon;
    std::vector<double> xy;                   // interleaved x, y per vertex
    std::vector<uint32_t> ringOffsets{0};     // first vertex of each ring; size rings + 1
    std::vector<uint32_t> partOffsets{0};     // first ring of each part; size parts + 1
    std::vector<uint32_t> featureOffsets{0};  // first part of each feature; size features + 1

    size_t featureCount() const { return featureOffsets.size() - 1; }
    size_t partCount() const { return partOffsets.size() - 1; }
    size_t ringCount() const { return ringOffsets.size() - 1; }
    size_t vertexCount() const { return xy.size() / 2; }

    /// Vertices of ring r as interleaved x, y.
    std::span<const double> ring(size_t r) const {
        return {xy.data() + 2 * size_t(ringOffsets[r]), 2 * size_t(ringOffsets[r + 1] - ringOffsets[r])};
    }

    // Building: addVertex.. endRing, endPart, endFeature, in that nesting.
    void addVertex(double x, double y) {
        xy.push_back(x);
        xy.push_back(y);
    }
    void endRing() { ringOffsets.push_back(uint32_t(vertexCount())); }
    void endPart() { partOffsets.push_back(uint32_t(ringCount())); }
    void endFeature() { featureOffsets.push_back(uint32_t(partCount())); }

    /// Bounding box of all vertices.
    Extent extent() const;
    /// Bounding box of one feature's vertices (empty for null geometries).
    Extent featureExtent(size_t feature) const;
};

/// A column holding only the `features` of `geometry` (same kind, in the order given), e.g. to
/// outline a selection.
GeometryColumn extractFeatures(const GeometryColumn& geometry, std::span<const size_t> features);

/// The same appended to `to` (of the same kind), after its own features.
void appendFeatures(GeometryColumn& to, const GeometryColumn& geometry, std::span<const size_t> features);

/// Signed area of a closed ring given as interleaved x, y (shoelace); positive when
/// counter-clockwise. The closing vertex may or may not repeat the first.
double signedRingArea(std::span<const double> ring);

/// Planar area of a polygon part: outer ring minus holes, regardless of orientation.
double polygonPartArea(const GeometryColumn& geometry, size_t part);

}  // namespace bashu
