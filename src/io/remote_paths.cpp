#include "io/remote_paths.h"

#include <array>

namespace bashu {

bool isRemotePath(std::string_view path) {
    if (path.find("://") != std::string_view::npos) return true;
    static constexpr std::array<std::string_view, 9> kNetworkPrefixes = {
        "/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss", "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
    for (std::string_view prefix : kNetworkPrefixes)
        if (path.find(prefix) != std::string_view::npos) return true;
    return false;
}

}  // namespace bashu
