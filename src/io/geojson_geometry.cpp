#include "io/geojson_geometry.h"

namespace bashu::geojson {

namespace {

OGRwkbGeometryType flatTypeOf(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
            return wkbPoint;
        case GeometryType::LineString:
            return wkbLineString;
        case GeometryType::Polygon:
            return wkbPolygon;
        case GeometryType::MultiPoint:
            return wkbMultiPoint;
        case GeometryType::MultiLineString:
            return wkbMultiLineString;
        case GeometryType::MultiPolygon:
            return wkbMultiPolygon;
    }
    return wkbUnknown;
}

int nestingOf(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
            return 0;
        case GeometryType::LineString:
        case GeometryType::MultiPoint:
            return 1;
        case GeometryType::Polygon:
        case GeometryType::MultiLineString:
            return 2;
        case GeometryType::MultiPolygon:
            return 3;
    }
    return -1;
}

}  // namespace

void ParsedGeometry::clear() {
    depth = -1;
    hasZ = someUnclosed = false;
    xy.clear();
    innerEnds.clear();
    outerEnds.clear();
}

bool ParsedGeometry::nestingFits() const { return depth == nestingOf(type); }

size_t ParsedGeometry::partCount() const {
    switch (type) {
        case GeometryType::Point:
        case GeometryType::LineString:
        case GeometryType::Polygon:
            return 1;
        case GeometryType::MultiPoint:
            return xy.size() / 2;
        case GeometryType::MultiLineString:
            return innerEnds.size();
        case GeometryType::MultiPolygon:
            return outerEnds.size();
    }
    return 0;
}

void ParsedGeometry::appendTo(GeometryColumn& column) const {
    const size_t vertices = xy.size() / 2;
    column.xy.insert(column.xy.end(), xy.begin(), xy.end());
    const uint32_t base = uint32_t(column.vertexCount() - vertices);
    switch (type) {
        case GeometryType::Point:
        case GeometryType::MultiPoint:
            // A point is a part of one ring of one vertex.
            for (size_t v = 1; v <= vertices; ++v) {
                column.ringOffsets.push_back(base + uint32_t(v));
                column.endPart();
            }
            return;
        case GeometryType::LineString:
            column.endRing();
            column.endPart();
            return;
        case GeometryType::MultiLineString:
            for (const uint32_t end : innerEnds) {
                column.ringOffsets.push_back(base + end);
                column.endPart();
            }
            return;
        case GeometryType::Polygon:
            for (const uint32_t end : innerEnds) column.ringOffsets.push_back(base + end);
            column.endPart();
            return;
        case GeometryType::MultiPolygon: {
            const uint32_t ringBase = uint32_t(column.ringCount());  // before this geometry's rings
            for (const uint32_t end : innerEnds) column.ringOffsets.push_back(base + end);
            for (const uint32_t end : outerEnds) column.partOffsets.push_back(ringBase + end);
            return;
        }
    }
}

GeometryKind kindOf(GeometryType type) {
    switch (type) {
        case GeometryType::Point:
        case GeometryType::MultiPoint:
            return GeometryKind::Point;
        case GeometryType::LineString:
        case GeometryType::MultiLineString:
            return GeometryKind::Line;
        case GeometryType::Polygon:
        case GeometryType::MultiPolygon:
            return GeometryKind::Polygon;
    }
    return GeometryKind::Polygon;
}

OGRwkbGeometryType ogrTypeOf(const ParsedGeometry& geometry) {
    const OGRwkbGeometryType flat = flatTypeOf(geometry.type);
    return geometry.hasZ ? OGR_GT_SetZ(flat) : flat;
}

void LayerTypeTracker::add(OGRwkbGeometryType type) {
    if (first_) {
        type_ = type;
        first_ = false;
    } else if (OGR_GT_HasZ(type) && !OGR_GT_HasZ(type_) && wkbFlatten(type) == wkbFlatten(type_)) {
        type_ = type;
    } else if (!OGR_GT_HasZ(type) && OGR_GT_HasZ(type_) && wkbFlatten(type) == wkbFlatten(type_)) {
        // a 2D geometry in a 3D layer of its type: the layer stays 3D
    } else if (type != type_ && type_ != wkbUnknown) {
        type_ = wkbUnknown;
    }
}

}  // namespace bashu::geojson
