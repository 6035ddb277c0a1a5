#pragma once
// Whether GDAL may reach the network: off unless the user asks (`bashu --allow-network`).
namespace bashu {

/// Set it before anything is read: while it is off, remote paths (core/data_path.h) are refused
/// and GDAL's network file systems are shut too.
void allowNetworkAccess(bool allowed);
bool networkAccessAllowed();

}  // namespace bashu
