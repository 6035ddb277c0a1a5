#include "io/shapefile_findings.h"

#include <filesystem>
#include <optional>

#include "io/shapefile_checks.h"

namespace bashu {

void addShapefileFindings(const DataPath& input, std::vector<Layer>& layers) {
    const std::string& path = input.path;
    std::error_code ec;
    const bool folder = input.local() && std::filesystem::is_directory(path, ec);
    for (Layer& layer : layers) {
        const std::optional<std::string> shapefile =
            folder ? shapefileInFolder(path, layer.name) : std::optional<std::string>(path);
        if (!shapefile) continue;
        const ShapefileFindings findings = checkShapefile(*shapefile);
        std::vector<std::string>& warnings = layer.report.warnings;
        if (findings.truncated)  // said better below than by GDAL's "Error in fread()"
            std::erase_if(warnings,
                          [](const std::string& w) { return w.find("fread") != std::string::npos; });
        for (const std::string& w : findings.warnings) warnings.push_back(w);
    }
    // Said once, by the first layer: they belong to the folder, not to any layer read from it.
    if (folder && !layers.empty())
        for (const std::string& missing : shapefilesLeftOut(path))
            layers.front().report.warn("left out of the folder's layers: " + missing);
}

}  // namespace bashu
