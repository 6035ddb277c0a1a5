#include "io/vector_dataset.h"

#include <cpl_vsi.h>

#include <filesystem>

#include "core/json_syntax.h"
#include "io/container_datasets.h"
#include "io/gdal_errors.h"
#include "io/network_access.h"
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

// GDAL's in-memory files and the files inside its other file systems (a gzip file, a tar archive)
// exist only inside GDAL, out of std::filesystem's sight.
std::optional<Error> gdalFileProblem(const std::string& path) {
    VSIStatBufL stat;
    if (VSIStatL(path.c_str(), &stat) != 0) return Error{path + ": no such file"};
    if (!VSI_ISDIR(stat.st_mode) && stat.st_size == 0) return Error{path + ": file is empty"};
    return std::nullopt;
}

// What keeps a path from being handed to GDAL at all, by the kind of path it is.
std::optional<Error> pathProblem(const DataPath& input) {
    const std::string& path = input.path;
    switch (input.place) {
        case PathPlace::Remote:
            if (networkAccessAllowed()) return std::nullopt;  // GDAL fetches it and says what went wrong
            return Error{
                path +
                ": remote paths are not opened (network access is off; bashu --allow-network allows it)"};
        case PathPlace::GdalMemory:
            return gdalFileProblem(path);
        case PathPlace::GdalVirtual:
            return isZipPath(path) ? zipPathProblem(path, path) : gdalFileProblem(path);
        case PathPlace::Local:
            return localFileProblem(path);
        case PathPlace::Database:  // GDAL's PostgreSQL driver would read a whole table into memory
            return Error{
                path +
                ": a PostGIS connection is a layer's source in a map document (with \"source_layer\" "
                "or \"sql\"), not a file"};
    }
    return std::nullopt;
}

// Why GDAL opened no dataset, in the user's terms where GDAL gives none or a .json/.geojson file
// is not even JSON (where it breaks, or how deep it nests).
std::string whyNotOpened(const DataPath& input, const std::string& gdalError) {
    const std::string& path = input.path;
    std::string why = !gdalError.empty() ? gdalError
                      : input.remote()   ? "could not be fetched, or is not a vector format"
                                         : "not a vector format that can be read";
    if (input.extension == ".json" || input.extension == ".geojson") {
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

bool mayReadWithoutGdal(const DataPath& path) {
    std::error_code ec;
    return path.local() && (path.extension == ".geojson" || path.extension == ".json") &&
           !fs::is_directory(path.path, ec);
}

Result<GDALDatasetUniquePtr> openVectorDataset(const DataPath& input) {
    const std::string& path = input.path;
    ensureGdalRegistered();
    if (std::optional<Error> problem = pathProblem(input)) return *problem;
    // What GDAL opens: the path itself, or for a zip archive the /vsizip/ path of its contents.
    std::string gdalPath = path;
    if (std::optional<std::string> zipped = zipPathOfArchive(input)) {
        gdalPath = *zipped;
        if (std::optional<Error> problem = zipPathProblem(path, gdalPath)) return *problem;
    }
    // An archive's folder (its top, for a whole archive) may hold its data further down.
    if (isZipPath(gdalPath) && isGdalFolder(gdalPath)) return openZippedFolder(path, gdalPath);

    // Its sibling files are looked for with std::filesystem, which cannot see inside GDAL's paths.
    if (input.local())
        if (std::optional<std::string> missing = missingShapefileIndex(path)) return Error{*missing};

    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset && !input.remote() && isGdalFolder(path))
        return folderWithoutVectorData(path, errors.lastError());
    if (!dataset) return Error{path + ": " + whyNotOpened(input, errors.lastError())};
    return dataset;
}

}  // namespace bashu
