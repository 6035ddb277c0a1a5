#pragma once
// Reading raster images (PNG and anything GDAL reads) into RGBA, for comparisons and checks.
#include <string>

#include "core/image.h"
#include "core/result.h"

namespace bashu {

/// Reads the first 1-4 bands of an image as RGBA (grey expands to RGB; missing alpha is opaque).
Result<Image> readImage(const std::string& path);

}  // namespace bashu
