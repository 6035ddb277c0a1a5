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
    bool fromDataFiles = false;  // true when the document was made up from data files
};

/// The document for the inputs; errors name the file and the problem.
Result<ResolvedInputs> documentForInputs(const std::vector<std::string>& inputs);

}  // namespace bashu
