#pragma once
// The extension of a file name, for choosing a reader or an export format by it.
#include <string>
#include <string_view>

namespace bashu {

/// The extension of the last component of `path` with its dot (std::filesystem's), ASCII
/// letters lower-cased: "A.GeoJSON" gives ".geojson" and "archive.shp.zip" ".zip"; "/dir.x/file",
/// ".profile" (a hidden file, not an extension) and "" give "", and "name." gives ".".
std::string lowerExtension(std::string_view path);

}  // namespace bashu
