#pragma once
// Writing rendered images to files through GDAL's raster drivers.
#include <string>

#include "core/image.h"
#include "core/result.h"

namespace bashu {

/// Writes an RGBA image as PNG (through GDAL's PNG driver), atomically: an existing file is
/// replaced only once the new one is complete. Drops the alpha band when every pixel is opaque.
Status writePng(const Image& image, const std::string& path);

}  // namespace bashu
