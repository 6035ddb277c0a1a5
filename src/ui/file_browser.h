#pragma once
// Browsing for a file inside the window (ImGui has no native dialog): the folders and the files
// of one folder, folders first; a click on a folder goes in, ".." goes up, a click on a file
// chooses it.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

struct FolderEntry {
    std::string name;
    bool folder = false;
};

/// The entries of `folder`, folders first, then files, each sorted by name; hidden ones (".x")
/// left out, and unless `allFiles` files that are not map data or documents (by extension:
/// GeoJSON, Shapefile, GeoPackage, CSV, KML, ...). An unreadable folder gives nothing and `error`
/// says why.
std::vector<FolderEntry> listFolder(const std::string& folder, std::string* error, bool allFiles = false);

/// Draws the browser for `folder` (updated as the user moves between folders) in a child region
/// `height` pixels high. Returns the path of a file when one is clicked.
std::optional<std::string> drawFileBrowser(std::string& folder, float height, bool& allFiles);

}  // namespace bashu
