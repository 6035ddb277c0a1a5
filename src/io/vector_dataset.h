#pragma once
// Opening a vector file with GDAL, with one message naming the file for every way it can fail.
#include <gdal_priv.h>

#include <optional>
#include <string>

#include "core/data_path.h"
#include "core/result.h"

namespace bashu {

/// What makes a local path unreadable before any driver looks at it: missing, or an empty file.
/// A folder may be a dataset (a File Geodatabase, a folder of Shapefiles): GDAL is asked, and
/// says so if it is not.
std::optional<Error> localFileProblem(const std::string& path);

/// A local GeoJSON file (.geojson, .json), which the fast reader may read (GDAL's virtual file
/// systems are GDAL's).
bool mayReadWithoutGdal(const DataPath& path);

/// The dataset at `path`: a local file or folder, a zip archive (opened at the place inside that
/// holds the data), a /vsi path or, where network access is allowed, a remote one.
Result<GDALDatasetUniquePtr> openVectorDataset(const DataPath& path);

}  // namespace bashu
