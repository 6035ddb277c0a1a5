#include "io/layer_crs.h"

#include <cstdio>
#include <cstdlib>

namespace bashu {

namespace {

void describeCrs(const OGRSpatialReference& srs, Layer& layer) {
    char* wkt = nullptr;
    const char* const wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    if (srs.exportToWkt(&wkt, wktOptions) == OGRERR_NONE && wkt) layer.crs = wkt;
    CPLFree(wkt);
    if (const char* name = srs.GetName()) layer.crsName = name;
    OGRSpatialReference identified(srs);
    const char* authority = identified.GetAuthorityName(nullptr);
    if (!authority) {
        identified.AutoIdentifyEPSG();
        authority = identified.GetAuthorityName(nullptr);
    }
    if (authority && std::string(authority) == "EPSG") {
        if (const char* code = identified.GetAuthorityCode(nullptr)) layer.epsg = std::atoi(code);
    }
}

// "(x 104 to 104.5, y 30.5 to 95.5)": where the coordinates lie, so a planner sees what is off.
std::string coordinateRange(const Extent& e) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "(x %.6g to %.6g, y %.6g to %.6g)", e.minX, e.maxX, e.minY, e.maxY);
    return buffer;
}

bool looksLikeLonLat(const Extent& e) {
    return !e.empty() && e.minX >= -180.0 && e.maxX <= 360.0 && e.minY >= -90.0 && e.maxY <= 90.0;
}

}  // namespace

void assignCrs(Layer& layer, const OGRSpatialReference* srs) {
    LoadReport& report = layer.report;
    const bool hasVertices = !layer.isTable && layer.geometry.vertexCount() > 0;
    const bool lonLat = hasVertices && looksLikeLonLat(layer.geometry.extent());
    if (srs && srs->IsGeographic() && hasVertices && !lonLat) {
        // GeoJSON always reports WGS 84 (RFC 7946), whatever its coordinates.
        const char* name = srs->GetName();
        const Extent e = layer.geometry.extent();
        const bool latitudesOff = e.minX >= -180.0 && e.maxX <= 360.0 && e.minY > -1000.0 && e.maxY < 1000.0;
        if (latitudesOff) {
            // Longitudes fit, latitudes go past a pole: a wrong coordinate, not a missing CRS.
            char buffer[200];
            std::snprintf(
                buffer, sizeof buffer,
                "latitudes from %.6g to %.6g go past the poles (longitudes %.6g to %.6g fit): a coordinate "
                "is wrong; fix it in the file",
                e.minY, e.maxY, e.minX, e.maxX);
            report.crsProblem = buffer;
            report.warn(report.crsProblem);
        } else {
            report.crsProblem = "no coordinate reference system and the coordinates " +
                                coordinateRange(layer.geometry.extent()) +
                                " are not longitude/latitude (the geographic CRS '" +
                                (name ? name : "unknown") +
                                "' reported for the file does not fit them and is ignored)";
            report.warn(report.crsProblem);
        }
    } else if (srs) {
        describeCrs(*srs, layer);
    } else if (hasVertices) {
        if (lonLat) {
            OGRSpatialReference wgs84;
            wgs84.importFromEPSG(4326);
            describeCrs(wgs84, layer);
            report.warn(
                "no coordinate reference system; coordinates look like longitude/latitude, assumed WGS 84 "
                "(EPSG:4326)");
        } else {
            report.crsProblem = "no coordinate reference system and the coordinates " +
                                coordinateRange(layer.geometry.extent()) + " are not longitude/latitude";
            report.warn(report.crsProblem);
        }
    }
}

}  // namespace bashu
