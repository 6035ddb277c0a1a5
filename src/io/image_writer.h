#pragma once
// Writing rendered images to files (PNG by encodePng, GeoTIFF through GDAL), atomically: an existing file
// is replaced only once the new one is complete.
#include <string>

#include "core/image.h"
#include "core/result.h"

namespace bashu {

/// Writes an RGBA image as PNG (encodePng). Drops the alpha band when every pixel is opaque.
/// With `dpi` > 0 the file says its resolution (a pHYs chunk), so layout programs place it at
/// its printed size.
Status writePng(const Image& image, const std::string& path, int dpi = 0);

/// Where an image lies on the map: the map coordinates of its top-left corner, the size of a
/// pixel in map units, and the map CRS (anything PROJ/GDAL accepts: PROJ string, WKT, EPSG:n).
struct GeoReference {
    double originX = 0.0, originY = 0.0;
    double pixelWidth = 1.0, pixelHeight = 1.0;  // both positive; rows go south
    std::string crs;
};

/// Writes an RGBA image as a GeoTIFF (deflate-compressed) with its geotransform and CRS, so
/// other GIS tools open it in place.
Status writeGeoTiff(const Image& image, const GeoReference& where, const std::string& path);

}  // namespace bashu
