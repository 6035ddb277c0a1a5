#include "io/container_datasets.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <vector>

#include "io/gdal_errors.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kZipPrefix = "/vsizip/";
// Names of what a folder or an archive holds, quoted in a message before "...".
constexpr size_t kNamesQuoted = 3;

std::optional<VSIStatBufL> statOf(const std::string& path) {
    VSIStatBufL stat;
    if (VSIStatL(path.c_str(), &stat) != 0) return std::nullopt;
    return stat;
}

// A folder's entries as GDAL lists them (a local folder, or one inside an archive); `recursive`
// gives paths below it, folders ending in "/".
std::vector<std::string> entriesOf(const std::string& folder, bool recursive) {
    char** list = recursive ? VSIReadDirRecursive(folder.c_str()) : VSIReadDir(folder.c_str());
    std::vector<std::string> entries;
    for (char** entry = list; entry && *entry; ++entry)
        if (std::string_view(*entry) != "." && std::string_view(*entry) != "..") entries.emplace_back(*entry);
    CSLDestroy(list);
    std::sort(entries.begin(), entries.end());
    return entries;
}

// Hidden entries and the resource forks macOS adds to the zips it makes (__MACOSX/._name.shp)
// are not data, and GDAL would stumble on them.
bool isClutter(const std::string& relative) {
    for (size_t start = 0; start < relative.size();) {
        const size_t end = std::min(relative.find('/', start), relative.size());
        const std::string_view part = std::string_view(relative).substr(start, end - start);
        if (part.starts_with('.') || part == "__MACOSX") return true;
        start = end + 1;
    }
    return false;
}

