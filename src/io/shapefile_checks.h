#pragma once
// Checks of a Shapefile's parts that GDAL passes over or explains in its own terms: a Shapefile
// is several files (.shp geometry, .shx index, .dbf attributes) and planners often get one short.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

/// Whether a path names a Shapefile's main file (.shp, any case).
bool isShapefilePath(const std::string& path);

/// The error for a Shapefile that cannot be opened because its index (.shx) is missing; nothing
/// when it is there (or the path is not a .shp).
std::optional<std::string> missingShapefileIndex(const std::string& path);

/// What is wrong with a readable Shapefile, one line each: no .dbf beside it, a .shp shorter than
/// its index says (truncated: the features past the end have no geometry), a header whose file
/// length does not match the file.
struct ShapefileFindings {
    bool missingDbf = false;
    bool truncated = false;
    std::vector<std::string> warnings;
};
ShapefileFindings checkShapefile(const std::string& path);

/// The Shapefile a layer of a local folder read as one dataset comes from (GDAL names each layer
/// after its file): folder/layer.shp, in the case the file has; nothing if there is none.
std::optional<std::string> shapefileInFolder(const std::string& folder, const std::string& layerName);

/// The Shapefiles of a local folder that GDAL leaves out when it reads the folder as one dataset
/// (no index beside them), one message each as missingShapefileIndex gives it.
std::vector<std::string> shapefilesLeftOut(const std::string& folder);

}  // namespace bashu
