#include "io/wkb_feature.h"

#include <memory>
#include <optional>

#include "io/ogr_geometry.h"
#include "io/wkb_decoder.h"

namespace bashu {

namespace {

// WKB parsed by GDAL's own parser; none where it cannot.
std::unique_ptr<OGRGeometry> parsedByGdal(std::span<const uint8_t> wkb) {
    OGRGeometry* parsed = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &parsed, wkb.size()) != OGRERR_NONE) {
        delete parsed;
        return nullptr;
    }
    return std::unique_ptr<OGRGeometry>(parsed);
}

// A geometry the WKB decoder leaves to GDAL (collections, curves, surfaces, or bytes it calls
// malformed): read by GDAL's own parser into the same columns.
void readThroughGdal(std::span<const uint8_t> wkb, int64_t fid, LayerBuilder& builder) {
    const std::unique_ptr<OGRGeometry> geometry = parsedByGdal(wkb);
    if (!geometry) return builder.addNull();
    if (geometry->IsEmpty()) return builder.addEmpty();
    const char* type = OGRGeometryTypeToName(geometry->getGeometryType());
    const std::optional<GeometryKind> kind = kindOfDimension(geometry->getDimension());
    if (!kind || !builder.accepts(*kind)) return builder.addOtherKind(fid, type);
    GeometryAppender appender(builder.column(*kind));
    if (!appender.append(*geometry)) return builder.addNonFinite(fid);
    builder.addShape(fid, *kind, type);
}

}  // namespace

std::optional<Extent> wkbFeatureExtent(std::span<const uint8_t> wkb) {
    if (std::optional<Extent> box = wkbExtent(wkb)) return box;
    if (inspectWkb(wkb).outcome != WkbShape::Outcome::NotSimple) return std::nullopt;
    const std::unique_ptr<OGRGeometry> geometry = parsedByGdal(wkb);
    if (!geometry || geometry->IsEmpty()) return std::nullopt;
    OGREnvelope envelope;
    geometry->getEnvelope(&envelope);
    Extent box;
    box.include(envelope.MinX, envelope.MinY);
    box.include(envelope.MaxX, envelope.MaxY);
    return box;
}

void addWkbFeature(std::span<const uint8_t> wkb, int64_t fid, LayerBuilder& builder) {
    const WkbShape shape = inspectWkb(wkb);
    switch (shape.outcome) {
        case WkbShape::Outcome::Empty:
            return builder.addEmpty();
        case WkbShape::Outcome::NotSimple:
        case WkbShape::Outcome::Malformed:
            return readThroughGdal(wkb, fid, builder);
        case WkbShape::Outcome::Kind:
            break;
    }
    const char* type = OGRGeometryTypeToName(OGRwkbGeometryType(shape.type));
    if (!builder.accepts(shape.kind)) return builder.addOtherKind(fid, type);
    if (!appendWkb(wkb, builder.column(shape.kind))) return builder.addNonFinite(fid);
    builder.addShape(fid, shape.kind, type);
}

}  // namespace bashu
