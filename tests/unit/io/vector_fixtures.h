#pragma once
// Writing small vector files through GDAL's own OGR API, so the reader is checked against files
// that GDAL itself considers well formed.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bashu::testing {

/// A field value for addFeature: null, integer, real or text.
using FieldValue = std::variant<std::monostate, long long, double, std::string>;

inline GDALDatasetUniquePtr createVectorFile(const char* driverName, const std::string& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return nullptr;
    return GDALDatasetUniquePtr(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
}

/// A CRS from an EPSG code, with x = longitude/easting as every OGR writer expects.
inline OGRSpatialReference srsFromEpsg(int code) {
    OGRSpatialReference srs;
    srs.importFromEPSG(code);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

/// Adds fields to a layer, in order.
inline void addFields(OGRLayer& layer, std::initializer_list<std::pair<const char*, OGRFieldType>> fields) {
    for (const auto& [name, type] : fields) {
        OGRFieldDefn field(name, type);
        ASSERT_EQ(layer.CreateField(&field), OGRERR_NONE) << name;
    }
}

/// Adds one feature: geometry as WKT (nullptr for none) and one value per field, in field order.
inline void addFeature(OGRLayer& layer, const char* wkt, const std::vector<FieldValue>& values = {}) {
    OGRFeature feature(layer.GetLayerDefn());
    if (wkt) {
        OGRGeometry* geometry = nullptr;
        ASSERT_EQ(OGRGeometryFactory::createFromWkt(wkt, nullptr, &geometry), OGRERR_NONE) << wkt;
        feature.SetGeometryDirectly(geometry);
    }
    for (size_t i = 0; i < values.size(); ++i) {
        const int field = int(i);
        if (const auto* n = std::get_if<long long>(&values[i]))
            feature.SetField(field, GIntBig(*n));
        else if (const auto* d = std::get_if<double>(&values[i]))
            feature.SetField(field, *d);
        else if (const auto* s = std::get_if<std::string>(&values[i]))
            feature.SetField(field, s->c_str());
        else
            feature.SetFieldNull(field);
    }
    ASSERT_EQ(layer.CreateFeature(&feature), OGRERR_NONE) << (wkt ? wkt : "(no geometry)");
}

}  // namespace bashu::testing