GDALDatasetUniquePtr openVector(const std::string& gdalPath) {
    return GDALDatasetUniquePtr(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// The local (or in-memory) archive file a /vsizip/ path reads from: "{archive}" as GDAL writes
// it where the name is unclear, else the first part of the path that is a file.
std::optional<std::string> archiveOf(const std::string& zipPath) {
    const std::string inside = zipPath.substr(kZipPrefix.size());
    if (inside.starts_with('{')) {
        const size_t close = inside.find('}');
        if (close == std::string::npos) return std::nullopt;
        return inside.substr(1, close - 1);
    }
    for (size_t slash = inside.find('/', 1);; slash = inside.find('/', slash + 1)) {
        const std::string prefix = inside.substr(0, slash);
        if (std::optional<VSIStatBufL> stat = statOf(prefix); stat && VSI_ISREG(stat->st_mode)) return prefix;
        if (slash == std::string::npos) return std::nullopt;
    }
}

std::string quotedNames(const std::vector<std::string>& names) {
    std::string text;
    for (size_t i = 0; i < names.size() && i < kNamesQuoted; ++i) text += (i ? ", " : "") + names[i];
    if (names.size() > kNamesQuoted) text += ", ...";
    return text;
}

std::string countOf(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Places below `zipPath` GDAL opens as vector data: folders (shallowest first), then files that
// are not inside one of those. A Shapefile's parts are found through their folder, not one by one.
std::vector<std::pair<std::string, GDALDatasetUniquePtr>> datasetsBelow(
    const std::string& zipPath, const std::vector<std::string>& entries) {
    std::set<std::string> folders;
    std::vector<std::string> files;
    for (const std::string& entry : entries) {
        if (isClutter(entry)) continue;
        // Zips need not list their folders: each parent of an entry is one.
        for (size_t slash = entry.find('/'); slash != std::string::npos; slash = entry.find('/', slash + 1))
            folders.insert(entry.substr(0, slash));
        if (!entry.ends_with('/')) files.push_back(entry);
    }
    std::vector<std::string> byDepth(folders.begin(), folders.end());
    std::stable_sort(byDepth.begin(), byDepth.end(), [](const std::string& a, const std::string& b) {
        return std::count(a.begin(), a.end(), '/') < std::count(b.begin(), b.end(), '/');
    });
    std::vector<std::pair<std::string, GDALDatasetUniquePtr>> found;
    auto insideFound = [&](const std::string& relative) {
        return std::any_of(found.begin(), found.end(),
                           [&](const auto& f) { return relative.starts_with(f.first + "/"); });
    };
    for (const std::string& folder : byDepth)
        if (!insideFound(folder))
            if (GDALDatasetUniquePtr dataset = openVector(zipPath + "/" + folder))
                found.emplace_back(folder, std::move(dataset));
    for (const std::string& file : files) {
        if (insideFound(file)) continue;
        const std::string path = zipPath + "/" + file;
        GDALDriverH driver = GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
        if (!driver || std::string_view(GDALGetDriverShortName(driver)) == "ESRI Shapefile") continue;
        if (GDALDatasetUniquePtr dataset = openVector(path)) found.emplace_back(file, std::move(dataset));
    }
    return found;
}

}  // namespace

bool isZipPath(const std::string& path) { return path.rfind(kZipPrefix, 0) == 0; }

std::optional<std::string> zipPathOfArchive(const DataPath& path) {
    const bool inMemory = path.place == PathPlace::GdalMemory;
    if (path.extension != ".zip" || !(path.local() || inMemory)) return std::nullopt;
    const std::optional<VSIStatBufL> stat = statOf(path.path);
    if (!stat || !VSI_ISREG(stat->st_mode)) return std::nullopt;
    // Absolute: GDAL's path inside the archive must not depend on the folder it runs in.
    return std::string(kZipPrefix) +
           (inMemory ? path.path : fs::absolute(path.path).lexically_normal().string());
}

std::optional<Error> zipPathProblem(const std::string& shown, const std::string& zipPath) {
    if (statOf(zipPath)) return std::nullopt;
    const std::optional<std::string> archive = archiveOf(zipPath);
    if (!archive) return Error{shown + ": no such file"};
    const std::string named = zipPath == std::string(kZipPrefix) + *archive || !isZipPath(shown)
                                  ? std::string()
                                  : " (" + *archive + ")";
    if (!statOf(std::string(kZipPrefix) + *archive))
        return Error{shown + ": not a zip archive that can be read" + named +
                     " (damaged, or not a zip file)"};
    return Error{shown + ": no such file or folder in the zip archive " + *archive};
}

Result<GDALDatasetUniquePtr> openZippedFolder(const std::string& shown, const std::string& zipPath) {
    ScopedGdalErrorCapture errors;  // folders tried and refused are not the user's errors
    if (GDALDatasetUniquePtr dataset = openVector(zipPath)) return dataset;
    const std::vector<std::string> entries = entriesOf(zipPath, true);
    std::vector<std::pair<std::string, GDALDatasetUniquePtr>> found = datasetsBelow(zipPath, entries);
    if (found.size() == 1) return std::move(found.front().second);
    if (found.size() > 1) {
        std::vector<std::string> places;
        for (const auto& f : found) places.push_back(f.first);
        return Error{shown + ": the zip archive holds vector data in " + std::to_string(found.size()) +
                     " places (" + quotedNames(places) + "); name one, as in " + zipPath + "/" +
                     places.front()};
    }
    std::vector<std::string> files;
    for (const std::string& entry : entries)
        if (!entry.ends_with('/')) files.push_back(entry);
    if (files.empty()) return Error{shown + ": the zip archive is empty"};
    return Error{shown + ": the zip archive holds no vector data GDAL can open (" +
                 countOf(files.size(), "file", "files") + ": " + quotedNames(files) + ")"};
}

Error folderWithoutVectorData(const std::string& path, const std::string& gdalError) {
    if (!gdalError.empty())
        return Error{path + ": is a directory GDAL cannot read as vector data: " + gdalError};
    const std::vector<std::string> entries = entriesOf(path, false);
    const std::string holds = entries.empty() ? "it is empty"
                                              : "it holds " + countOf(entries.size(), "entry", "entries") +
                                                    ": " + quotedNames(entries);
    // "is a directory, not a file" as before folders were read: scripts may look for it.
    return Error{path + ": is a directory, not a file, and holds no vector data GDAL can open (" + holds +
                 "; a folder is read when it is a File Geodatabase (.gdb) or holds Shapefiles)"};
}

}  // namespace bashu
