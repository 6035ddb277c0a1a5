#include "io/image_writer.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <array>
#include <atomic>
#include <cmath>
#include <fstream>
#include <memory>

#include "core/atomic_write.h"
#include "core/png_encoder.h"
#include "io/gdal_errors.h"

namespace bashu {

namespace {
Status checkImage(const Image& image, const std::string& path) {
    if (image.width <= 0 || image.height <= 0) return Error{path + ": nothing to write (empty image)"};
    const size_t needed = size_t(image.width) * size_t(image.height) * 4;
    if (image.rgba.size() != needed)
        return Error{path + ": image buffer holds " + std::to_string(image.rgba.size()) + " bytes, " +
                     std::to_string(image.width) + " x " + std::to_string(image.height) + " RGBA needs " +
                     std::to_string(needed)};
    return Ok{};
}

// Encodes the image with a GDAL driver in memory and returns the file's bytes. Encoding in
// memory and writing the bytes ourselves matters: GDAL's drivers do not all report a failure to
// flush or close their file (a full disk) and would leave a truncated file behind.
Result<std::string> encode(const Image& image, const char* driverName, const std::string& path,
                           const GeoReference* where, char** options) {
    ensureGdalRegistered();
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!memory || !driver)
        return Error{path + ": GDAL was built without the " + std::string(driverName) + " driver"};
    const int bands = image.opaque() ? 3 : 4;
    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr canvas(memory->Create("", image.width, image.height, bands, GDT_Byte, nullptr));
    if (!canvas) return Error{path + ": cannot allocate the image: " + errors.lastError()};
    // The RGBA buffer is pixel-interleaved: each band starts at its channel with a 4-byte stride.
    const CPLErr io = canvas->RasterIO(GF_Write, 0, 0, image.width, image.height,
                                       const_cast<uint8_t*>(image.rgba.data()), image.width, image.height,
                                       GDT_Byte, bands, nullptr, 4, GSpacing(image.width) * 4, 1, nullptr);
    if (io != CE_None) return Error{path + ": " + errors.lastError()};
    if (where) {
        double transform[6] = {where->originX,     where->pixelWidth, 0.0, where->originY, 0.0,
                               -where->pixelHeight};
        OGRSpatialReference crs;
        if (crs.SetFromUserInput(where->crs.c_str()) != OGRERR_NONE)
            return Error{path + ": the map CRS cannot be written: " + where->crs};
        if (canvas->SetGeoTransform(transform) != CE_None || canvas->SetSpatialRef(&crs) != CE_None)
            return Error{path + ": cannot georeference the image: " + errors.lastError()};
    }
    static std::atomic<unsigned> serial{0};
    const std::string encoded = "/vsimem/bashu-image-" + std::to_string(serial++);
    GDALDatasetUniquePtr written(
        driver->CreateCopy(encoded.c_str(), canvas.get(), FALSE, options, nullptr, nullptr));
    const bool encodedOk = written != nullptr;
    written.reset();
    vsi_l_offset length = 0;
    std::unique_ptr<GByte, void (*)(void*)> bytes(VSIGetMemFileBuffer(encoded.c_str(), &length, TRUE),
                                                  VSIFree);
    VSIUnlink((encoded + ".aux.xml").c_str());
    if (!encodedOk || !bytes || length == 0 || !errors.lastError().empty())
        return Error{path + ": cannot write " + std::string(driverName) + ": " + errors.lastError()};
    return std::string(reinterpret_cast<const char*>(bytes.get()), size_t(length));
}

Status writeBytes(const std::string& bytes, const std::string& path) {
    return writeFileAtomically(path, [&](const std::string& temp) -> Status {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{path + ": cannot write (permission denied or read-only folder)"};
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.close();
        if (!out) return Error{path + ": write failed (disk full?)"};
        return Ok{};
    });
}
}  // namespace

Status writePng(const Image& image, const std::string& path, int dpi) {
    if (Status valid = checkImage(image, path); !valid) return valid;
    Result<std::string> png = encodePng(image, dpi);
    if (!png) return Error{path + ": " + png.error().message};
    return writeBytes(*png, path);
}

Status writeGeoTiff(const Image& image, const GeoReference& where, const std::string& path) {
    if (Status valid = checkImage(image, path); !valid) return valid;
    if (!(where.pixelWidth > 0) || !(where.pixelHeight > 0) || !std::isfinite(where.originX) ||
        !std::isfinite(where.originY))
        return Error{path + ": the image has no valid position on the map"};
    const char* options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", nullptr};
    Result<std::string> tiff = encode(image, "GTiff", path, &where, const_cast<char**>(options));
    if (!tiff) return tiff.error();
    return writeBytes(*tiff, path);
}

}  // namespace bashu
