#pragma once
// PNG encoding of rendered maps, split over the cores: a 2048 x 1536 export is 12 MB of pixels,
// and one deflate stream over them was a tenth of a whole `bashu render`.
#include <string>

#include "core/image.h"
#include "core/result.h"

namespace bashu {

/// The bytes of a PNG file of the image: 8-bit RGB when every pixel is opaque, else RGBA; rows
/// filtered (each by Sub or Up, whichever leaves smaller differences) and deflated in as many
/// parts as there are cores, joined into one zlib stream. `dpi` > 0 adds a pHYs chunk (pixels per
/// metre), so layout programs place the image at its printed size. The image must not be empty.
/// Fails only where zlib cannot get the memory it needs.
Result<std::string> encodePng(const Image& image, int dpi = 0);

}  // namespace bashu
