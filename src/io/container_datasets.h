#pragma once
// Datasets that are not one file: a folder GDAL opens as one dataset (an Esri File Geodatabase,
// name.gdb/; a folder of Shapefiles, a layer per file) and zip archives read in place through
// GDAL's /vsizip/ (planners are sent Shapefiles zipped, often inside a folder of the archive).
// Internal to io: the vector reader opens them, and every message names the path the user gave.
#include <gdal_priv.h>

#include <optional>
#include <string>

#include "core/data_path.h"
#include "core/result.h"

namespace bashu {

/// Whether `path` is a GDAL /vsizip/ path (its own syntax, the archive a local file inside it).
bool isZipPath(const std::string& path);

/// The /vsizip/ path of a zip archive named as a file (`data.zip`, any case, on this machine or
/// in GDAL's memory); nothing for other paths.
std::optional<std::string> zipPathOfArchive(const DataPath& path);

/// What keeps a /vsizip/ path from being read, as one message naming `shown` (the path the user
/// gave): the archive is missing, is not a readable zip, or has nothing at that place inside.
std::optional<Error> zipPathProblem(const std::string& shown, const std::string& zipPath);

/// Opens the vector data at a /vsizip/ path that is a folder of an archive (its top, for a
/// whole archive): the folder itself where GDAL opens it, else the one place below it GDAL
/// opens (a folder of Shapefiles, a .gdb, a GeoPackage...). None, or several, is an error
/// naming `shown`; several lists them, so one can be named as /vsizip/.../folder.
Result<GDALDatasetUniquePtr> openZippedFolder(const std::string& shown, const std::string& zipPath);

/// The message for a folder (local, or a GDAL path) from which GDAL opens no vector data,
/// saying what the folder holds; `gdalError` is GDAL's own reason where it gave one.
Error folderWithoutVectorData(const std::string& path, const std::string& gdalError);

}  // namespace bashu
