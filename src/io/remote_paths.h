#pragma once
// Recognises paths that would make GDAL reach the network.
#include <string_view>

namespace bashu {

/// True for URLs and GDAL network file systems (/vsicurl/, /vsis3/, ...), which are refused
/// unless the user allows network access.
bool isRemotePath(std::string_view path);

}  // namespace bashu
