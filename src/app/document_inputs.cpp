#include "app/document_inputs.h"

#include "app/builtin_map.h"
#include "scene/document_inputs.h"

namespace bashu {

Result<ResolvedInputs> documentForInputs(const std::vector<std::string>& inputs,
                                         UnreadableInputs unreadable) {
    ResolvedInputs resolved;
    // Classified here, once: telling a document from data reads the file.
    const bool oneDocument = inputs.size() == 1 && classifyInput(inputs.front()) == InputKind::MapDocument;
    Result<MapDocument> document = inputs.empty()       ? loadMapDocument(builtinDocumentPath())
                                   : oneDocument        ? loadMapDocument(inputs.front())
                                   : inputs.size() == 1 ? documentFromDataFiles(inputs)
                                   : unreadable == UnreadableInputs::LeaveOut
                                       ? documentFromReadableFiles(inputs, resolved.leftOut)
                                       : documentFromFiles(inputs);
    if (!document) return document.error();
    resolved.document = std::move(*document);
    resolved.fromDataFiles = !inputs.empty() && !oneDocument;
    return resolved;
}

}  // namespace bashu
