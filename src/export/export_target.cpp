#include "export/export_target.h"

#include "core/file_extension.h"

namespace bashu {

Result<ExportTarget> exportTarget(const std::string& path) {
    const std::string extension = lowerExtension(path);
    if (extension == ".png") return ExportTarget{path, ExportFormat::Png};
    if (extension == ".tif" || extension == ".tiff") return ExportTarget{path, ExportFormat::GeoTiff};
    if (extension == ".svg") return ExportTarget{path, ExportFormat::Svg};
    if (extension == ".pdf") return ExportTarget{path, ExportFormat::Pdf};
    return Error{path + ": cannot write '" + extension +
                 "' images (use .png, .tif for a GeoTIFF, .svg or .pdf for vectors)"};
}

bool drawnThroughGl(ExportFormat format) {
    return format == ExportFormat::Png || format == ExportFormat::GeoTiff;
}

}  // namespace bashu
