// parseMapDocument on arbitrary bytes: never crashes, and a document it accepts serialises to
// text that parses again to the same document (the same text once more), whether written new or
// over the text it was read from, so what the window saves the exporter reads back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/map_document.h"
#include "fuzz_check.h"

namespace {
// Absolute, so relative paths resolve without looking at the working directory.
const std::string kDocumentPath = "/fuzz/maps/map.json";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    bashu::Result<bashu::MapDocument> parsed = bashu::parseMapDocument(text, kDocumentPath);
    if (!parsed) {
        // Errors name the document, so a planner knows which file to open.
        BASHU_FUZZ_CHECK(parsed.error().message.rfind(kDocumentPath + ": ", 0) == 0, parsed.error().message);
        return 0;
    }
    const std::string saved = bashu::serializeMapDocument(*parsed, kDocumentPath);
    bashu::Result<bashu::MapDocument> reread = bashu::parseMapDocument(saved, kDocumentPath);
    BASHU_FUZZ_CHECK(reread.ok(), saved + "\n" + (reread.ok() ? "" : reread.error().message));
    const std::string savedAgain = bashu::serializeMapDocument(*reread, kDocumentPath);
    BASHU_FUZZ_CHECK(savedAgain == saved, saved + "\nbecame\n" + savedAgain);
    // Saved over the text it was read from (its key order and layout kept): the same document.
    const std::string over = bashu::serializeMapDocument(*parsed, kDocumentPath, text);
    bashu::Result<bashu::MapDocument> overRead = bashu::parseMapDocument(over, kDocumentPath);
    BASHU_FUZZ_CHECK(overRead.ok(), over + "\n" + (overRead.ok() ? "" : overRead.error().message));
    const std::string overSaved = bashu::serializeMapDocument(*overRead, kDocumentPath);
    BASHU_FUZZ_CHECK(overSaved == saved, over + "\nreads as\n" + overSaved + "\nnot\n" + saved);
    return 0;
}
