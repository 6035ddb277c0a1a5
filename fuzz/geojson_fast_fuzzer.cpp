// The GeoJSON reader without GDAL on arbitrary bytes, against GDAL's own GeoJSON driver: whatever
// it reads rather than leaving to GDAL, readVectorFile through GDAL must read to the same
// VectorFile, bit for bit (or fail with the same message). The bytes go to a real file: the fast
// reader reads local files only, never GDAL's /vsimem/.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_check.h"
#include "io/geojson_reader.h"
#include "io/vector_reader.h"

namespace {

std::string gPath;

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void checkSameColumn(const bashu::Column& fast, const bashu::Column& gdal) {
    const std::string name = "column '" + gdal.name + "'";
    BASHU_FUZZ_CHECK(fast.name == gdal.name, name + " vs '" + fast.name + "'");
    BASHU_FUZZ_CHECK(fast.type == gdal.type, name);
    BASHU_FUZZ_CHECK(fast.valid == gdal.valid, name);
    BASHU_FUZZ_CHECK(fast.strings == gdal.strings, name);
    BASHU_FUZZ_CHECK(fast.numbers.size() == gdal.numbers.size(), name);
    for (size_t i = 0; i < fast.numbers.size(); ++i)
        BASHU_FUZZ_CHECK(!fast.valid[i] || sameBits(fast.numbers[i], gdal.numbers[i]),
                         name + " row " + std::to_string(i));
}

void checkSameLayer(const bashu::Layer& fast, const bashu::Layer& gdal) {
    BASHU_FUZZ_CHECK(fast.name == gdal.name, fast.name + " vs " + gdal.name);
    BASHU_FUZZ_CHECK(fast.sourcePath == gdal.sourcePath);
    BASHU_FUZZ_CHECK(fast.crs == gdal.crs, fast.crsName + " vs " + gdal.crsName);
    BASHU_FUZZ_CHECK(fast.crsName == gdal.crsName);
    BASHU_FUZZ_CHECK(fast.epsg == gdal.epsg, std::to_string(fast.epsg) + " vs " + std::to_string(gdal.epsg));
    BASHU_FUZZ_CHECK(fast.isTable == gdal.isTable);
    const bashu::GeometryColumn &a = fast.geometry, &b = gdal.geometry;
    BASHU_FUZZ_CHECK(a.kind == b.kind);
    BASHU_FUZZ_CHECK(a.featureOffsets == b.featureOffsets);
    BASHU_FUZZ_CHECK(a.partOffsets == b.partOffsets);
    BASHU_FUZZ_CHECK(a.ringOffsets == b.ringOffsets);
    BASHU_FUZZ_CHECK(a.xy.size() == b.xy.size());
    for (size_t i = 0; i < a.xy.size(); ++i)
        BASHU_FUZZ_CHECK(sameBits(a.xy[i], b.xy[i]), "coordinate " + std::to_string(i));
    const bashu::LoadReport &r = fast.report, &s = gdal.report;
    BASHU_FUZZ_CHECK(r.featuresRead == s.featuresRead);
    BASHU_FUZZ_CHECK(r.nullGeometries == s.nullGeometries);
    BASHU_FUZZ_CHECK(r.emptyGeometries == s.emptyGeometries);
    BASHU_FUZZ_CHECK(r.invalidGeometries == s.invalidGeometries);
    BASHU_FUZZ_CHECK(r.skipped == s.skipped);
    std::string warnings;
    for (const std::string& w : r.warnings) warnings += "fast: " + w + "\n";
    for (const std::string& w : s.warnings) warnings += "gdal: " + w + "\n";
    BASHU_FUZZ_CHECK(r.warnings == s.warnings, warnings);
    BASHU_FUZZ_CHECK(r.textEncoding == s.textEncoding);
    BASHU_FUZZ_CHECK(r.crsProblem == s.crsProblem);
    BASHU_FUZZ_CHECK(fast.attributes.columns.size() == gdal.attributes.columns.size());
    for (size_t c = 0; c < fast.attributes.columns.size(); ++c)
        checkSameColumn(fast.attributes.columns[c], gdal.attributes.columns[c]);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // As the vector reader's target: no driver that reaches files or URLs named in the data.
    CPLSetConfigOption("GDAL_SKIP",
                       "VRT OGR_VRT WFS OAPIF OGCAPI WMS WMTS WCS CSW ELASTIC PLSCENES NGW GPSBabel HTTP "
                       "Carto AmigoCloud DAAS EEDA EEDAI GME");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetErrorHandler(CPLQuietErrorHandler);
    // One scratch file per fuzzing process, removed after each input: libFuzzer ends without
    // running atexit handlers, and a folder left by every run piles up in the temporary folder.
    gPath = (std::filesystem::temp_directory_path() /
             ("bashu-fuzz-geojson-" + std::to_string(::getpid()) + ".geojson"))
                .string();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    {
        std::ofstream out(gPath, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    struct RemovedAfter {
        ~RemovedAfter() {
            std::error_code ec;
            std::filesystem::remove(gPath, ec);
        }
    } removed;
    std::optional<bashu::Result<bashu::VectorFile>> fast = bashu::readGeoJsonFast(gPath, {});
    if (!fast) return 0;  // left to GDAL
    bashu::ReadOptions throughGdal;
    throughGdal.fastGeoJson = false;
    const bashu::Result<bashu::VectorFile> gdal = bashu::readVectorFile(gPath, throughGdal);
    BASHU_FUZZ_CHECK(fast->ok() == gdal.ok(), fast->ok()
                                                  ? "GDAL failed: " + gdal.error().message
                                                  : "the fast reader failed: " + fast->error().message);
    if (!gdal.ok()) {
        BASHU_FUZZ_CHECK(fast->error().message == gdal.error().message, fast->error().message);
        return 0;
    }
    BASHU_FUZZ_CHECK((*fast)->driver == gdal->driver, gdal->driver);
    BASHU_FUZZ_CHECK((*fast)->layers.size() == gdal->layers.size());
    for (size_t l = 0; l < gdal->layers.size(); ++l) checkSameLayer((*fast)->layers[l], gdal->layers[l]);
    return 0;
}
