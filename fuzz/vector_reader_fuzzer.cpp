// The vector loading path on arbitrary bytes: the bytes become a file in GDAL's memory file
// system named *BASHU_FUZZ_EXTENSION (.geojson or .csv, one target each), readVectorFile reads
// it, and polygon layers are tessellated as the scene would. Whatever GDAL makes of the bytes,
// the layers handed on must be consistent (see geometry_checks.h, mesh_checks.h) and a refusal
// must name the file.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "geometry_checks.h"
#include "io/vector_reader.h"
#include "mesh_checks.h"
#include "tessellate/line_mesh.h"
#include "tessellate/polygon_mesh.h"

#ifndef BASHU_FUZZ_EXTENSION
#error "BASHU_FUZZ_EXTENSION must name the file extension, e.g. \".geojson\""
#endif

namespace {

const std::string kPath = std::string("/vsimem/bashu-fuzz/input") + BASHU_FUZZ_EXTENSION;

// Segments or points: `stride` finite floats per entry, each of an existing feature.
void checkFeatureMesh(const std::vector<float>& values, const std::vector<uint32_t>& featureIds,
                      size_t stride, const bashu::GeometryColumn& geometry) {
    BASHU_FUZZ_CHECK(values.size() == stride * featureIds.size());
    for (float v : values) BASHU_FUZZ_CHECK(std::isfinite(v));
    for (uint32_t id : featureIds) BASHU_FUZZ_CHECK(id < geometry.featureCount());
}

void checkLayer(const bashu::Layer& layer) {
    bashu::fuzz::checkGeometryColumn(layer.geometry);
    const size_t features = layer.geometry.featureCount();
    BASHU_FUZZ_CHECK(features == layer.report.featuresRead);
    for (const bashu::Column& column : layer.attributes.columns) {
        BASHU_FUZZ_CHECK(column.size() == features, column.name);
        BASHU_FUZZ_CHECK((column.isNumeric() ? column.numbers.size() : column.strings.size()) == features,
                         column.name);
    }
    if (layer.geometry.vertexCount() == 0) return;
    // The meshes the scene builds, around the layer's centre as it does.
    const bashu::Extent extent = layer.geometry.extent();
    const double originX = extent.centerX(), originY = extent.centerY();
    if (layer.geometry.kind == bashu::GeometryKind::Polygon)
        bashu::fuzz::checkPolygonMesh(bashu::tessellatePolygons(layer.geometry, originX, originY),
                                      layer.geometry);
    if (layer.geometry.kind == bashu::GeometryKind::Point) {
        const bashu::PointMesh points = bashu::buildPointMesh(layer.geometry, originX, originY);
        checkFeatureMesh(points.positions, points.featureIds, 2, layer.geometry);
    } else {
        const bashu::LineMesh lines = bashu::buildLineMesh(layer.geometry, originX, originY);
        checkFeatureMesh(lines.segments, lines.featureIds, 4, layer.geometry);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Drivers that fetch other files or URLs named inside the data (VRT: any path, /vsicurl/
    // included, whatever the file is called), web services, and GPSBabel (runs a program) stay
    // out: the fuzzer must reach no network and no file but its input. Set before GDAL
    // registers its drivers.
    CPLSetConfigOption("GDAL_SKIP",
                       "VRT OGR_VRT WFS OAPIF OGCAPI WMS WMTS WCS CSW ELASTIC PLSCENES NGW GPSBabel HTTP "
                       "Carto AmigoCloud DAAS EEDA EEDAI GME");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // The buffer is copied: GDAL may keep the file open past this call's data.
    VSILFILE* file = VSIFOpenL(kPath.c_str(), "wb");
    if (!file) return 0;
    VSIFWriteL(data, 1, size, file);
    VSIFCloseL(file);

    bashu::Result<bashu::VectorFile> read = bashu::readVectorFile(kPath);
    if (read) {
        BASHU_FUZZ_CHECK(!read->layers.empty());
        for (const bashu::Layer& layer : read->layers) checkLayer(layer);
    } else {
        BASHU_FUZZ_CHECK(read.error().message.rfind(kPath + ": ", 0) == 0, read.error().message);
    }
    VSIUnlink(kPath.c_str());
    return 0;
}
