#include "io/image_writer.h"

#include <gdal_priv.h>

#include <algorithm>

#include "core/atomic_write.h"
#include "io/gdal_errors.h"

namespace bashu {

namespace {
bool fullyOpaque(const Image& image) {
    for (size_t i = 3; i < image.rgba.size(); i += 4)
        if (image.rgba[i] != 255) return false;
    return true;
}
}  // namespace

Status writePng(const Image& image, const std::string& path) {
    ensureGdalRegistered();
    if (image.width <= 0 || image.height <= 0) return Error{path + ": nothing to write (empty image)"};
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
    if (!memory || !png) return Error{path + ": GDAL was built without the PNG driver"};

    const int bands = fullyOpaque(image) ? 3 : 4;
    return writeFileAtomically(path, [&](const std::string& temp) -> Status {
        ScopedGdalErrorCapture errors;
        GDALDatasetUniquePtr canvas(memory->Create("", image.width, image.height, bands, GDT_Byte, nullptr));
        if (!canvas) return Error{path + ": cannot allocate the image: " + errors.lastError()};
        // The RGBA buffer is pixel-interleaved: each band starts at its channel with a 4-byte stride.
        const CPLErr io = canvas->RasterIO(GF_Write, 0, 0, image.width, image.height,
                                           const_cast<uint8_t*>(image.rgba.data()), image.width, image.height,
                                           GDT_Byte, bands, nullptr, 4, GSpacing(image.width) * 4, 1, nullptr);
        if (io != CE_None) return Error{path + ": " + errors.lastError()};
        GDALDatasetUniquePtr written(png->CreateCopy(temp.c_str(), canvas.get(), FALSE, nullptr, nullptr, nullptr));
        if (!written) return Error{path + ": cannot write PNG: " + errors.lastError()};
        written.reset();  // flushes and closes before the rename
        if (!errors.lastError().empty()) return Error{path + ": " + errors.lastError()};
        return Ok{};
    });
}

}  // namespace bashu
