#include "io/vector_dataset.h"

#include <cpl_vsi.h>

#include <filesystem>

#include "core/file_extension.h"
#include "io/container_datasets.h"
#include "io/gdal_errors.h"
#include "io/json_syntax.h"
#include "io/remote_paths.h"
#include "io/shapefile_checks.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// Beyond this nesting a JSON file that GDAL failed to read is reported as nested too deeply.
constexpr size_t kMostGeoJsonNesting = 32;

// Whether GDAL sees a folder at `path` (local, in memory or inside an archive).
bool isGdalFolder(const std::string& path) {
    VSIStatBufL stat;
    return VSIStatL(path.c_str(), &stat) == 0 && VSI_ISDIR(stat.st_mode);
}

// GDAL's in-memory files exist only inside GDAL, out of std::filesystem's sight.
std::optional<Error> gdalMemoryFileProblem(const std::string& path) {
    VSIStatBufL stat;
    if (VSIStatL(path.c_str(), &stat) != 0) return Error{path + ": no such file"};
    if (!VSI_ISDIR(stat.st_mode) && stat.st_size == 0) return Error{path + ": file is empty"};
    return std::nullopt;
}

// What keeps a path from being handed to GDAL at all, by the kind of path it is.
std::optional<Error> pathProblem(const std::string& path) {
    if (isRemotePath(path)) {
        if (networkAccessAllowed()) return std::nullopt;  // GDAL fetches it and says what went wrong
        return Error{
            path + ": remote paths are not opened (network access is off; bashu --allow-network allows it)"};
    }
    if (isZipPath(path)) return zipPathProblem(path, path);
    if (isGdalMemoryPath(path)) return gdalMemoryFileProblem(path);
    return localFileProblem(path);
}

// Why GDAL opened no dataset, in the user's terms where GDAL gives none or a .json/.geojson file
// is not even JSON (where it breaks, or how deep it nests).
std::string whyNotOpened(const std::string& path, const std::string& gdalError) {
    std::string why = !gdalError.empty()   ? gdalError
                      : isRemotePath(path) ? "could not be fetched, or is not a vector format"
                                           : "not a vector format that can be read";
    const std::string extension = lowerExtension(path);
    if (extension == ".json" || extension == ".geojson") {
        if (std::optional<std::string> syntax = jsonSyntaxError(path))
            why = "not valid JSON at " + *syntax;
        else if (const size_t depth = jsonNestingDepth(path); depth > kMostGeoJsonNesting)
            why = "arrays and objects nested " + std::to_string(depth) +
                  " levels deep, more than a GeoJSON reader accepts";
    }
    return why;
}

}  // namespace

std::optional<Error> localFileProblem(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return Error{path + ": no such file"};
    if (fs::is_regular_file(status) && fs::file_size(path, ec) == 0) return Error{path + ": file is empty"};
    return std::nullopt;
}

bool mayReadWithoutGdal(const std::string& path) {
    const std::string extension = lowerExtension(path);
    std::error_code ec;
    return !isRemotePath(path) && path.rfind("/vsi", 0) != 0 &&
           (extension == ".geojson" || extension == ".json") && !fs::is_directory(path, ec);
}

Result<GDALDatasetUniquePtr> openVectorDataset(const std::string& path) {
    ensureGdalRegistered();
    if (std::optional<Error> problem = pathProblem(path)) return *problem;
    // What GDAL opens: the path itself, or for a zip archive the /vsizip/ path of its contents.
    std::string gdalPath = path;
    if (std::optional<std::string> zipped = zipPathOfArchive(path)) {
        gdalPath = *zipped;
        if (std::optional<Error> problem = zipPathProblem(path, gdalPath)) return *problem;
    }
    // An archive's folder (its top, for a whole archive) may hold its data further down.
    if (isZipPath(gdalPath) && isGdalFolder(gdalPath)) return openZippedFolder(path, gdalPath);

    // Its sibling files are looked for with std::filesystem, which cannot see inside GDAL's paths.
    if (!isGdalVirtualPath(path))
        if (std::optional<std::string> missing = missingShapefileIndex(path)) return Error{*missing};

    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset && !isRemotePath(path) && isGdalFolder(path))
        return folderWithoutVectorData(path, errors.lastError());
    if (!dataset) return Error{path + ": " + whyNotOpened(path, errors.lastError())};
    return dataset;
}

}  // namespace bashu
