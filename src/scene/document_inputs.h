#pragma once
// Data files as a map: a document listing every layer of the files with a default style, for
// the command line's inputs and the window's "add layer" alike.
#include <string>
#include <vector>

#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

/// A document showing every layer of the data files, each in a distinct light fill. Errors name
/// the file and the problem; a map document among them is refused.
Result<MapDocument> documentFromFiles(const std::vector<std::string>& files);

/// True when a .json file is a map document (its top level has "layers") rather than data
/// such as GeoJSON, which often ends in .json too.
bool isMapDocument(const std::string& path);

}  // namespace bashu
