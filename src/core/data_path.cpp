#include "core/data_path.h"

#include <array>

#include "core/file_extension.h"

namespace bashu {

bool isRemotePath(std::string_view path) {
    if (path.find("://") != std::string_view::npos) return true;
    static constexpr std::array<std::string_view, 9> kNetworkPrefixes = {
        "/vsicurl", "/vsis3",    "/vsigs",      "/vsiaz",  "/vsiadls",
        "/vsioss",  "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
    // GDAL reads "/vsis3/...", "/vsis3_streaming/...", "/vsicurl?..." at the start of a path or
    // inside a chain ("/vsizip//vsis3/...", "/vsizip/{/vsis3/...}/..."); a local folder such as
    // "/data/vsis3-export/" or "/data/vsis3/" is not a network file system.
    for (std::string_view prefix : kNetworkPrefixes) {
        for (size_t at = path.find(prefix); at != std::string_view::npos; at = path.find(prefix, at + 1)) {
            if (at > 0 && path[at - 1] != '/' && path[at - 1] != '{') continue;
            std::string_view rest = path.substr(at + prefix.size());
            if (rest.substr(0, 10) == "_streaming") rest.remove_prefix(10);
            if (rest.empty() || rest.front() == '/' || rest.front() == '?') return true;
        }
    }
    return false;
}

bool isDatabasePath(std::string_view path) {
    return path.size() >= 3 && (path[0] == 'P' || path[0] == 'p') && (path[1] == 'G' || path[1] == 'g') &&
           path[2] == ':';
}

DataPath dataPath(std::string path) {
    DataPath classified;
    classified.place = isDatabasePath(path)             ? PathPlace::Database
                       : isRemotePath(path)             ? PathPlace::Remote
                       : path.rfind("/vsimem/", 0) == 0 ? PathPlace::GdalMemory
                       : path.rfind("/vsi", 0) == 0     ? PathPlace::GdalVirtual
                                                        : PathPlace::Local;
    classified.extension = lowerExtension(path);
    classified.path = std::move(path);
    return classified;
}

}  // namespace bashu
