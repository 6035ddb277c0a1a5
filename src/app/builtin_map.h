#pragma once
// Where the built-in Chengdu–Chongqing map lives.
#include <string>

namespace bashu {

/// The folder holding the built-in dataset: $BASHU_GEODATA if set, else geodata/ beside the
/// executable's parent folder (build tree or install), else the source tree's geodata/.
std::string geodataDirectory();

/// Path of the map document the program opens by default.
std::string builtinDocumentPath();

/// Whether `path` is one of the built-in dataset's files (the samples in geodata/): the window
/// never saves over them, as it never saves over the built-in map.
bool isBuiltinDataFile(const std::string& path);

}  // namespace bashu
