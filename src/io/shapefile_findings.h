#pragma once
// What GDAL passes over in a Shapefile (shapefile_checks.h), told in the reports of its layers.
#include <string>
#include <vector>

#include "core/data_path.h"
#include "core/layer.h"

namespace bashu {

/// Adds the findings on the Shapefile at `path`, or on each Shapefile of a local folder read as
/// one dataset, to the warnings of the layers read from it; the folder's Shapefiles GDAL left out
/// are told once, by the first layer.
void addShapefileFindings(const DataPath& path, std::vector<Layer>& layers);

}  // namespace bashu
