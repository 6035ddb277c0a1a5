#pragma once
// A layer written as a vector file for use in other tools (`bashu join ... -o out.gpkg`): a
// GeoPackage, GeoJSON or Shapefile (with a .cpg saying UTF-8, so Chinese names read back), the
// geometry in the layer's CRS, every attribute column as a field. Written beside the target and
// moved into place, so a failure never leaves half a file where a good one was.
#include <string>
#include <vector>

#include "core/layer.h"
#include "core/result.h"

namespace bashu {

/// Whether `path`'s extension names a format writeVectorFile writes (.gpkg, .geojson, .json, .shp).
bool isWritableVectorFile(const std::string& path);

/// Writes `layer` to `path` in the format its extension names. Errors name the file. Fields the
/// format renames (a Shapefile holds 10 bytes of a name: 地区生产总值 2022年 is cut) are added to
/// `warnings`, naming the file, the field and its new name.
Status writeVectorFile(const Layer& layer, const std::string& path,
                       std::vector<std::string>* warnings = nullptr);

}  // namespace bashu
