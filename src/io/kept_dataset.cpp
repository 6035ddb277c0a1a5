#include "io/kept_dataset.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>

namespace bashu {

namespace {

namespace fs = std::filesystem;

struct KeptDataset {
    std::string path;
    uintmax_t size = 0;
    fs::file_time_type modified;
    GDALDatasetUniquePtr dataset;
};
std::mutex keptMutex;
std::optional<KeptDataset> kept;

// The file's size and time, where it is a local regular file (the cache's key beside its path).
bool fileIdentity(const DataPath& path, uintmax_t& size, fs::file_time_type& modified) {
    std::error_code ec;
    if (!path.local() || !fs::is_regular_file(path.path, ec)) return false;
    size = fs::file_size(path.path, ec);
    if (ec) return false;
    modified = fs::last_write_time(path.path, ec);
    return !ec;
}

// The file a path names, however it is written (relative, with "./", absolute), as the
// cache's key: listing and reading may be given the same file in different words.
std::string samePathKey(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal().string();
}

}  // namespace

void keepDataset(const DataPath& path, GDALDatasetUniquePtr dataset) {
    KeptDataset entry;
    if (!fileIdentity(path, entry.size, entry.modified)) return;
    entry.path = samePathKey(path.path);
    entry.dataset = std::move(dataset);
    const std::lock_guard<std::mutex> lock(keptMutex);
    kept = std::move(entry);
}

GDALDatasetUniquePtr takeKeptDataset(const DataPath& path) {
    uintmax_t size = 0;
    fs::file_time_type modified;
    const std::lock_guard<std::mutex> lock(keptMutex);
    if (!kept || kept->path != samePathKey(path.path) || !fileIdentity(path, size, modified) ||
        size != kept->size || modified != kept->modified)
        return nullptr;
    GDALDatasetUniquePtr dataset = std::move(kept->dataset);
    kept.reset();
    return dataset;
}

}  // namespace bashu
