#include "io/image_writer.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>

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
    const size_t needed = size_t(image.width) * size_t(image.height) * 4;
    if (image.rgba.size() != needed)
        return Error{path + ": image buffer holds " + std::to_string(image.rgba.size()) + " bytes, " +
                     std::to_string(image.width) + " x " + std::to_string(image.height) + " RGBA needs " +
                     std::to_string(needed)};
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    GDALDriver* png = GetGDALDriverManager()->GetDriverByName("PNG");
    if (!memory || !png) return Error{path + ": GDAL was built without the PNG driver"};

    const int bands = fullyOpaque(image) ? 3 : 4;
    return writeFileAtomically(path, [&](const std::string& temp) -> Status {
        ScopedGdalErrorCapture errors;
        GDALDatasetUniquePtr canvas(memory->Create("", image.width, image.height, bands, GDT_Byte, nullptr));
        if (!canvas) return Error{path + ": cannot allocate the image: " + errors.lastError()};
        // The RGBA buffer is pixel-interleaved: each band starts at its channel with a 4-byte stride.
        const CPLErr io = canvas->RasterIO(
            GF_Write, 0, 0, image.width, image.height, const_cast<uint8_t*>(image.rgba.data()), image.width,
            image.height, GDT_Byte, bands, nullptr, 4, GSpacing(image.width) * 4, 1, nullptr);
        if (io != CE_None) return Error{path + ": " + errors.lastError()};
        // Encode in memory, then write the bytes ourselves: GDAL's PNG driver does not report a
        // failure to flush or close its file (a full disk), and would leave a truncated PNG behind.
        static std::atomic<unsigned> serial{0};
        const std::string encoded = "/vsimem/bashu-png-" + std::to_string(serial++) + ".png";
        GDALDatasetUniquePtr written(
            png->CreateCopy(encoded.c_str(), canvas.get(), FALSE, nullptr, nullptr, nullptr));
        const bool encodedOk = written != nullptr;
        written.reset();
        vsi_l_offset length = 0;
        std::unique_ptr<GByte, void (*)(void*)> bytes(VSIGetMemFileBuffer(encoded.c_str(), &length, TRUE),
                                                      VSIFree);
        VSIUnlink((encoded + ".aux.xml").c_str());
        if (!encodedOk || !bytes || length == 0 || !errors.lastError().empty())
            return Error{path + ": cannot write PNG: " + errors.lastError()};

        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{path + ": cannot write (permission denied or read-only folder)"};
        out.write(reinterpret_cast<const char*>(bytes.get()), std::streamsize(length));
        out.close();
        if (!out) return Error{path + ": write failed (disk full?)"};
        return Ok{};
    });
}

}  // namespace bashu
