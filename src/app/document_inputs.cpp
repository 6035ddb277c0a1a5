#include "app/document_inputs.h"

#include "app/builtin_map.h"
#include "scene/document_inputs.h"

namespace bashu {

Result<ResolvedInputs> documentForInputs(const std::vector<std::string>& inputs) {
    ResolvedInputs resolved;
    Result<MapDocument> document = inputs.empty() ? loadMapDocument(builtinDocumentPath())
                                   : inputs.size() == 1 && isMapDocument(inputs.front())
                                       ? loadMapDocument(inputs.front())
                                       : documentFromFiles(inputs);
    if (!document) return document.error();
    resolved.document = std::move(*document);
    resolved.fromDataFiles = !inputs.empty() && !(inputs.size() == 1 && isMapDocument(inputs.front()));
    return resolved;
}

}  // namespace bashu
