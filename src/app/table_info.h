#pragma once
// `bashu info table.xlsx`: what a statistics table holds as bashu reads it for a join: its sheets,
// the header found on each, the data rows, totals and footnotes left out, and the columns with
// their kinds, units and years.
#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"

namespace bashu {

/// The description of every sheet of the table file at `path` (JSON: {"path", "driver": "table",
/// "sheets": [...]}). Errors name the file.
Result<nlohmann::json> describeTableFile(const std::string& path,
                                         const std::string& sheet = "");  // one sheet when named

/// The description as lines for a terminal.
void printTableDescription(const nlohmann::json& table);

}  // namespace bashu
