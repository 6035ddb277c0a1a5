#pragma once
// Where Save as and Export propose to write, and when they ask first: in the document's own
// folder, or the home folder for the built-in map (never the folder the program happens to run
// in), and never over a file the user did not open without asking.
#include <string>

namespace bashu {

/// The user's home folder ($HOME), else the current folder.
std::string homeFolder();

/// The path Save as proposes: the document's own file when it may be written; the home folder
/// with the document's name for a read-only one (the built-in map, its samples); beside the
/// first data file as map.json for a map made from data files; else the home folder's map.json.
std::string proposedDocumentPath(const std::string& documentPath, bool readOnly,
                                 const std::string& firstDataFile);

/// The path Export proposes: NAME-export.png in the folder Save as would use.
std::string proposedExportPath(const std::string& documentPath, bool readOnly,
                               const std::string& firstDataFile);

/// Whether writing `path` must ask first: a file is there and it is not the document's own
/// (the one the user opened or last saved).
bool replacingAsks(const std::string& path, const std::string& documentPath);

}  // namespace bashu
