#pragma once
// JSON written the way people write documents by hand: a list or an object stays on one line
// where that line fits, and opens up one entry a line where it does not; or as the text it
// replaces had it. A saved document then reads like the one its author wrote, and a change shows
// as a change of one line in a diff.
#include <cstddef>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace bashu {

/// Where a value sits in a document: its keys and list positions from the top, each followed by
/// '/' ("layers/2/fill/"); the top level is "".
using JsonPlace = std::string;
JsonPlace placeOf(const JsonPlace& parent, const std::string& keyOrIndex);

/// For each object and list of a JSON text, whether it was written on one line. Nothing for
/// text that is not JSON.
std::map<JsonPlace, bool> containersOnOneLine(std::string_view text);

/// `value` as text: the top level open, one entry a line; below it each object or array on one
/// line where `oneLine` says so for its place, else where its line is at most `width`
/// characters, else one entry a line, indented by two spaces. Keys keep their order; text that is
/// not UTF-8 is written with U+FFFD in its place. Ends with a newline.
std::string layoutJson(const nlohmann::ordered_json& value, const std::map<JsonPlace, bool>& oneLine = {},
                       size_t width = 120);

}  // namespace bashu
