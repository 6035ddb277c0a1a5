#pragma once
// Recognises paths that would make GDAL reach the network.
#include <string_view>

namespace bashu {

/// True for URLs and GDAL network file systems (/vsicurl/, /vsis3/, ...), which are refused
/// unless the user allows network access.
bool isRemotePath(std::string_view path);

/// True for GDAL's virtual file systems (/vsimem/, /vsizip/, ...) and remote paths: names GDAL
/// resolves itself, which are not files std::filesystem can see or make absolute.
bool isGdalVirtualPath(std::string_view path);

/// True for GDAL's in-memory files (/vsimem/): data handed over without a file on disk (tests,
/// fuzzing), out of std::filesystem's sight.
bool isGdalMemoryPath(std::string_view path);

/// Whether remote paths may be opened: off unless the user asks (`bashu --allow-network`). Set
/// it before anything is read: while it is off, GDAL's network file systems are shut too.
void allowNetworkAccess(bool allowed);
bool networkAccessAllowed();

}  // namespace bashu
