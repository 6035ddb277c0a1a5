#include "io/image_reader.h"

#include <gdal_priv.h>

#include "io/gdal_errors.h"

namespace bashu {

Result<Image> readImage(const std::string& path) {
    ensureGdalRegistered();
    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    if (!dataset)
        return Error{path + ": " + (errors.lastError().empty() ? "not an image" : errors.lastError())};
    const int bands = dataset->GetRasterCount();
    if (bands < 1) return Error{path + ": has no image bands"};
    Image image(dataset->GetRasterXSize(), dataset->GetRasterYSize());
    // Grey images repeat band 1 into R, G and B; images without alpha stay at 255.
    const int bandOf[4] = {1, bands >= 3 ? 2 : 1, bands >= 3 ? 3 : 1, bands == 4 ? 4 : bands == 2 ? 2 : 0};
    for (int channel = 0; channel < 4; ++channel) {
        if (bandOf[channel] == 0) {
            for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
            continue;
        }
        GDALRasterBand* band = dataset->GetRasterBand(bandOf[channel]);
        if (band->RasterIO(GF_Read, 0, 0, image.width, image.height, image.rgba.data() + channel, image.width,
                           image.height, GDT_Byte, 4, GSpacing(image.width) * 4, nullptr) != CE_None)
            return Error{path + ": " + errors.lastError()};
    }
    return image;
}

}  // namespace bashu
