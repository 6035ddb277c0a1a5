// Reading a layer through GDAL's feature API: one OGRFeature at a time, for every driver.
#include <array>

#include "io/layer_read.h"
#include "io/ogr_geometry.h"

namespace bashu {

namespace {

void readFields(const OGRFeature& feature, LayerRead& read) {
    for (size_t c = 0; c < read.fieldsRead.size(); ++c) {
        const int i = read.fieldsRead[c];
        Column& column = read.attributes.columns[c];
        if (!feature.IsFieldSetAndNotNull(i))
            column.appendNull();
        else if (column.isNumeric())
            column.appendNumber(column.type == FieldType::Integer ? double(feature.GetFieldAsInteger64(i))
                                                                  : feature.GetFieldAsDouble(i));
        else
            column.appendString(feature.GetFieldAsString(i));
    }
}

void readGeometry(const OGRFeature& feature, LayerBuilder& builder,
                  std::array<GeometryAppender, 3>& appenders) {
    const OGRGeometry* geometry = feature.GetGeometryRef();
    if (!geometry) return builder.addNull();
    if (geometry->IsEmpty()) return builder.addEmpty();
    const char* type = OGRGeometryTypeToName(geometry->getGeometryType());
    const std::optional<GeometryKind> kind = kindOfDimension(geometry->getDimension());
    if (!kind || !builder.accepts(*kind)) return builder.addOtherKind(feature.GetFID(), type);
    if (!appenders[size_t(*kind)].append(*geometry)) return builder.addNonFinite(feature.GetFID());
    builder.addShape(feature.GetFID(), *kind, type);
}

}  // namespace

Status readByFeatures(LayerRead& read) {
    LayerBuilder& builder = read.builder;
    std::array<GeometryAppender, 3> appenders{GeometryAppender(builder.column(GeometryKind::Point)),
                                              GeometryAppender(builder.column(GeometryKind::Line)),
                                              GeometryAppender(builder.column(GeometryKind::Polygon))};
    // After this many features, room is made for all of them at the rate seen so far.
    constexpr size_t kReserveAfter = 1024;
    read.source.ResetReading();
    while (OGRFeatureUniquePtr feature{read.source.GetNextFeature()}) {
        if (read.featuresRead % kProgressEvery == 0 && !read.progress())
            return Error{read.path + ": loading cancelled"};
        ++read.featuresRead;
        readFields(*feature, read);
        readGeometry(*feature, builder, appenders);
        if (read.featuresRead == kReserveAfter) builder.reserveForTotal(read.total);
    }
    return Ok{};
}

}  // namespace bashu
