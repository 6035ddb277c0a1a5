#pragma once
// What the command line's inputs mean: nothing (the built-in map), one map document, or data
// files shown with a default style.
#include <string>
#include <vector>

#include "core/map_document.h"
#include "core/result.h"

namespace bashu {

struct ResolvedInputs {
    MapDocument document;
    bool fromDataFiles = false;        // true when the document was made up from data files
    std::vector<std::string> leftOut;  // data files that could not be read, each as an error
};

/// How inputs that cannot be read are taken: as the command's error (rendering: a map missing a
/// file is not the map asked for), or left out and named (the window opens the files it can).
enum class UnreadableInputs { Fail, LeaveOut };

/// The document for the inputs; errors name the file and the problem.
Result<ResolvedInputs> documentForInputs(const std::vector<std::string>& inputs,
                                         UnreadableInputs unreadable = UnreadableInputs::Fail);

}  // namespace bashu
