#pragma once
// Byte-level scanning of GeoJSON text where no parse is needed: where an object or array ends,
// and where the features array can be cut between two features. Both assume valid JSON; whatever
// they find is checked by the parse that follows (geojson_feature_parser) and by the reader.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "io/geojson_file_window.h"

namespace bashu::geojson {

/// JSON's whitespace (RFC 8259), the only bytes allowed between tokens.
inline bool isJsonSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

/// Finds the end of an object or array from its opening bracket on by counting brackets outside
/// strings, across as many pieces of the text as it takes.
class BracketScanner {
public:
    static constexpr size_t npos = size_t(-1);

    /// Scans `size` more bytes of the text; returns how many of them it took up to and including
    /// the bracket that closes the value, or npos when the value goes on past them.
    size_t scan(const char* bytes, size_t size);

private:
    size_t scanString(const char* bytes, size_t size, size_t i);

    int64_t depth_ = 0;
    bool inString_ = false;
    bool escaped_ = false;  // the last byte read in a string was a backslash that escapes the next
};

/// Offset of the first byte at or after `offset` that is not JSON whitespace (the end of the file
/// if there is none); the window keeps the bytes from `keep` on.
uint64_t skipSpace(FileWindow& window, uint64_t keep, uint64_t offset);

/// A place between two elements of an array that are objects: the comma and the object's `{`.
struct ElementSeparator {
    uint64_t comma = 0;
    uint64_t brace = 0;
};

/// The first `,` at or after `offset` followed by whitespace, `{`, whitespace, `"` and a byte that
/// may follow a string's opening quote but not its closing one. In valid JSON that quote opens a
/// key, so the brace and the comma are outside any string: the comma separates array elements
/// that are objects, which in a FeatureCollection the reader takes are features. Nothing when
/// there is none before the end of the file.
std::optional<ElementSeparator> findElementSeparator(FileWindow& window, uint64_t offset);

/// How many objects the array whose '[' is just before `begin` holds, as the reader finds them:
/// one at its start and one after each element separator (as findElementSeparator finds them).
/// Looks at the bytes around each '{' only, which makes it a fast pass over the file. A separator
/// with more than 4 KB of whitespace before its brace is not counted.
size_t countObjects(FileWindow& window, uint64_t begin);

}  // namespace bashu::geojson
