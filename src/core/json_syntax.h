#pragma once
// Where a JSON file stops being JSON. GDAL's GeoJSON reader only says it "failed to read"; a
// planner fixing a file by hand needs the line and column.
#include <optional>
#include <string>
#include <string_view>

namespace bashu {

/// The first syntax error of the JSON file at `path`, as "line L, column C: what was expected";
/// nothing when the file is valid JSON, unreadable or larger than `maxBytes` (not worth reading
/// twice).
std::optional<std::string> jsonSyntaxError(const std::string& path, size_t maxBytes = 256u << 20);

/// How deeply arrays and objects nest in the JSON file at `path` (0 when unreadable or larger than
/// `maxBytes`). GeoJSON needs 6 levels at most; GDAL refuses far deeper files without saying why.
size_t jsonNestingDepth(const std::string& path, size_t maxBytes = 256u << 20);

/// The same for JSON text already in memory: nothing when `text` is valid JSON. Numbers too large
/// for a double (1e999) are valid JSON, as the standard leaves their range to the reader.
std::optional<std::string> jsonTextSyntaxError(std::string_view text);

}  // namespace bashu
