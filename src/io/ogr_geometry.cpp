#include "io/ogr_geometry.h"

#include <cmath>
#include <memory>

namespace bashu {

std::optional<GeometryKind> kindOfType(OGRwkbGeometryType type) {
    switch (wkbFlatten(type)) {
        case wkbPoint:
        case wkbMultiPoint:
            return GeometryKind::Point;
        case wkbLineString:
        case wkbMultiLineString:
        case wkbCircularString:
        case wkbCompoundCurve:
        case wkbMultiCurve:
            return GeometryKind::Line;
        case wkbPolygon:
        case wkbMultiPolygon:
        case wkbCurvePolygon:
        case wkbMultiSurface:
        case wkbTriangle:
        case wkbPolyhedralSurface:
        case wkbTIN:
            return GeometryKind::Polygon;
        default:
            return std::nullopt;
    }
}

std::optional<GeometryKind> kindOfDimension(int dimension) {
    switch (dimension) {
        case 0:
            return GeometryKind::Point;
        case 1:
            return GeometryKind::Line;
        case 2:
            return GeometryKind::Polygon;
        default:
            return std::nullopt;
    }
}

bool GeometryAppender::append(const OGRGeometry& geometry) {
    const size_t vertices = column_.xy.size(), rings = column_.ringOffsets.size(),
                 parts = column_.partOffsets.size();
    finite_ = true;
    appendAny(geometry);
    if (!finite_) {
        // Roll back the partial feature so a bad coordinate never reaches the map.
        column_.xy.resize(vertices);
        column_.ringOffsets.resize(rings);
        column_.partOffsets.resize(parts);
    }
    return finite_;
}

void GeometryAppender::appendAny(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            const auto& p = *g.toPoint();
            if (p.IsEmpty()) return;
            addVertex(p.getX(), p.getY());
            column_.endRing();
            column_.endPart();
            return;
        }
        case wkbLineString:
        case wkbLinearRing:
            appendRing(*g.toSimpleCurve());
            column_.endPart();
            return;
        case wkbPolygon: {
            const auto& polygon = *g.toPolygon();
            if (polygon.IsEmpty()) return;
            for (const OGRLinearRing* ring : polygon) appendRing(*ring);
            column_.endPart();
            return;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* member : *g.toGeometryCollection())
                if (kindOfDimension(member->getDimension()) == column_.kind) appendAny(*member);
            return;
        default: {
            // Curves and surfaces: draw their linear approximation.
            std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
            if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(g.getGeometryType()))
                appendAny(*linear);
            return;
        }
    }
}

void GeometryAppender::appendRing(const OGRSimpleCurve& ring) {
    const int n = ring.getNumPoints();
    buffer_.resize(size_t(n));
    ring.getPoints(buffer_.data());
    for (const OGRRawPoint& p : buffer_) addVertex(p.x, p.y);
    column_.endRing();
}

void GeometryAppender::addVertex(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) finite_ = false;
    column_.addVertex(x, y);
}

}  // namespace bashu
