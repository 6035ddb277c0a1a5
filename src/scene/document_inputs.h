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

/// documentFromFiles for files already classified as data (classifyInput), not asked again.
Result<MapDocument> documentFromDataFiles(const std::vector<std::string>& files);

/// The same for the window, which opens what it can: a file that cannot be read is left out,
/// its error (naming it) added to `leftOut`. An error only when no file can be read (the first
/// file's), or when a map document is among them.
Result<MapDocument> documentFromReadableFiles(const std::vector<std::string>& files,
                                              std::vector<std::string>& leftOut);

/// True when a .json file is a map document (its top level has "layers") rather than data
/// such as GeoJSON, which often ends in .json too. The only place that tells the two apart.
bool isMapDocument(const std::string& path);

/// What an input path holds. Told once where the path enters (the command line's inputs, a
/// document's layer sources) and passed on: telling reads the file (a small .json whole).
enum class InputKind { MapDocument, DataFile };
InputKind classifyInput(const std::string& path);

}  // namespace bashu
