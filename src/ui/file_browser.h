#pragma once
// Browsing for a file inside the window (ImGui has no native dialog): the folders and the files
// of one folder, folders first; a click on a folder goes in, ".." goes up, a click on a file
// chooses it.
#include <optional>
#include <string>
#include <vector>

namespace bashu {

/// Where the file browsers are; the Open dialog and the layers panel share it, so each opens
/// where the other was left.
struct FileBrowsing {
    std::string folder;     // empty: the current folder
    bool allFiles = false;  // list every file, not only map data
};

struct FolderEntry {
    std::string name;
    bool folder = false;
    // A folder that is itself one dataset (an Esri File Geodatabase, name.gdb): chosen like a
    // file, not entered.
    bool dataset = false;
};

/// The entries of `folder`, folders first, then files, each sorted by name; hidden ones (".x")
/// left out, and unless `allFiles` files that are not map data or documents (by extension:
/// GeoJSON, Shapefile, GeoPackage, CSV, KML, zip, ...). An unreadable folder gives nothing and
/// `error` says why.
std::vector<FolderEntry> listFolder(const std::string& folder, std::string* error, bool allFiles = false);

/// How many Shapefiles (.shp) are among `entries`: a folder holding several can be opened whole,
/// a layer per file.
size_t shapefileCount(const std::vector<FolderEntry>& entries);

/// Draws the browser for `folder` (updated as the user moves between folders) in a child region
/// `height` pixels high. Returns the path of a file when one is clicked, of a File Geodatabase
/// when one is, and of the folder shown when its Shapefiles are chosen together.
std::optional<std::string> drawFileBrowser(std::string& folder, float height, bool& allFiles);

}  // namespace bashu
